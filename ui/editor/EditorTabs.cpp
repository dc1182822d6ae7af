// SPDX-License-Identifier: MIT
#include "editor/EditorTabs.h"

#include "editor/FindBar.h"
#include "editor/ScriptEditor.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <Qsci/qsciscintilla.h>

namespace retort {

namespace {

EditorTabs::SaveDecision askToSave(QWidget *parent, const QStringList &files)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(EditorTabs::tr("Unsaved Changes"));
    if (files.size() == 1) {
        box.setText(EditorTabs::tr("Save the changes to %1 before closing?")
                        .arg(QFileInfo(files.constFirst()).fileName()));
    } else {
        QStringList names;
        for (const QString &file : files)
            names.append(QFileInfo(file).fileName());
        box.setText(EditorTabs::tr("%n files have unsaved changes. Save them before closing?",
            nullptr, int(files.size())));
        box.setDetailedText(names.join(u'\n'));
    }
    box.setInformativeText(EditorTabs::tr("Your changes are lost if you don't save them."));
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return EditorTabs::SaveDecision::Save;
    case QMessageBox::Discard:
        return EditorTabs::SaveDecision::Discard;
    default:
        return EditorTabs::SaveDecision::Cancel;
    }
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    return info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
}

} // namespace

EditorTabs::EditorTabs(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(
          new QLabel(tr("No script open.\nDouble-click a revision to open its file."), this))
    , m_tabs(new QTabWidget(this))
    , m_prompt(askToSave)
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false); // drawn in the palette's disabled, quieter text colour
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideMiddle);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &EditorTabs::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        ScriptEditor *editor = currentEditor();
        m_stack->setCurrentWidget(editor ? static_cast<QWidget *>(m_tabs) : m_placeholder);
        updateActions();
        emit currentFileChanged(editor ? editor->filePath() : QString());
        if (editor)
            emit cursorPositionChanged(editor->currentLine(), 1);
    });
    createActions();
    updateActions();
}

void EditorTabs::createActions()
{
    struct Spec {
        Action id;
        QString text;
        QList<QKeySequence> keys;
        std::function<void(ScriptEditor *)> run;
    };
    const QList<Spec> specs {
        {Action::Save, tr("&Save"), QKeySequence::keyBindings(QKeySequence::Save),
            [this](ScriptEditor *) { (void)saveCurrent(); }},
        {Action::SaveAll, tr("Save A&ll"), {QKeySequence(tr("Ctrl+Shift+S"))},
            [this](ScriptEditor *) { (void)saveAll(); }},
        {Action::CloseTab, tr("&Close Tab"), QKeySequence::keyBindings(QKeySequence::Close),
            [this](ScriptEditor *editor) { closeTab(indexOf(editor)); }},
        {Action::Undo, tr("&Undo"), QKeySequence::keyBindings(QKeySequence::Undo),
            [](ScriptEditor *editor) { editor->textArea()->undo(); }},
        {Action::Redo, tr("&Redo"), QKeySequence::keyBindings(QKeySequence::Redo),
            [](ScriptEditor *editor) { editor->textArea()->redo(); }},
        {Action::Find, tr("&Find…"), QKeySequence::keyBindings(QKeySequence::Find),
            [](ScriptEditor *editor) { editor->showFind(); }},
        {Action::FindNext, tr("Find &Next"), QKeySequence::keyBindings(QKeySequence::FindNext),
            [](ScriptEditor *editor) {
                if (editor->findBar()->findText().isEmpty())
                    editor->showFind();
                else
                    editor->findBar()->findNext();
            }},
        {Action::FindPrevious, tr("Find Pre&vious"),
            QKeySequence::keyBindings(QKeySequence::FindPrevious),
            [](ScriptEditor *editor) { editor->findBar()->findPrevious(); }},
        {Action::Replace, tr("R&eplace…"),
            QKeySequence::keyBindings(QKeySequence::Replace) << QKeySequence(tr("Ctrl+H")),
            [](ScriptEditor *editor) { editor->showReplace(); }},
        {Action::GoToLine, tr("&Go to Line…"), {QKeySequence(tr("Ctrl+L"))},
            [](ScriptEditor *editor) { editor->askGoToLine(); }},
        {Action::ZoomIn, tr("Zoom &In"),
            QKeySequence::keyBindings(QKeySequence::ZoomIn) << QKeySequence(tr("Ctrl+=")),
            [this](ScriptEditor *) { setZoom(m_zoom + 1); }},
        {Action::ZoomOut, tr("Zoom &Out"), QKeySequence::keyBindings(QKeySequence::ZoomOut),
            [this](ScriptEditor *) { setZoom(m_zoom - 1); }},
        {Action::ZoomReset, tr("&Reset Zoom"), {QKeySequence(tr("Ctrl+0"))},
            [this](ScriptEditor *) { setZoom(0); }},
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(spec.text, this);
        QList<QKeySequence> keys;
        for (const QKeySequence &key : spec.keys) {
            if (!key.isEmpty() && !keys.contains(key))
                keys.append(key);
        }
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!keys.isEmpty())
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(QString(spec.text).remove(u'&').remove(u'…'),
                    keys.constFirst().toString(QKeySequence::NativeText)));
        const auto run = spec.run;
        connect(action, &QAction::triggered, this, [this, run] {
            if (ScriptEditor *editor = currentEditor())
                run(editor);
        });
        addAction(action);
        m_actions.append(action);
    }
}

