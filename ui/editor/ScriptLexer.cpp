// SPDX-License-Identifier: MIT
#include "editor/ScriptLexer.h"

#include "editor/EditorTheme.h"

#include <Qsci/qsciscintilla.h>

namespace retort {

namespace {

bool isValidStyle(int style)
{
    return style >= 0 && style < int(ScriptStyle::Count);
}

} // namespace

ScriptLexer::ScriptLexer(QObject *parent) : QsciLexerCustom(parent) { }

void ScriptLexer::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    setDefaultColor(palette.color(QPalette::Text));
    setDefaultPaper(palette.color(QPalette::Base));
    setDefaultFont(EditorTheme::font());
    for (int style = 0; style < int(ScriptStyle::Count); ++style) {
        setColor(defaultColor(style), style);
        setPaper(defaultPaper(style), style);
        setFont(defaultFont(style), style);
        setEolFill(defaultEolFill(style), style);
    }
}

QString ScriptLexer::description(int style) const
{
    switch (ScriptStyle(style)) {
    case ScriptStyle::Default:
        return tr("Default");
    case ScriptStyle::Comment:
        return tr("Comment");
    case ScriptStyle::Number:
        return tr("Number");
    case ScriptStyle::Keyword:
        return tr("Keyword");
    case ScriptStyle::Builtin:
        return tr("Built-in name");
    case ScriptStyle::String:
        return tr("String");
    case ScriptStyle::TripleString:
        return tr("Triple-quoted string");
    case ScriptStyle::Decorator:
        return tr("Decorator");
    case ScriptStyle::ClassName:
        return tr("Class name");
    case ScriptStyle::FunctionName:
        return tr("Function name");
    case ScriptStyle::Operator:
        return tr("Operator");
    case ScriptStyle::SqlDefault:
        return tr("SQL text");
    case ScriptStyle::SqlKeyword:
        return tr("SQL keyword");
    case ScriptStyle::SqlIdentifier:
        return tr("SQL identifier");
    case ScriptStyle::SqlNumber:
        return tr("SQL number");
    case ScriptStyle::SqlString:
        return tr("SQL string");
    case ScriptStyle::SqlParameter:
        return tr("SQL bind parameter");
    case ScriptStyle::SqlOperator:
        return tr("SQL operator");
    case ScriptStyle::SqlComment:
        return tr("SQL comment");
    case ScriptStyle::Count:
        break;
    }
    return {};
}

int ScriptLexer::restartLine(int line) const
{
    // Styling depends on what came before (an open string, the call a string belongs to). A line
    // that starts in column 0 outside any string begins a top-level statement, where the
    // tokenizer's state is neutral: restart there rather than at the top of the file. The text
    // before `line` is already styled.
    QsciScintilla *view = editor();
    for (; line > 0; --line) {
        const long position = view->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line);
        const auto first = char(view->SendScintilla(QsciScintilla::SCI_GETCHARAT, position));
        const auto before = int(view->SendScintilla(QsciScintilla::SCI_GETSTYLEAT, position - 1));
        const bool code
            = first != ' ' && first != '\t' && first != '\n' && first != '\r' && first != '\0';
        if (code && before == int(ScriptStyle::Default))
            break;
    }
    return line;
}

void ScriptLexer::styleText(int start, int end)
{
    QsciScintilla *view = editor();
    if (!view)
        return;
    const int firstLine
        = restartLine(int(view->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, long(start))));
    const int lastLine = int(view->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, long(end)));
    const int from = int(view->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, firstLine));
    const int to = std::max(
        end, int(view->SendScintilla(QsciScintilla::SCI_GETLINEENDPOSITION, long(lastLine))));
    const QByteArray text = view->bytes(from, to);
    const QByteArrayView source(text.constData(), std::min<qsizetype>(to - from, text.size()));
    const ScriptTokenizer::Result tokens = ScriptTokenizer::tokenize(source);

    startStyling(from);
    for (const StyleSpan &span : tokens.spans) // contiguous, covering the whole chunk
        setStyling(span.length, int(span.style));
    updateFolding(firstLine, source, tokens);
}

void ScriptLexer::updateFolding(
    int firstLine, QByteArrayView text, const ScriptTokenizer::Result &tokens)
{
    QsciScintilla *view = editor();
    const std::vector<int> levels = ScriptTokenizer::foldLevels(text, tokens);
    for (size_t i = 0; i < levels.size(); ++i) {
        const long line = firstLine + long(i);
        const auto current = int(view->SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, line));
        if (current != levels[i])
            view->SendScintilla(QsciScintilla::SCI_SETFOLDLEVEL, line, long(levels[i]));
    }
}

const char *ScriptLexer::wordCharacters() const
{
    return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
}

const char *ScriptLexer::blockStart(int *style) const
{
    if (style)
        *style = int(ScriptStyle::Operator);
    return ":";
}

QColor ScriptLexer::defaultColor(int style) const
{
    if (!isValidStyle(style))
        return m_palette.color(QPalette::Text);
    return EditorTheme::color(ScriptStyle(style), m_palette);
}

QColor ScriptLexer::defaultPaper(int style) const
{
    if (!isValidStyle(style))
        return m_palette.color(QPalette::Base);
    return EditorTheme::paper(ScriptStyle(style), m_palette);
}

QFont ScriptLexer::defaultFont(int style) const
{
    QFont font = EditorTheme::font();
    if (isValidStyle(style)) {
        font.setBold(EditorTheme::isBold(ScriptStyle(style)));
        font.setItalic(EditorTheme::isItalic(ScriptStyle(style)));
    }
    return font;
}

bool ScriptLexer::defaultEolFill(int style) const
{
    // A multi-line SQL string reads as one tinted block.
    return style == int(ScriptStyle::SqlDefault);
}

} // namespace retort
