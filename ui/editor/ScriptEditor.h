// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorTypes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QWidget>

class QsciScintilla;

namespace retort {

class DiagnosticLayer;
class FindBar;
class InfoBar;
class ScriptLexer;

/// One migration script (or env.py) in a QScintilla editor: Python with the SQL inside
/// `op.execute("…")` / `sa.text("…")` highlighted as SQL, line numbers, folding, brace matching,
/// a find/replace bar, zoom, light and dark colours from the palette, and diagnostics in the
/// margin.
///
/// The file is watched on disk: a change made elsewhere reloads the editor silently when it has no
/// unsaved edits, and otherwise offers to reload in an info bar above the text (never a modal
/// box). Lines and columns in this API are 1-based.
class ScriptEditor : public QWidget {
    Q_OBJECT

public:
    explicit ScriptEditor(QWidget *parent = nullptr);

    /// Loads `path` (UTF-8) and starts watching it; the undo history starts empty.
    Result<void> openFile(const QString &path);
    /// Writes the text back atomically (QSaveFile) and clears the modified state.
    Result<void> save();

    /// Absolute, canonical path of the open file; empty before openFile().
    QString filePath() const { return m_path; }
    QString text() const;
    bool isModified() const;

    /// Moves the cursor to `line` (and `column`), scrolls it into view and focuses the text.
    void goToLine(int line, int column = 1);
    /// Asks for a line number in a small dialog, then goes there.
    void askGoToLine();
    /// The cursor's line.
    int currentLine() const;

    /// Opens the find bar (find only / with the replace row).
    void showFind();
    void showReplace();
    FindBar *findBar() const { return m_findBar; }

    /// Font zoom in points relative to the default (QScintilla's zoom), shared by EditorTabs.
    void setZoom(int zoom);
    int zoom() const;

    /// Replaces the diagnostics shown (margin markers, squiggles, tooltips).
    void setDiagnostics(QList<EditorDiagnostic> diagnostics);
    QList<EditorDiagnostic> diagnostics() const;
    /// The tooltip shown for `line`'s diagnostics; empty when it has none.
    QString diagnosticToolTip(int line) const;

    /// True while the info bar offers to reload a file that changed on disk under unsaved edits.
    bool isReloadOffered() const;
    /// The info bar's message; empty when it is hidden.
    QString infoMessage() const;
    /// Replaces the text with the file on disk, keeping the cursor line; clears the modified
    /// state and the reload offer.
    Result<void> reloadFromDisk();
    /// Dismisses the reload offer; the next save overwrites the file on disk.
    void keepLocalChanges();

    /// The QScintilla widget, e.g. for actions such as undo/redo or copy.
    QsciScintilla *textArea() const { return m_text; }

signals:
    void modificationChanged(bool modified);
    /// The cursor moved to `line`, `column`.
    void cursorPositionChanged(int line, int column);
    void saved(const QString &path);
    /// The text was replaced by the file on disk (silently or after the user chose to reload).
    void reloaded();
    void zoomChanged(int zoom);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpTextArea();
    void applyTheme();
    void updateMarginWidths();
    void checkDiskChange();
    void watch();
    void showInfo(const QString &message, bool offerReload);
    void hideInfo();
    Result<QByteArray> readDisk() const;
    void replaceText(const QByteArray &bytes);

    QsciScintilla *m_text;
    ScriptLexer *m_lexer;
    DiagnosticLayer *m_diagnostics;
    FindBar *m_findBar;
    InfoBar *m_infoBar;
    QWidget *m_reloadButtons[2] = {nullptr, nullptr};
    QFileSystemWatcher m_watcher;
    QTimer m_diskCheck;
    QString m_path;
    QByteArray m_diskBytes; ///< what the file held when last loaded or saved
    bool m_reloadOffered = false;
};

} // namespace retort
