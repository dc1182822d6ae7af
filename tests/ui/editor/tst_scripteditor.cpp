// SPDX-License-Identifier: MIT
#include "EditorTestUtil.h"
#include "editor/DiagnosticLayer.h"
#include "editor/EditorTheme.h"
#include "editor/FindBar.h"
#include "editor/ScriptEditor.h"

#include <QApplication>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace retort;
using namespace retort::test;

namespace {

const QString batchScript = QStringLiteral("c07b5e9f21d8_require_book_titles_unique_isbn.py");

} // namespace

class TestScriptEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void sqlInsideOpExecuteIsStyledAsSql();
    void editsRestyleIncrementally();
    void openEditSaveRoundTrip();
    void crlfLineEndingsSurviveSaving();
    void enterIndentsAfterAColon();
    void openRejectsMissingAndNonUtf8Files();
    void goToLine();
    void findAndReplace();
    void zoomScalesTextAndMargins();
    void diagnosticsMarkTheirLines();
    void externalChangeReloadsAnUnmodifiedEditor();
    void externalChangeOffersReloadOverUnsavedEdits();
    void ownSaveIsNotAnExternalChange();
    void followsThePalette();
    void screenshots();

private:
    QString copyExample(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScriptEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestScriptEditor::copyExample(const QString &name)
{
    const QString target = m_dir->filePath(name);
    QFile::copy(exampleScript(name), target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

void TestScriptEditor::sqlInsideOpExecuteIsStyledAsSql()
{
    ScriptEditor editor;
    QVERIFY(editor.openFile(exampleScript(batchScript)).ok());
    QsciScintilla *text = editor.textArea();
    styleAll(text);
    // op.execute("UPDATE books SET title = '(untitled)' WHERE title IS NULL")
    QCOMPARE(styleAtText(text, "UPDATE books SET title"), int(ScriptStyle::SqlKeyword));
    QCOMPARE(styleAtText(text, "books SET title", 1), int(ScriptStyle::SqlIdentifier));
    QCOMPARE(styleAtText(text, "'(untitled)'", 2), int(ScriptStyle::SqlString));
    QCOMPARE(styleAtText(text, "\"UPDATE books SET title"), int(ScriptStyle::String));
    // Python strings elsewhere: sa.Table("books", ...)
    QCOMPARE(styleAtText(text, "\"books\",\n", 1), int(ScriptStyle::String));
    QCOMPARE(styleAtText(text, "def upgrade"), int(ScriptStyle::Keyword));
    QCOMPARE(styleAtText(text, "upgrade():"), int(ScriptStyle::FunctionName));
    // The SQL keyword colour is not the string colour.
    QVERIFY(styleForeground(text, int(ScriptStyle::SqlKeyword))
        != styleForeground(text, int(ScriptStyle::String)));
    // Folding: `def upgrade():` heads a block.
    const int upgradeLine
        = int(text->text().left(text->text().indexOf(u"def upgrade")).count(u'\n'));
    const auto level = text->SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, upgradeLine);
    QVERIFY(level & QsciScintilla::SC_FOLDLEVELHEADERFLAG);
}

void TestScriptEditor::editsRestyleIncrementally()
{
    ScriptEditor editor;
    QVERIFY(editor.openFile(exampleScript(batchScript)).ok());
    QsciScintilla *text = editor.textArea();
    styleAll(text);
    // A new SQL call typed in the middle of upgrade().
    editor.goToLine(48);
    text->insert(
        QStringLiteral("    op.execute(\n        \"DELETE FROM books WHERE id < 0\"\n    )\n"));
    styleAll(text);
    QCOMPARE(styleAtText(text, "DELETE FROM"), int(ScriptStyle::SqlKeyword));
    QCOMPARE(styleAtText(text, "books WHERE id < 0"), int(ScriptStyle::SqlIdentifier));
    QCOMPARE(styleAtText(text, "with op.batch"), int(ScriptStyle::Keyword));

    // Opening a triple-quoted string swallows what follows; closing it restores it.
    editor.goToLine(48);
    text->insert(QStringLiteral("    x = \"\"\"\n"));
    styleAll(text);
    QCOMPARE(styleAtText(text, "with op.batch"), int(ScriptStyle::TripleString));
    text->undo();
    styleAll(text);
    QCOMPARE(styleAtText(text, "with op.batch"), int(ScriptStyle::Keyword));
    QCOMPARE(styleAtText(text, "DELETE FROM"), int(ScriptStyle::SqlKeyword));

    // A new block's first line makes its header foldable.
    const int lines = text->lines();
    text->append(QStringLiteral("\ndef extra():\n"));
    styleAll(text);
    QVERIFY(!(text->SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, lines)
        & QsciScintilla::SC_FOLDLEVELHEADERFLAG));
    text->append(QStringLiteral("    pass\n"));
    styleAll(text);
    QVERIFY(text->SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, lines)
        & QsciScintilla::SC_FOLDLEVELHEADERFLAG);
}

