// SPDX-License-Identifier: MIT
#include "editor/KSyntaxLexer.h"

#include "editor/EditorTheme.h"

#include <Qsci/qsciscintilla.h>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <algorithm>

namespace retort {

namespace {

/// Loading the definitions is costly; every view shares one repository.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

// Scintilla's predefined styles (line numbers, braces, …) sit at 32–39.
bool isPredefined(int style)
{
    return style >= QsciScintillaBase::STYLE_DEFAULT
        && style <= QsciScintillaBase::STYLE_LASTPREDEFINED;
}

} // namespace

KSyntaxLexer::KSyntaxLexer(
    const QStringList &definitionNames, const QString &fallbackFileName, QObject *parent)
    : QsciLexerCustom(parent)
{
    m_formats.emplace_back(); // style 0: plain text
    KSyntaxHighlighting::Definition definition;
    for (const QString &name : definitionNames) {
        definition = repository().definitionForName(name);
        if (definition.isValid())
            break;
    }
    if (!definition.isValid())
        definition = repository().definitionForFileName(fallbackFileName);
    setDefinition(definition);
}

bool KSyntaxLexer::hasDefinition() const
{
    return definition().isValid();
}

void KSyntaxLexer::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    setTheme(repository().themeForPalette(palette));
    setDefaultColor(palette.color(QPalette::Text));
    setDefaultPaper(palette.color(QPalette::Base));
    setDefaultFont(EditorTheme::font());
    setColor(palette.color(QPalette::Text), 0);
    setPaper(palette.color(QPalette::Base), 0);
    setFont(EditorTheme::font(), 0);
    for (size_t style = 1; style < m_formats.size(); ++style) {
        if (m_formats[style].isValid())
            setUpStyle(int(style), m_formats[style]);
    }
}

QString KSyntaxLexer::description(int style) const
{
    if (isPredefined(style))
        return {};
    if (style > 0 && size_t(style) < m_formats.size() && m_formats[size_t(style)].isValid())
        return m_formats[size_t(style)].name();
    return tr("Text");
}

QColor KSyntaxLexer::defaultColor(int) const
{
    return m_palette.color(QPalette::Text);
}

QColor KSyntaxLexer::defaultPaper(int) const
{
    return m_palette.color(QPalette::Base);
}

QFont KSyntaxLexer::defaultFont(int) const
{
    return EditorTheme::font();
}

int KSyntaxLexer::styleFor(const KSyntaxHighlighting::Format &format)
{
    if (!format.isValid() || format.isDefaultTextStyle(theme()))
        return 0;
    for (size_t style = 1; style < m_formats.size(); ++style) {
        if (m_formats[style].isValid() && m_formats[style].id() == format.id())
            return int(style);
    }
    int style = int(m_formats.size());
    while (isPredefined(style)) {
        m_formats.emplace_back();
        ++style;
    }
    if (style > QsciScintillaBase::STYLE_MAX)
        return 0; // out of styles: plain text
    m_formats.push_back(format);
    setUpStyle(style, format);
    return style;
}

void KSyntaxLexer::setUpStyle(int style, const KSyntaxHighlighting::Format &format)
{
    const KSyntaxHighlighting::Theme current = theme();
    setColor(
        format.hasTextColor(current) ? format.textColor(current) : m_palette.color(QPalette::Text),
        style);
    setPaper(format.hasBackgroundColor(current) ? format.backgroundColor(current)
                                                : m_palette.color(QPalette::Base),
        style);
    QFont font = EditorTheme::font();
    font.setBold(format.isBold(current));
    font.setItalic(format.isItalic(current));
    font.setUnderline(format.isUnderline(current));
    setFont(font, style);
}

void KSyntaxLexer::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length > 0)
        m_lineSpans.push_back({offset, length, styleFor(format)});
}

void KSyntaxLexer::styleText(int, int)
{
    QsciScintilla *view = editor();
    if (!view)
        return;
    // Read-only text: style it all, line by line, carrying the highlighter's state.
    const QString text = view->text();
    const int length = view->length();
    startStyling(0);
    int styled = 0;
    KSyntaxHighlighting::State state;
    qsizetype lineStart = 0;
    while (lineStart <= text.size() && styled < length) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
        if (line.endsWith(u'\r'))
            line.chop(1);
        m_lineSpans.clear();
        if (hasDefinition())
            state = highlightLine(line, state);
        std::sort(m_lineSpans.begin(), m_lineSpans.end(),
            [](const Span &a, const Span &b) { return a.offset < b.offset; });
        // Spans count UTF-16 units; Scintilla counts UTF-8 bytes.
        int position = 0; // in UTF-16 units
        auto bytes
            = [&](int from, int to) { return int(line.sliced(from, to - from).toUtf8().size()); };
        for (const Span &span : m_lineSpans) {
            const int from = std::max(span.offset, position);
            const int to = std::min(span.offset + span.length, int(line.size()));
            if (to <= from)
                continue;
            if (from > position)
                setStyling(bytes(position, from), 0);
            setStyling(bytes(from, to), span.style);
            position = to;
        }
        const int rest = int(QStringView(text)
                                 .sliced(lineStart + position,
                                     std::min(lineEnd + 1, text.size()) - lineStart - position)
                                 .toUtf8()
                                 .size());
        if (rest > 0)
            setStyling(rest, 0);
        styled += bytes(0, position) + rest;
        lineStart = lineEnd + 1;
    }
}

} // namespace retort
