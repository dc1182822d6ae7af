// SPDX-License-Identifier: MIT
#include "EditorTestUtil.h"
#include "editor/EditorTabs.h"
#include "editor/FindBar.h"
#include "editor/ScriptEditor.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace retort::test;

class TestEditorTabs : public QObject {
    Q_OBJECT

private slots:
    void init();
    void openFileOnceAtALine();
    void openMissingFileFails();
    void modifiedMarkerInTabTitle();
    void maybeCloseAllAsksOnlyWhenModified();
    void maybeCloseAll_data();
    void maybeCloseAll();
    void closingAModifiedTab();
    void saveAllSavesOnlyModifiedFiles();
    void zoomIsSharedAndHasShortcuts();

private:
    /// Opens two example copies; returns their paths.
    QStringList openTwo(EditorTabs &tabs);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_promptedFiles;
    int m_prompts = 0;
};

void TestEditorTabs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_prompts = 0;
    m_promptedFiles.clear();
}

QStringList TestEditorTabs::openTwo(EditorTabs &tabs)
{
    QStringList paths;
    for (const QString &name : {QStringLiteral("3f2a9c1d7b40_create_authors_and_books.py"),
             QStringLiteral("5e9a0b7c3f12_create_reviews.py")}) {
        const QString path = m_dir->filePath(name);
        QFile::copy(exampleScript(name), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const auto opened = tabs.openFile(path);
        if (!opened)
            qWarning() << opened.error().message;
        paths.append(QFileInfo(path).canonicalFilePath());
    }
    return paths;
}

void TestEditorTabs::openFileOnceAtALine()
{
    EditorTabs tabs;
    QSignalSpy current(&tabs, &EditorTabs::currentFileChanged);
    const QStringList paths = openTwo(tabs);
    QCOMPARE(tabs.count(), 2);
    QCOMPARE(tabs.openFiles(), paths);
    QCOMPARE(current.last().at(0).toString(), paths.at(1));

    const auto again = tabs.openFile(paths.at(0), 30);
    QVERIFY(again.ok());
    QCOMPARE(tabs.count(), 2);
    QCOMPARE(*again, tabs.editorFor(paths.at(0)));
    QCOMPARE(tabs.currentEditor(), *again);
    QCOMPARE((*again)->currentLine(), 30);
    QCOMPARE(current.last().at(0).toString(), paths.at(0));
    QCOMPARE(tabs.tabTitle(*again), QStringLiteral("3f2a9c1d7b40_create_authors_and_books.py"));
}

void TestEditorTabs::openMissingFileFails()
{
    EditorTabs tabs;
    const auto opened = tabs.openFile(m_dir->filePath(QStringLiteral("missing.py")));
    QVERIFY(!opened.ok());
    QCOMPARE(tabs.count(), 0);
    QVERIFY(!tabs.action(EditorTabs::Action::Find)->isEnabled());
}

void TestEditorTabs::modifiedMarkerInTabTitle()
{
    EditorTabs tabs;
    QSignalSpy unsaved(&tabs, &EditorTabs::unsavedChangesChanged);
    openTwo(tabs);
    ScriptEditor *editor = tabs.currentEditor();
    QVERIFY(!tabs.tabTitle(editor).contains(u'•'));
    QVERIFY(!tabs.action(EditorTabs::Action::Save)->isEnabled());
    editor->textArea()->insert(QStringLiteral("# edit\n"));
    QCOMPARE(tabs.tabTitle(editor), QStringLiteral("5e9a0b7c3f12_create_reviews.py •"));
    QVERIFY(tabs.hasUnsavedChanges());
    QVERIFY(tabs.action(EditorTabs::Action::Save)->isEnabled());
    QVERIFY(tabs.action(EditorTabs::Action::Undo)->isEnabled());
    QCOMPARE(unsaved.last().at(0).toBool(), true);
    tabs.action(EditorTabs::Action::Save)->trigger();
    QVERIFY(!tabs.tabTitle(editor).contains(u'•'));
    QVERIFY(!tabs.hasUnsavedChanges());
    QCOMPARE(unsaved.last().at(0).toBool(), false);
    QVERIFY(readFile(editor->filePath()).startsWith("# edit\n"));
}

void TestEditorTabs::maybeCloseAllAsksOnlyWhenModified()
{
    EditorTabs tabs;
    tabs.setSavePrompt([this](QWidget *, const QStringList &files) {
        ++m_prompts;
        m_promptedFiles = files;
        return EditorTabs::SaveDecision::Cancel;
    });
    QVERIFY(tabs.maybeCloseAll()); // nothing open
    openTwo(tabs);
    QVERIFY(tabs.maybeCloseAll()); // nothing modified
    QCOMPARE(m_prompts, 0);
}

void TestEditorTabs::maybeCloseAll_data()
{
    QTest::addColumn<EditorTabs::SaveDecision>("decision");
    QTest::addColumn<bool>("mayClose");
    QTest::addColumn<bool>("savedToDisk");
    QTest::newRow("save") << EditorTabs::SaveDecision::Save << true << true;
    QTest::newRow("discard") << EditorTabs::SaveDecision::Discard << true << false;
    QTest::newRow("cancel") << EditorTabs::SaveDecision::Cancel << false << false;
}

void TestEditorTabs::maybeCloseAll()
{
    QFETCH(EditorTabs::SaveDecision, decision);
    QFETCH(bool, mayClose);
    QFETCH(bool, savedToDisk);
    EditorTabs tabs;
    tabs.setSavePrompt([&](QWidget *, const QStringList &files) {
        ++m_prompts;
        m_promptedFiles = files;
        return decision;
    });
    const QStringList paths = openTwo(tabs);
    ScriptEditor *first = tabs.editorFor(paths.at(0));
    first->textArea()->insert(QStringLiteral("# unsaved\n"));

    QCOMPARE(tabs.maybeCloseAll(), mayClose);
    QCOMPARE(m_prompts, 1);
    QCOMPARE(m_promptedFiles, QStringList {paths.at(0)}); // only the modified one
    QCOMPARE(readFile(paths.at(0)).startsWith("# unsaved\n"), savedToDisk);
    QCOMPARE(first->isModified(), !savedToDisk);
    QCOMPARE(readFile(paths.at(1)),
        readFile(exampleScript(QStringLiteral("5e9a0b7c3f12_create_reviews.py"))));
}

void TestEditorTabs::closingAModifiedTab()
{
    EditorTabs tabs;
    EditorTabs::SaveDecision answer = EditorTabs::SaveDecision::Cancel;
    tabs.setSavePrompt([&](QWidget *, const QStringList &files) {
        ++m_prompts;
        m_promptedFiles = files;
        return answer;
    });
    const QStringList paths = openTwo(tabs);
    ScriptEditor *second = tabs.editorFor(paths.at(1));
    second->textArea()->insert(QStringLiteral("# keep me\n"));
    QVERIFY(!tabs.closeTab(1));
    QCOMPARE(tabs.count(), 2);
    QCOMPARE(m_promptedFiles, QStringList {paths.at(1)});

    answer = EditorTabs::SaveDecision::Save;
    QVERIFY(tabs.closeTab(1));
    QCOMPARE(tabs.count(), 1);
    QVERIFY(readFile(paths.at(1)).startsWith("# keep me\n"));

    // An unmodified tab closes without asking.
    QVERIFY(tabs.closeTab(0));
    QCOMPARE(m_prompts, 2);
    QCOMPARE(tabs.count(), 0);
    QVERIFY(tabs.currentEditor() == nullptr);
}

void TestEditorTabs::saveAllSavesOnlyModifiedFiles()
{
    EditorTabs tabs;
    QSignalSpy saved(&tabs, &EditorTabs::fileSaved);
    const QStringList paths = openTwo(tabs);
    tabs.editorFor(paths.at(0))->textArea()->insert(QStringLiteral("# one\n"));
    QVERIFY(tabs.action(EditorTabs::Action::SaveAll)->isEnabled());
    QVERIFY(tabs.saveAll().ok());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), paths.at(0));
    QVERIFY(readFile(paths.at(0)).startsWith("# one\n"));
    QVERIFY(!tabs.hasUnsavedChanges());

    // A file that cannot be written: the error comes back and the tab stays modified.
    tabs.setReportErrors(false);
    ScriptEditor *second = tabs.editorFor(paths.at(1));
    second->textArea()->insert(QStringLiteral("# two\n"));
    // A folder where the file was: not even root can save over it.
    QVERIFY(QFile::remove(paths.at(1)));
    QVERIFY(QDir().mkdir(paths.at(1)));
    const Result<void> failed = tabs.saveAll();
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(QStringLiteral("5e9a0b7c3f12_create_reviews.py")));
    QVERIFY(second->isModified());
}

