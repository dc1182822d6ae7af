// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace retort {

class ScriptEditor;

/// Tabs of ScriptEditor, one per file, for revision scripts and env.py. A modified tab's title
/// ends in " •"; closing it, or the window (maybeCloseAll()), asks whether to save first.
///
/// The editing actions (save, save all, find, replace, go to line, zoom, undo/redo, close tab) are
/// created here with standard shortcuts, active while the focus is inside the tabs; the main window
/// only puts them in its menus and toolbar (action()).
class EditorTabs : public QWidget {
    Q_OBJECT

public:
    /// The answer to "save changes before closing?".
    enum class SaveDecision { Save, Discard, Cancel };
    /// Asks the user about `files` (absolute paths with unsaved changes). The default shows a
    /// message box; tests install their own answer.
    using SavePrompt = std::function<SaveDecision(QWidget *parent, const QStringList &files)>;

    enum class Action {
        Save,
        SaveAll,
        CloseTab,
        Undo,
        Redo,
        Find,
        FindNext,
        FindPrevious,
        Replace,
        GoToLine,
        ZoomIn,
        ZoomOut,
        ZoomReset,
    };

    explicit EditorTabs(QWidget *parent = nullptr);

    /// Opens `path` in a tab (or switches to its tab) and, when `line` > 0, puts the cursor there.
    /// Returns the editor, or the read error.
    Result<ScriptEditor *> openFile(const QString &path, int line = 0, int column = 1);

    ScriptEditor *currentEditor() const;
    /// The editor of `path`, or null when it is not open.
    ScriptEditor *editorFor(const QString &path) const;
    QList<ScriptEditor *> editors() const;
    /// Paths of the open files, in tab order (for restoring the session).
    QStringList openFiles() const;
    int count() const;
    /// The title shown on `editor`'s tab.
    QString tabTitle(const ScriptEditor *editor) const;
    bool hasUnsavedChanges() const;

    /// Saves the current tab / every modified tab; errors are shown to the user and returned.
    Result<void> saveCurrent();
    Result<void> saveAll();
    /// Closes tab `index`, asking first when it has unsaved changes; false when the user cancels.
    bool closeTab(int index);
    /// For the main window's closeEvent: when files have unsaved changes, asks once for all of
    /// them (save all / discard / cancel). True when the window may close.
    bool maybeCloseAll();

    void setSavePrompt(SavePrompt prompt);
    /// Shows (or not) a message box when saving fails; tests turn it off.
    void setReportErrors(bool report);

    /// Zoom shared by every tab, in points relative to the default.
    void setZoom(int zoom);
    int zoom() const { return m_zoom; }

    QAction *action(Action which) const;

signals:
    /// The current tab changed; `path` is empty when no tab is open.
    void currentFileChanged(const QString &path);
    /// A file was written to disk (the graph may want to reload).
    void fileSaved(const QString &path);
    /// Some tab became modified or saved; hasUnsavedChanges() tells the total.
    void unsavedChangesChanged(bool any);
    /// The cursor moved in the current tab (1-based), for the status bar.
    void cursorPositionChanged(int line, int column);
    void zoomChanged(int zoom);

private:
    void createActions();
    void updateActions();
    void updateTabTitle(ScriptEditor *editor);
    bool saveEditors(const QList<ScriptEditor *> &editors);
    void reportError(const Error &error);
    int indexOf(const ScriptEditor *editor) const;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    QList<QAction *> m_actions;
    SavePrompt m_prompt;
    bool m_reportErrors = true;
    int m_zoom = 0;
};

} // namespace retort
