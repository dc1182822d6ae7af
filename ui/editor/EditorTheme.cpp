// SPDX-License-Identifier: MIT
#include "editor/EditorTheme.h"

#include <QFontDatabase>
#include <Qsci/qscilexerdiff.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>

#include <array>

namespace retort {

namespace {

struct StyleColors {
    QRgb light;
    QRgb dark;
};

// Indexed by ScriptStyle; 0 means "the palette's text colour".
constexpr std::array<StyleColors, size_t(ScriptStyle::Count)> styleColors {{
    {0, 0}, // Default
    {0x6e7781, 0x8b949e}, // Comment
    {0x0550ae, 0x79c0ff}, // Number
    {0xcf222e, 0xff7b72}, // Keyword
    {0x8250df, 0xd2a8ff}, // Builtin
    {0x0a3069, 0xa5d6ff}, // String
    {0x116329, 0x7ee787}, // TripleString (docstrings)
    {0x8250df, 0xd2a8ff}, // Decorator
    {0x953800, 0xffa657}, // ClassName
    {0x6639ba, 0xd2a8ff}, // FunctionName
    {0, 0}, // Operator
    {0x24292f, 0xc9d1d9}, // SqlDefault
    {0x0550ae, 0x79c0ff}, // SqlKeyword
    {0x24292f, 0xe6edf3}, // SqlIdentifier
    {0x0550ae, 0x79c0ff}, // SqlNumber
    {0x0a3069, 0xa5d6ff}, // SqlString
    {0x953800, 0xffa657}, // SqlParameter
    {0xcf222e, 0xff7b72}, // SqlOperator
    {0x6e7781, 0x8b949e}, // SqlComment
}};

QColor pick(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor(EditorTheme::isDark(palette) ? dark : light);
}

/// `amount` of `over` laid on `under`.
QColor blend(const QColor &under, const QColor &over, qreal amount)
{
    return QColor::fromRgbF(float(under.redF() + (over.redF() - under.redF()) * amount),
        float(under.greenF() + (over.greenF() - under.greenF()) * amount),
        float(under.blueF() + (over.blueF() - under.blueF()) * amount));
}

} // namespace

bool EditorTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QFont EditorTheme::font()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    return font;
}

QColor EditorTheme::color(ScriptStyle style, const QPalette &palette)
{
    const StyleColors colors = styleColors.at(size_t(style));
    if (colors.light == 0)
        return palette.color(QPalette::Text);
    return pick(palette, colors.light, colors.dark);
}

QColor EditorTheme::paper(ScriptStyle style, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    // Embedded SQL sits on a faint tint so one sees where the string begins and ends.
    return isSqlStyle(style) ? blend(base, pick(palette, 0x0969da, 0x388bfd), 0.07) : base;
}

bool EditorTheme::isBold(ScriptStyle style)
{
    return style == ScriptStyle::Keyword || style == ScriptStyle::SqlKeyword
        || style == ScriptStyle::ClassName || style == ScriptStyle::FunctionName;
}

bool EditorTheme::isItalic(ScriptStyle style)
{
    return style == ScriptStyle::Comment || style == ScriptStyle::SqlComment;
}

void EditorTheme::applyTo(QsciScintilla *editor, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor margin = blend(base, text, 0.04);
    editor->setPaper(base);
    editor->setColor(text);
    editor->setMarginsBackgroundColor(margin);
    editor->setMarginsForegroundColor(blend(base, text, 0.45));
    editor->setFoldMarginColors(margin, margin);
    editor->setMarkerBackgroundColor(blend(base, text, 0.45), -1);
    editor->setMarkerForegroundColor(margin, -1);
    editor->setCaretForegroundColor(text);
    editor->setCaretLineBackgroundColor(blend(base, text, 0.06));
    editor->setSelectionBackgroundColor(palette.color(QPalette::Highlight));
    editor->setSelectionForegroundColor(palette.color(QPalette::HighlightedText));
    editor->setMatchedBraceBackgroundColor(pick(palette, 0xfff1a8, 0x4d4a1f));
    editor->setMatchedBraceForegroundColor(text);
    editor->setUnmatchedBraceBackgroundColor(base);
    editor->setUnmatchedBraceForegroundColor(pick(palette, 0xcf222e, 0xff7b72));
    editor->setIndentationGuidesBackgroundColor(base);
    editor->setIndentationGuidesForegroundColor(blend(base, text, 0.15));
    editor->setEdgeColor(blend(base, text, 0.1));
    editor->setWhitespaceForegroundColor(blend(base, text, 0.3));
}

void EditorTheme::setBaseStyle(QsciLexer *lexer, const QPalette &palette)
{
    lexer->setDefaultPaper(palette.color(QPalette::Base));
    lexer->setDefaultColor(palette.color(QPalette::Text));
    lexer->setDefaultFont(font());
    lexer->setPaper(palette.color(QPalette::Base), -1);
    lexer->setColor(palette.color(QPalette::Text), -1);
    lexer->setFont(font(), -1);
}