void TestEditorTabs::zoomIsSharedAndHasShortcuts()
{
    EditorTabs tabs;
    tabs.resize(900, 600);
    const QStringList paths = openTwo(tabs);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    tabs.activateWindow();
    ScriptEditor *current = tabs.currentEditor();
    current->textArea()->setFocus();
    QTRY_VERIFY(current->textArea()->hasFocus());

    QVERIFY(tabs.action(EditorTabs::Action::ZoomIn)
                ->shortcuts()
                .contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)));
    QTest::keyClick(current->textArea(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(tabs.zoom(), 1);
    for (ScriptEditor *editor : tabs.editors())
        QCOMPARE(editor->zoom(), 1);
    QTest::keyClick(current->textArea(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(current->textArea(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(tabs.zoom(), -1);
    QTest::keyClick(current->textArea(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(tabs.zoom(), 0);

    // Zooming one editor (Ctrl+wheel in Scintilla) zooms them all.
    current->setZoom(2);
    QCOMPARE(tabs.zoom(), 2);
    QCOMPARE(tabs.editorFor(paths.at(0))->zoom(), 2);

    // Ctrl+F opens the find bar; the typed text goes into it.
    QTest::keyClick(current->textArea(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(current->findBar()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!current->findBar()->isVisible());
    QTest::keyClick(current->textArea(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(current->findBar()->isVisible());
    current->textArea()->setFocus();
    QTest::keyClick(current->textArea(), Qt::Key_Escape);
    QVERIFY(!current->findBar()->isVisible());
}

QTEST_MAIN(TestEditorTabs)
#include "tst_editortabs.moc"
