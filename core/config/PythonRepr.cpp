// SPDX-License-Identifier: MIT
#include "config/PythonRepr.h"

#include <QChar>
#include <QList>

using namespace Qt::StringLiterals;

namespace retort {

namespace {

// str.isprintable(): everything except the "Other" and "Separator" categories, but ASCII space.
bool isPythonPrintable(char32_t code)
{
    if (code == U' ')
        return true;
    switch (QChar::category(code)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

QString hexEscape(char32_t code)
{
    if (code < 0x100)
        return u"\\x"_s + QString::number(code, 16).rightJustified(2, u'0');
    if (code < 0x10000)
        return u"\\u"_s + QString::number(code, 16).rightJustified(4, u'0');
    return u"\\U"_s + QString::number(code, 16).rightJustified(8, u'0');
}

} // namespace

QString pythonRepr(const QString &text)
{
    const QChar quote = (text.contains(u'\'') && !text.contains(u'"')) ? u'"' : u'\'';
    QString out;
    out.reserve(text.size() + 2);
    out += quote;
    for (const char32_t code : text.toUcs4()) {
        if (code == quote.unicode() || code == U'\\')
            out += u'\\' + QString::fromUcs4(&code, 1);
        else if (code == U'\n')
            out += u"\\n"_s;
        else if (code == U'\r')
            out += u"\\r"_s;
        else if (code == U'\t')
            out += u"\\t"_s;
        else if (!isPythonPrintable(code))
            out += hexEscape(code);
        else
            out += QString::fromUcs4(&code, 1);
    }
    out += quote;
    return out;
}

} // namespace retort