QAction *EditorTabs::action(Action which) const
{
    return m_actions.value(int(which));
}

void EditorTabs::updateActions()
{
    ScriptEditor *editor = currentEditor();
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(editor != nullptr);
    if (editor) {
        action(Action::Save)->setEnabled(editor->isModified());
        action(Action::Undo)->setEnabled(editor->textArea()->isUndoAvailable());
        action(Action::Redo)->setEnabled(editor->textArea()->isRedoAvailable());
    }
    action(Action::SaveAll)->setEnabled(hasUnsavedChanges());
}

Result<ScriptEditor *> EditorTabs::openFile(const QString &path, int line, int column)
{
    ScriptEditor *editor = editorFor(path);
    if (!editor) {
        editor = new ScriptEditor(this);
        if (Result<void> opened = editor->openFile(path); !opened) {
            delete editor;
            return opened.error();
        }
        editor->setZoom(m_zoom);
        const int index = m_tabs->addTab(editor, QString());
        m_tabs->setTabToolTip(index, QDir::toNativeSeparators(editor->filePath()));
        updateTabTitle(editor);
        connect(editor, &ScriptEditor::modificationChanged, this, [this, editor] {
            updateTabTitle(editor);
            updateActions();
            emit unsavedChangesChanged(hasUnsavedChanges());
        });
        connect(editor->textArea(), &QsciScintilla::textChanged, this, [this, editor] {
            if (editor == currentEditor())
                updateActions();
        });
        connect(editor, &ScriptEditor::saved, this, &EditorTabs::fileSaved);
        connect(editor, &ScriptEditor::zoomChanged, this, &EditorTabs::setZoom);
        connect(editor, &ScriptEditor::cursorPositionChanged, this, [this, editor](int l, int c) {
            if (editor == currentEditor())
                emit cursorPositionChanged(l, c);
        });
    }
    m_tabs->setCurrentWidget(editor);
    if (line > 0)
        editor->goToLine(line, column);
    editor->setFocus();
    return editor;
}

ScriptEditor *EditorTabs::currentEditor() const
{
    return qobject_cast<ScriptEditor *>(m_tabs->currentWidget());
}

ScriptEditor *EditorTabs::editorFor(const QString &path) const
{
    const QString wanted = canonical(path);
    for (ScriptEditor *editor : editors()) {
        if (editor->filePath() == wanted)
            return editor;
    }
    return nullptr;
}

