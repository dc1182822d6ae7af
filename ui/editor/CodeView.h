// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorTypes.h"
#include "util/Result.h"

#include <QWidget>

#include <optional>

class QsciLexer;
class QsciScintilla;

namespace retort {

class FindBar;

/// A read-only, highlighted view of SQL, a diff or Python: for the dry-run SQL pane and the
/// model-diff view.
///
/// - setText() replaces the content; text() returns it. Line numbers are always shown.
/// - Copy (Ctrl+C / context menu), Select All, Find (Ctrl+F opens a find bar; F3 / Shift+F3),
///   Save As… (saveAs() asks for a file, saveTo() writes one; suggestedFileName() seeds the
///   dialog).
/// - Colours follow the palette (light or dark) and change with it.
/// - Highlighting comes from KF6 SyntaxHighlighting when Retort was built with it
///   (RETORT_HAVE_KSYNTAXHIGHLIGHTING), else from QScintilla's SQL and diff lexers; Python uses the
///   migration-script lexer (SQL inside op.execute strings). backend() says which.
/// - For a side-by-side diff, two views with setLineMark() backgrounds; textArea() gives the
///   QsciScintilla (a QAbstractScrollArea) to couple their scroll bars.
/// Lines are 1-based.
class CodeView : public QWidget {
    Q_OBJECT

public:
    enum class Language { Plain, Sql, Diff, Python };
    enum class Backend { QScintillaLexers, KSyntaxHighlighting };

    explicit CodeView(Language language = Language::Sql, QWidget *parent = nullptr);
    ~CodeView() override;

    static Backend backend();

    void setLanguage(Language language);
    Language language() const { return m_language; }

    void setText(const QString &text);
    QString text() const;

    /// Whole-line backgrounds (added / removed / changed), e.g. for a side-by-side diff.
    void setLineMark(int line, LineMark mark);
    void clearLineMarks();
    /// The mark on `line`, if any.
    std::optional<LineMark> lineMark(int line) const;

    /// Selects the next match of `text` after the cursor (wrapping); false when there is none.
    bool find(const QString &text, bool matchCase = false);
    void showFind();
    void copy() const;
    void selectAll();
    /// Scrolls so `line` is the first visible one.
    void scrollToLine(int line);

    /// Asks for a file name (starting from suggestedFileName()) and writes the text there.
    void saveAs();
    Result<void> saveTo(const QString &path) const;
    void setSuggestedFileName(const QString &fileName);
    QString suggestedFileName() const { return m_suggestedName; }

    QsciScintilla *textArea() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void setUpLexer();
    void updateMarginWidth();
    void showContextMenu(const QPoint &position);

    Language m_language;
    QsciScintilla *m_text;
    FindBar *m_findBar;
    QsciLexer *m_lexer = nullptr;
    QString m_suggestedName;
};

} // namespace retort