void EditorTheme::applyTo(QsciLexerSQL *lexer, const QPalette &palette)
{
    setBaseStyle(lexer, palette);
    auto set = [&](ScriptStyle like, std::initializer_list<int> styles) {
        QFont styleFont = font();
        styleFont.setBold(isBold(like));
        styleFont.setItalic(isItalic(like));
        for (const int style : styles) {
            lexer->setColor(color(like, palette), style);
            lexer->setFont(styleFont, style);
        }
    };
    set(ScriptStyle::SqlComment,
        {QsciLexerSQL::Comment, QsciLexerSQL::CommentLine, QsciLexerSQL::CommentDoc,
            QsciLexerSQL::CommentLineHash, QsciLexerSQL::PlusComment});
    set(ScriptStyle::SqlKeyword,
        {QsciLexerSQL::Keyword, QsciLexerSQL::PlusKeyword, QsciLexerSQL::KeywordSet5,
            QsciLexerSQL::KeywordSet6, QsciLexerSQL::KeywordSet7, QsciLexerSQL::KeywordSet8});
    set(ScriptStyle::SqlNumber, {QsciLexerSQL::Number});
    set(ScriptStyle::SqlString, {QsciLexerSQL::SingleQuotedString});
    set(ScriptStyle::SqlIdentifier,
        {QsciLexerSQL::Identifier, QsciLexerSQL::DoubleQuotedString,
            QsciLexerSQL::QuotedIdentifier});
    set(ScriptStyle::SqlOperator, {QsciLexerSQL::Operator, QsciLexerSQL::QuotedOperator});
}

void EditorTheme::applyTo(QsciLexerDiff *lexer, const QPalette &palette)
{
    setBaseStyle(lexer, palette);
    const QColor base = palette.color(QPalette::Base);
    lexer->setColor(color(ScriptStyle::Comment, palette), QsciLexerDiff::Comment);
    lexer->setColor(color(ScriptStyle::Keyword, palette), QsciLexerDiff::Command);
    lexer->setColor(color(ScriptStyle::ClassName, palette), QsciLexerDiff::Header);
    lexer->setColor(color(ScriptStyle::Builtin, palette), QsciLexerDiff::Position);
    const QColor removed = pick(palette, 0x82071e, 0xffa198);
    const QColor added = pick(palette, 0x116329, 0x7ee787);
    for (const int style : {int(QsciLexerDiff::LineRemoved), int(QsciLexerDiff::RemovingPatchAdded),
             int(QsciLexerDiff::RemovingPatchRemoved)}) {
        lexer->setColor(removed, style);
        lexer->setPaper(lineMarkColor(LineMark::Removed, palette), style);
        lexer->setEolFill(true, style);
    }
    for (const int style : {int(QsciLexerDiff::LineAdded), int(QsciLexerDiff::AddingPatchAdded),
             int(QsciLexerDiff::AddingPatchRemoved)}) {
        lexer->setColor(added, style);
        lexer->setPaper(lineMarkColor(LineMark::Added, palette), style);
        lexer->setEolFill(true, style);
    }
    lexer->setColor(palette.color(QPalette::Text), QsciLexerDiff::LineChanged);
    lexer->setPaper(lineMarkColor(LineMark::Changed, palette), QsciLexerDiff::LineChanged);
    lexer->setEolFill(true, QsciLexerDiff::LineChanged);
    lexer->setPaper(base, QsciLexerDiff::Default);
}

QColor EditorTheme::diagnosticColor(DiagnosticSeverity severity, const QPalette &palette)
{
    switch (severity) {
    case DiagnosticSeverity::Error:
        return pick(palette, 0xcf222e, 0xf85149);
    case DiagnosticSeverity::Warning:
        return pick(palette, 0xbf8700, 0xd29922);
    case DiagnosticSeverity::Info:
        return pick(palette, 0x0969da, 0x58a6ff);
    }
    return palette.color(QPalette::Text);
}

QColor EditorTheme::lineMarkColor(LineMark mark, const QPalette &palette)
{
    switch (mark) {
    case LineMark::Added:
        return pick(palette, 0xe6ffec, 0x12261e);
    case LineMark::Removed:
        return pick(palette, 0xffebe9, 0x301a1f);
    case LineMark::Changed:
        return pick(palette, 0xfff8c5, 0x2e2a1a);
    }
    return palette.color(QPalette::Base);
}

QColor EditorTheme::infoBarColor(const QPalette &palette)
{
    return pick(palette, 0xfff4d1, 0x4d3d12);
}

QColor EditorTheme::infoBarTextColor(const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

QColor EditorTheme::notFoundColor(const QPalette &palette)
{
    return pick(palette, 0xffd7d5, 0x5a1f1f);
}

} // namespace retort