QList<ScriptEditor *> EditorTabs::editors() const
{
    QList<ScriptEditor *> result;
    for (int i = 0; i < m_tabs->count(); ++i)
        result.append(qobject_cast<ScriptEditor *>(m_tabs->widget(i)));
    return result;
}

QStringList EditorTabs::openFiles() const
{
    QStringList files;
    for (const ScriptEditor *editor : editors())
        files.append(editor->filePath());
    return files;
}

int EditorTabs::count() const
{
    return m_tabs->count();
}

int EditorTabs::indexOf(const ScriptEditor *editor) const
{
    return m_tabs->indexOf(const_cast<ScriptEditor *>(editor));
}

QString EditorTabs::tabTitle(const ScriptEditor *editor) const
{
    return m_tabs->tabText(indexOf(editor));
}

void EditorTabs::updateTabTitle(ScriptEditor *editor)
{
    const QString name = QFileInfo(editor->filePath()).fileName();
    // Tab text with '&' would become a mnemonic.
    QString title = QString(name).replace(u'&', QLatin1String("&&"));
    if (editor->isModified())
        title += QStringLiteral(" •");
    m_tabs->setTabText(indexOf(editor), title);
}

bool EditorTabs::hasUnsavedChanges() const
{
    const QList<ScriptEditor *> all = editors();
    return std::any_of(all.begin(), all.end(), [](auto *editor) { return editor->isModified(); });
}

Result<void> EditorTabs::saveCurrent()
{
    ScriptEditor *editor = currentEditor();
    if (!editor)
        return {};
    Result<void> result = editor->save();
    if (!result)
        reportError(result.error());
    return result;
}

Result<void> EditorTabs::saveAll()
{
    for (ScriptEditor *editor : editors()) {
        if (!editor->isModified())
            continue;
        if (Result<void> result = editor->save(); !result) {
            reportError(result.error());
            return result;
        }
    }
    return {};
}

bool EditorTabs::saveEditors(const QList<ScriptEditor *> &toSave)
{
    for (ScriptEditor *editor : toSave) {
        if (Result<void> result = editor->save(); !result) {
            reportError(result.error());
            return false;
        }
    }
    return true;
}

bool EditorTabs::closeTab(int index)
{
    auto *editor = qobject_cast<ScriptEditor *>(m_tabs->widget(index));
    if (!editor)
        return false;
    if (editor->isModified()) {
        switch (m_prompt(this, {editor->filePath()})) {
        case SaveDecision::Save:
            if (!saveEditors({editor}))
                return false;
            break;
        case SaveDecision::Discard:
            break;
        case SaveDecision::Cancel:
            return false;
        }
    }
    m_tabs->removeTab(index);
    editor->deleteLater();
    updateActions();
    emit unsavedChangesChanged(hasUnsavedChanges());
    return true;
}

bool EditorTabs::maybeCloseAll()
{
    QList<ScriptEditor *> modified;
    QStringList files;
    for (ScriptEditor *editor : editors()) {
        if (editor->isModified()) {
            modified.append(editor);
            files.append(editor->filePath());
        }
    }
    if (modified.isEmpty())
        return true;
    switch (m_prompt(this, files)) {
    case SaveDecision::Save:
        return saveEditors(modified);
    case SaveDecision::Discard:
        return true;
    case SaveDecision::Cancel:
        return false;
    }
    return false;
}

void EditorTabs::setSavePrompt(SavePrompt prompt)
{
    m_prompt = prompt ? std::move(prompt) : SavePrompt(askToSave);
}

void EditorTabs::setReportErrors(bool report)
{
    m_reportErrors = report;
}

void EditorTabs::reportError(const Error &error)
{
    if (m_reportErrors)
        QMessageBox::critical(this, tr("Cannot Save"), error.message);
}

void EditorTabs::setZoom(int zoom)
{
    // QScintilla's zoom range.
    zoom = std::clamp(zoom, -10, 20);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    for (ScriptEditor *editor : editors())
        editor->setZoom(zoom);
    emit zoomChanged(zoom);
}

} // namespace retort