void TestScriptEditor::openEditSaveRoundTrip()
{
    const QString path = copyExample(batchScript);
    ScriptEditor editor;
    QVERIFY(editor.openFile(path).ok());
    QSignalSpy modified(&editor, &ScriptEditor::modificationChanged);
    QSignalSpy saved(&editor, &ScriptEditor::saved);
    QCOMPARE(editor.filePath(), QFileInfo(path).canonicalFilePath());
    QCOMPARE(editor.text().toUtf8(), readFile(path));
    QVERIFY(!editor.isModified());

    editor.goToLine(46);
    editor.textArea()->insert(QStringLiteral("    # reviewed: keep the backfill\n"));
    QVERIFY(editor.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);

    QVERIFY(editor.save().ok());
    QVERIFY(!editor.isModified());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.last().at(0).toString(), editor.filePath());
    const QByteArray onDisk = readFile(path);
    QCOMPARE(onDisk, editor.text().toUtf8());
    QVERIFY(onDisk.contains("    # reviewed: keep the backfill\n    op.execute(\"UPDATE books"));

    // Undo after saving makes it modified again, and the original bytes come back.
    editor.textArea()->undo();
    QVERIFY(editor.isModified());
    QCOMPARE(editor.text().toUtf8(), readFile(exampleScript(batchScript)));
}

void TestScriptEditor::crlfLineEndingsSurviveSaving()
{
    const QString path = m_dir->filePath(QStringLiteral("crlf.py"));
    QVERIFY(writeFile(path, "def upgrade():\r\n    pass\r\n"));
    ScriptEditor editor;
    QVERIFY(editor.openFile(path).ok());
    editor.goToLine(2, 9);
    editor.textArea()->SendScintilla(QsciScintilla::SCI_NEWLINE);
    editor.textArea()->insert(QStringLiteral("x = 1"));
    QVERIFY(editor.save().ok());
    QCOMPARE(readFile(path), QByteArray("def upgrade():\r\n    pass\r\n    x = 1\r\n"));
}

void TestScriptEditor::enterIndentsAfterAColon()
{
    const QString path = m_dir->filePath(QStringLiteral("indent.py"));
    QVERIFY(writeFile(path, "def downgrade():"));
    ScriptEditor editor;
    QVERIFY(editor.openFile(path).ok());
    styleAll(editor.textArea()); // as painting does: the colon must be styled as an operator
    editor.goToLine(1, 17);
    editor.textArea()->SendScintilla(QsciScintilla::SCI_NEWLINE);
    editor.textArea()->insert(QStringLiteral("pass"));
    QCOMPARE(editor.text(), QStringLiteral("def downgrade():\n    pass"));
}

void TestScriptEditor::openRejectsMissingAndNonUtf8Files()
{
    ScriptEditor editor;
    const Result<void> missing = editor.openFile(m_dir->filePath(QStringLiteral("nope.py")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("nope.py")));
    const QString latin1 = m_dir->filePath(QStringLiteral("latin1.py"));
    QVERIFY(writeFile(latin1, "x = 'caf\xe9'\n"));
    const Result<void> binary = editor.openFile(latin1);
    QVERIFY(!binary.ok());
    QVERIFY(binary.error().message.contains(QStringLiteral("UTF-8")));
    QVERIFY(editor.filePath().isEmpty());
}

void TestScriptEditor::goToLine()
{
    ScriptEditor editor;
    editor.resize(800, 300);
    QVERIFY(editor.openFile(exampleScript(batchScript)).ok());
    editor.show(); // the cursor signal comes with the UI update
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy moved(&editor, &ScriptEditor::cursorPositionChanged);
    editor.goToLine(47, 5);
    QCOMPARE(editor.currentLine(), 47);
    QTRY_VERIFY(!moved.isEmpty());
    QCOMPARE(moved.last().at(0).toInt(), 47);
    QCOMPARE(moved.last().at(1).toInt(), 5);
    QVERIFY(editor.textArea()->firstVisibleLine() > 0);
    editor.goToLine(100000);
    QCOMPARE(editor.currentLine(), editor.textArea()->lines());
    editor.goToLine(-3);
    QCOMPARE(editor.currentLine(), 1);
}

