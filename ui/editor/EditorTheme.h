// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorTypes.h"
#include "editor/ScriptTokenizer.h"

#include <QColor>
#include <QFont>
#include <QPalette>

class QsciLexer;
class QsciLexerDiff;
class QsciLexerSQL;
class QsciScintilla;

namespace retort {

/// The editor's fixed colours, in one place, each with a light and a dark variant chosen from the
/// palette in use (a GitHub-like scheme); backgrounds and text come from the palette itself.
class EditorTheme {
public:
    /// True when the palette's base is darker than its text.
    static bool isDark(const QPalette &palette);
    /// The monospace font of every editor and code view.
    static QFont font();

    /// Text colour, background and weight of a script style.
    static QColor color(ScriptStyle style, const QPalette &palette);
    static QColor paper(ScriptStyle style, const QPalette &palette);
    static bool isBold(ScriptStyle style);
    static bool isItalic(ScriptStyle style);

    /// Colours of the editor itself: paper, margins, caret line, selection, braces, folding.
    /// Call after setLexer(), which resets some of them.
    static void applyTo(QsciScintilla *editor, const QPalette &palette);
    /// Colours for QScintilla's own SQL and diff lexers (the code views without KF6).
    static void applyTo(QsciLexerSQL *lexer, const QPalette &palette);
    static void applyTo(QsciLexerDiff *lexer, const QPalette &palette);

    static QColor diagnosticColor(DiagnosticSeverity severity, const QPalette &palette);
    static QColor lineMarkColor(LineMark mark, const QPalette &palette);
    /// Background and text of the editor's info bar (e.g. "changed on disk").
    static QColor infoBarColor(const QPalette &palette);
    static QColor infoBarTextColor(const QPalette &palette);
    /// Background of a search field whose text is not found.
    static QColor notFoundColor(const QPalette &palette);

private:
    static void setBaseStyle(QsciLexer *lexer, const QPalette &palette);
};

} // namespace retort
