// SPDX-License-Identifier: MIT
#include "lint/TypeNarrowing.h"

#include "lint/CallArguments.h"

#include <QCoreApplication>

namespace retort {

namespace {

using Family = TypeNarrowing::Type::Family;

struct Known {
    const char *name;
    Family family;
    int rank;
    bool unbounded; ///< a text type without a length
    bool floating;
};

constexpr Known kTypes[] = {
    {"Text", Family::Text, 0, true, false},
    {"UnicodeText", Family::Text, 0, true, false},
    {"TEXT", Family::Text, 0, true, false},
    {"CLOB", Family::Text, 0, true, false},
    {"String", Family::Text, 0, false, false},
    {"Unicode", Family::Text, 0, false, false},
    {"VARCHAR", Family::Text, 0, false, false},
    {"NVARCHAR", Family::Text, 0, false, false},
    {"CHAR", Family::Text, 0, false, false},
    {"NCHAR", Family::Text, 0, false, false},
    {"SmallInteger", Family::Integer, 1, false, false},
    {"SMALLINT", Family::Integer, 1, false, false},
    {"Integer", Family::Integer, 2, false, false},
    {"INTEGER", Family::Integer, 2, false, false},
    {"INT", Family::Integer, 2, false, false},
    {"BigInteger", Family::Integer, 3, false, false},
    {"BIGINT", Family::Integer, 3, false, false},
    {"Boolean", Family::Boolean, 0, false, false},
    {"BOOLEAN", Family::Boolean, 0, false, false},
    {"Numeric", Family::Numeric, 0, false, false},
    {"NUMERIC", Family::Numeric, 0, false, false},
    {"DECIMAL", Family::Numeric, 0, false, false},
    {"Float", Family::Numeric, 0, false, true},
    {"FLOAT", Family::Numeric, 0, false, true},
    {"REAL", Family::Numeric, 0, false, true},
    {"Double", Family::Numeric, 0, false, true},
    {"DOUBLE", Family::Numeric, 0, false, true},
    {"DateTime", Family::DateTime, 0, false, false},
    {"DATETIME", Family::DateTime, 0, false, false},
    {"TIMESTAMP", Family::DateTime, 0, false, false},
    {"Date", Family::Date, 0, false, false},
    {"DATE", Family::Date, 0, false, false},
    {"Time", Family::Time, 0, false, false},
    {"TIME", Family::Time, 0, false, false},
};

int number(const std::optional<QString> &text)
{
    bool ok = false;
    const int value = text ? text->toInt(&ok) : -1;
    return ok ? value : -1;
}

std::optional<QString> textLoss(const TypeNarrowing::Type &from, const TypeNarrowing::Type &to)
{
    if (to.length >= 0 && (from.length < 0 || to.length < from.length)) {
        return QCoreApplication::translate(
            "TypeNarrowing", "values longer than %1 characters are truncated or rejected")
            .arg(to.length);
    }
    return std::nullopt;
}

std::optional<QString> numericLoss(const TypeNarrowing::Type &from, const TypeNarrowing::Type &to)
{
    if (to.family == Family::Integer) {
        return QCoreApplication::translate("TypeNarrowing", "fractional parts are lost");
    }
    if (to.family == Family::Numeric && !to.floating && from.floating) {
        return QCoreApplication::translate(
            "TypeNarrowing", "floating-point values are rounded to the new precision");
    }
    if (to.family == Family::Numeric && from.length >= 0 && to.length >= 0
        && (to.length < from.length || (from.scale >= 0 && to.scale < from.scale))) {
        return QCoreApplication::translate(
            "TypeNarrowing", "digits beyond precision %1 / scale %2 are lost")
            .arg(to.length)
            .arg(qMax(to.scale, 0));
    }
    return std::nullopt;
}

} // namespace

TypeNarrowing::Type TypeNarrowing::parse(const QString &expression)
{
    const std::optional<CallArguments::Call> call = CallArguments::call(expression);
    QString name = call ? call->name : expression.trimmed();
    name = name.mid(name.lastIndexOf(QLatin1Char('.')) + 1);
    Type type;
    for (const Known &known : kTypes) {
        if (name == QLatin1String(known.name)) {
            type.family = known.family;
            type.rank = known.rank;
            type.floating = known.floating;
            if (call && !known.unbounded) {
                const CallArguments args = CallArguments::parse(call->arguments);
                const bool text = known.family == Family::Text;
                type.length = number(
                    args.value(0, text ? QStringLiteral("length") : QStringLiteral("precision")));
                type.scale = text ? -1 : number(args.value(1, QStringLiteral("scale")));
            }
            break;
        }
    }
    return type;
}

std::optional<QString> TypeNarrowing::loss(const QString &fromText, const QString &toText)
{
    const Type from = parse(fromText);
    const Type to = parse(toText);
    if (from.family == Family::Unknown || to.family == Family::Unknown) {
        return std::nullopt;
    }
    switch (from.family) {
    case Family::Text:
        return to.family == Family::Text ? textLoss(from, to)
                                         : QCoreApplication::translate("TypeNarrowing",
                                             "text that does not convert is lost or rejected");
    case Family::Integer:
        if (to.family == Family::Integer && to.rank < from.rank) {
            return QCoreApplication::translate(
                "TypeNarrowing", "integers outside the smaller range are rejected or wrapped");
        }
        return to.family == Family::Boolean
            ? QCoreApplication::translate("TypeNarrowing", "values other than 0 and 1 are lost")
            : std::optional<QString>();
    case Family::Numeric:
        return numericLoss(from, to);
    case Family::DateTime:
        if (to.family == Family::Date) {
            return QCoreApplication::translate("TypeNarrowing", "the time of day is lost");
        }
        return to.family == Family::Time
            ? QCoreApplication::translate("TypeNarrowing", "the date is lost")
            : std::optional<QString>();
    default:
        return std::nullopt;
    }
}

} // namespace retort