void TestScriptEditor::findAndReplace()
{
    const QString path = copyExample(batchScript);
    ScriptEditor editor;
    QVERIFY(editor.openFile(path).ok());
    const int occurrences = int(editor.text().count(QStringLiteral("batch_op.")));
    QCOMPARE(occurrences, 6);
    FindBar *bar = editor.findBar();
    editor.showFind();
    bar->setFindText(QStringLiteral("batch_op."));
    QVERIFY(bar->findNext());
    QCOMPARE(editor.textArea()->selectedText(), QStringLiteral("batch_op."));
    const int first = editor.currentLine();
    QVERIFY(bar->findNext());
    QVERIFY(editor.currentLine() > first);
    QVERIFY(bar->findPrevious());
    QCOMPARE(editor.currentLine(), first);

    bar->setFindText(QStringLiteral("no such text"));
    QVERIFY(!bar->findNext());

    bar->setFindText(QStringLiteral("BATCH_OP."));
    bar->setOptions(true, false, false);
    QVERIFY(!bar->findNext()); // match case
    bar->setOptions(false, false, false);
    QVERIFY(bar->findNext());

    bar->setFindText(QStringLiteral("batch_op."));
    bar->setReplaceText(QStringLiteral("batch."));
    QCOMPARE(bar->replaceAll(), occurrences);
    QVERIFY(!editor.text().contains(QStringLiteral("batch_op.")));
    QCOMPARE(int(editor.text().count(QStringLiteral("batch."))), occurrences);
    // One undo step restores them all.
    editor.textArea()->undo();
    QCOMPARE(int(editor.text().count(QStringLiteral("batch_op."))), occurrences);
}

void TestScriptEditor::zoomScalesTextAndMargins()
{
    ScriptEditor editor;
    QVERIFY(editor.openFile(exampleScript(batchScript)).ok());
    QSignalSpy zoomed(&editor, &ScriptEditor::zoomChanged);
    const int lineHeight = int(editor.textArea()->SendScintilla(QsciScintilla::SCI_TEXTHEIGHT, 0L));
    const int marginWidth = editor.textArea()->marginWidth(1);
    editor.setZoom(4);
    QCOMPARE(editor.zoom(), 4);
    QCOMPARE(zoomed.count(), 1);
    QVERIFY(int(editor.textArea()->SendScintilla(QsciScintilla::SCI_TEXTHEIGHT, 0L)) > lineHeight);
    QVERIFY(editor.textArea()->marginWidth(1) > marginWidth);
    editor.setZoom(0);
    QCOMPARE(editor.textArea()->marginWidth(1), marginWidth);
}

void TestScriptEditor::diagnosticsMarkTheirLines()
{
    ScriptEditor editor;
    QVERIFY(editor.openFile(exampleScript(batchScript)).ok());
    QsciScintilla *text = editor.textArea();
    editor.setDiagnostics({
        {47, 5, DiagnosticSeverity::Warning, QStringLiteral("UPDATE without WHERE? No: fine")},
        {51, 0, DiagnosticSeverity::Error, QStringLiteral("NOT NULL without server_default")},
        {51, 9, DiagnosticSeverity::Info, QStringLiteral("batch mode copies the table")},
    });
    const auto has = [&](int line, DiagnosticSeverity severity) {
        return (text->markersAtLine(line - 1) & (1u << DiagnosticLayer::marker(severity))) != 0;
    };
    QVERIFY(has(47, DiagnosticSeverity::Warning));
    QVERIFY(has(51, DiagnosticSeverity::Error));
    QVERIFY(!has(51, DiagnosticSeverity::Info)); // one marker per line: the worst
    for (int line = 1; line <= text->lines(); ++line) {
        if (line != 47 && line != 51)
            QCOMPARE(text->markersAtLine(line - 1) & unsigned(DiagnosticLayer::markerMask()), 0u);
    }
    const auto indicatorAt = [&](int line, int column, DiagnosticSeverity severity) {
        const long position = text->positionFromLineIndex(line - 1, column - 1);
        return text->SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT,
                   static_cast<unsigned long>(DiagnosticLayer::indicator(severity)), position)
            != 0;
    };
    // Line 47 is `    op.execute("UPDATE …")`: the squiggle covers `op` at column 5.
    QVERIFY(indicatorAt(47, 5, DiagnosticSeverity::Warning));
    QVERIFY(indicatorAt(47, 6, DiagnosticSeverity::Warning));
    QVERIFY(!indicatorAt(47, 7, DiagnosticSeverity::Warning));
    QVERIFY(!indicatorAt(47, 4, DiagnosticSeverity::Warning));
    // Column 0: the whole line's code, not its indentation.
    QVERIFY(!indicatorAt(51, 1, DiagnosticSeverity::Error));
    QVERIFY(indicatorAt(51, 9, DiagnosticSeverity::Error));
    QVERIFY(indicatorAt(51, 40, DiagnosticSeverity::Error));

    QCOMPARE(editor.diagnosticToolTip(51),
        QStringLiteral(
            "Error: NOT NULL without server_default\nInfo: batch mode copies the table"));
    QVERIFY(editor.diagnosticToolTip(47).contains(QStringLiteral("Warning: UPDATE")));
    QVERIFY(editor.diagnosticToolTip(48).isEmpty());

    // Hovering the squiggle, or the marker in the margin, shows the line's messages.
    editor.resize(900, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.goToLine(51);
    const long squiggle = text->positionFromLineIndex(50, 12);
    const QPoint onSquiggle(
        int(text->SendScintilla(QsciScintilla::SCI_POINTXFROMPOSITION, 0UL, squiggle)),
        int(text->SendScintilla(QsciScintilla::SCI_POINTYFROMPOSITION, 0UL, squiggle)) + 3);
    QHelpEvent hover(QEvent::ToolTip, onSquiggle, text->viewport()->mapToGlobal(onSquiggle));
    QApplication::sendEvent(text->viewport(), &hover);
    QTRY_COMPARE(QToolTip::text(), editor.diagnosticToolTip(51));
    QToolTip::hideText();
    const QPoint onMarker(4, onSquiggle.y());
    QHelpEvent hoverMargin(QEvent::ToolTip, onMarker, text->viewport()->mapToGlobal(onMarker));
    QApplication::sendEvent(text->viewport(), &hoverMargin);
    QTRY_COMPARE(QToolTip::text(), editor.diagnosticToolTip(51));
    QToolTip::hideText();

    // A finding past the end (the file got shorter) is not drawn anywhere.
    editor.setDiagnostics({{text->lines() + 5, 0, DiagnosticSeverity::Error, QStringLiteral("x")}});
    for (int line = 1; line <= text->lines(); ++line)
        QCOMPARE(text->markersAtLine(line - 1) & unsigned(DiagnosticLayer::markerMask()), 0u);

    editor.setDiagnostics({});
    QVERIFY(!has(47, DiagnosticSeverity::Warning));
    QVERIFY(!indicatorAt(51, 9, DiagnosticSeverity::Error));
}

void TestScriptEditor::externalChangeReloadsAnUnmodifiedEditor()
{
    const QString path = copyExample(batchScript);
    ScriptEditor editor;
    QVERIFY(editor.openFile(path).ok());
    QSignalSpy reloaded(&editor, &ScriptEditor::reloaded);
    editor.goToLine(20);
    QByteArray changed = readFile(path);
    changed.replace("(untitled)", "(no title)");
    QVERIFY(writeFile(path, changed));
    QTRY_COMPARE(editor.text().toUtf8(), changed);
    QVERIFY(!editor.isModified());
    QVERIFY(!editor.isReloadOffered());
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(editor.currentLine(), 20);

    // A second change is seen too: the watch survives the reload.
    changed.append("# appended\n");
    QVERIFY(writeFile(path, changed));
    QTRY_COMPARE(editor.text().toUtf8(), changed);
}

void TestScriptEditor::externalChangeOffersReloadOverUnsavedEdits()
{
    const QString path = copyExample(batchScript);
    ScriptEditor editor;
    QVERIFY(editor.openFile(path).ok());
    editor.textArea()->insert(QStringLiteral("# mine\n"));
    const QString mine = editor.text();
    QByteArray theirs = readFile(path);
    theirs.append("# theirs\n");
    QVERIFY(writeFile(path, theirs));
    QTRY_VERIFY(editor.isReloadOffered());
    QVERIFY(editor.infoMessage().contains(QStringLiteral("changed on disk")));
    QCOMPARE(editor.text(), mine); // nothing lost without asking
    QVERIFY(editor.isModified());

    QVERIFY(editor.reloadFromDisk().ok());
    QCOMPARE(editor.text().toUtf8(), theirs);
    QVERIFY(!editor.isModified());
    QVERIFY(!editor.isReloadOffered());
    QVERIFY(editor.infoMessage().isEmpty());

    // Keeping my changes instead: the offer goes away and saving overwrites theirs.
    editor.textArea()->insert(QStringLiteral("# mine again\n"));
    theirs.append("# theirs again\n");
    QVERIFY(writeFile(path, theirs));
    QTRY_VERIFY(editor.isReloadOffered());
    editor.keepLocalChanges();
    QVERIFY(!editor.isReloadOffered());
    QVERIFY(editor.save().ok());
    QCOMPARE(readFile(path), editor.text().toUtf8());
    QVERIFY(readFile(path).startsWith("# mine again\n"));
}

void TestScriptEditor::ownSaveIsNotAnExternalChange()
{
    const QString path = copyExample(batchScript);
    ScriptEditor editor;
    QVERIFY(editor.openFile(path).ok());
    QSignalSpy reloaded(&editor, &ScriptEditor::reloaded);
    editor.textArea()->insert(QStringLiteral("# saved by me\n"));
    QVERIFY(editor.save().ok());
    editor.textArea()->insert(QStringLiteral("# not saved yet\n"));
    QTest::qWait(500); // let any file-system notification arrive
    QVERIFY(!editor.isReloadOffered());
    QCOMPARE(reloaded.count(), 0);
    QVERIFY(editor.text().startsWith(QStringLiteral("# not saved yet\n# saved by me\n")));
    // And the watch is still there after the atomic save.
    QByteArray theirs = readFile(path);
    theirs.append("# theirs\n");
    QVERIFY(writeFile(path, theirs));
    QTRY_VERIFY(editor.isReloadOffered());
}

void TestScriptEditor::followsThePalette()
{
    ScriptEditor editor;
    QVERIFY(editor.openFile(exampleScript(batchScript)).ok());
    QsciScintilla *text = editor.textArea();
    const QColor lightPaper = styleBackground(text, int(ScriptStyle::Default));
    const QColor lightKeyword = styleForeground(text, int(ScriptStyle::Keyword));
    QVERIFY(lightPaper.lightness() > 128);

    editor.setPalette(darkPalette());
    const QColor darkPaper = styleBackground(text, int(ScriptStyle::Default));
    QVERIFY(darkPaper.lightness() < 64);
    QCOMPARE(darkPaper, darkPalette().color(QPalette::Base));
    QVERIFY(styleForeground(text, int(ScriptStyle::Keyword)) != lightKeyword);
    QCOMPARE(styleForeground(text, int(ScriptStyle::Keyword)),
        EditorTheme::color(ScriptStyle::Keyword, darkPalette()));
    // SQL keeps readable contrast on its tinted background.
    const QColor sqlPaper = styleBackground(text, int(ScriptStyle::SqlKeyword));
    const QColor sqlInk = styleForeground(text, int(ScriptStyle::SqlKeyword));
    QVERIFY(qAbs(sqlInk.lightness() - sqlPaper.lightness()) > 100);

    editor.setPalette(QPalette());
    QCOMPARE(styleBackground(text, int(ScriptStyle::Default)), lightPaper);
}

void TestScriptEditor::screenshots()
{
    // RETORT_SCREENSHOT_DIR=… keeps PNGs of the editor in both palettes, to look at.
    const QString directory = qEnvironmentVariable("RETORT_SCREENSHOT_DIR", m_dir->path());
    const QDir versions(QStringLiteral(RETORT_EXAMPLES_DIR "/bookshelf/migrations/versions"));
    for (const QString &name : versions.entryList({QStringLiteral("*.py")})) {
        for (const bool dark : {false, true}) {
            ScriptEditor editor;
            if (dark)
                editor.setPalette(darkPalette());
            editor.resize(980, 760);
            QVERIFY(editor.openFile(versions.filePath(name)).ok());
            editor.setDiagnostics({{47, 5, DiagnosticSeverity::Warning, QStringLiteral("demo")}});
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            const QImage image = editor.grab().toImage();
            QVERIFY(!image.isNull());
            // The text area's background is the palette's base, not a default white.
            const QColor corner = image.pixelColor(image.width() - 30, image.height() / 2);
            QCOMPARE(corner.lightness() < 128, dark);
            const QString file = QDir(directory).filePath(QFileInfo(name).completeBaseName()
                + (dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png")));
            QVERIFY(image.save(file));
        }
    }
}

QTEST_MAIN(TestScriptEditor)
#include "tst_scripteditor.moc"
