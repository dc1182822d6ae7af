// SPDX-License-Identifier: MIT
#include "EditorTestUtil.h"
#include "editor/CodeView.h"
#include "editor/EditorTheme.h"

#include <QApplication>
#include <QClipboard>
#include <QTemporaryDir>
#include <QTest>
#include <Qsci/qscilexer.h>

using namespace retort;
using namespace retort::test;

namespace {

const QString sql = QStringLiteral("-- Running upgrade 8d41e6b2a913 -> c07b5e9f21d8\n"
                                   "UPDATE books SET title = '(untitled)' WHERE title IS NULL;\n"
                                   "CREATE TABLE _alembic_tmp_books (id INTEGER NOT NULL);\n");

const QString diff = QStringLiteral("--- database\n"
                                    "+++ models\n"
                                    "@@ -1,3 +1,3 @@\n"
                                    " CREATE TABLE books (\n"
                                    "-    title VARCHAR(300),\n"
                                    "+    title VARCHAR(300) NOT NULL,\n"
                                    " )\n");

} // namespace

class TestCodeView : public QObject {
    Q_OBJECT

private slots:
    void backendIsTheOneCompiled();
    void sqlIsHighlighted();
    void diffIsHighlighted();
    void pythonUsesTheScriptLexer();
    void textIsReadOnly();
    void findCopyAndSave();
    void lineMarks();
    void followsThePalette();
    void screenshots();
};

void TestCodeView::backendIsTheOneCompiled()
{
#ifdef RETORT_HAVE_KSYNTAXHIGHLIGHTING
    QCOMPARE(CodeView::backend(), CodeView::Backend::KSyntaxHighlighting);
#else
    QCOMPARE(CodeView::backend(), CodeView::Backend::QScintillaLexers);
#endif
}

void TestCodeView::sqlIsHighlighted()
{
    CodeView view(CodeView::Language::Sql);
    view.setText(sql);
    QsciScintilla *text = view.textArea();
    styleAll(text);
    const int keyword = styleAtText(text, "UPDATE");
    const int identifier = styleAtText(text, "books SET");
    const int string = styleAtText(text, "'(untitled)'");
    const int comment = styleAtText(text, "-- Running", 3);
    QVERIFY(keyword != identifier);
    QVERIFY(string != identifier);
    QVERIFY(comment != keyword && comment != string);
    QCOMPARE(styleAtText(text, "CREATE"), keyword);
    // Highlighted means they look different from plain text: another colour, or bold / italic
    // (KDE's Breeze Light theme draws keywords bold in the text colour).
    const QColor plain = view.palette().color(QPalette::Text);
    const auto standsOut = [&](int style) {
        const QFont font = text->lexer()->font(style);
        return styleForeground(text, style) != plain || font.bold() || font.italic();
    };
    QVERIFY(standsOut(keyword));
    QVERIFY(styleForeground(text, string) != plain);
    QVERIFY(styleForeground(text, comment) != plain);
}

void TestCodeView::diffIsHighlighted()
{
    CodeView view(CodeView::Language::Diff);
    view.setText(diff);
    QsciScintilla *text = view.textArea();
    styleAll(text);
    const int removed = styleAtText(text, "-    title", 2);
    const int added = styleAtText(text, "+    title", 2);
    const int context = styleAtText(text, " CREATE", 2);
    QVERIFY(removed != added);
    QVERIFY(removed != context && added != context);
    QVERIFY(styleForeground(text, removed) != styleForeground(text, added)
        || styleBackground(text, removed) != styleBackground(text, added));
}

void TestCodeView::pythonUsesTheScriptLexer()
{
    CodeView view(CodeView::Language::Python);
    view.setText(QStringLiteral("def upgrade():\n    op.execute(\"SELECT 1\")\n"));
    styleAll(view.textArea());
    QCOMPARE(styleAtText(view.textArea(), "SELECT"), int(ScriptStyle::SqlKeyword));
    view.setLanguage(CodeView::Language::Plain);
    styleAll(view.textArea());
    QCOMPARE(styleAtText(view.textArea(), "def"), 0);
}

void TestCodeView::textIsReadOnly()
{
    CodeView view(CodeView::Language::Sql);
    view.setText(sql);
    QCOMPARE(view.text(), sql);
    view.textArea()->setFocus();
    QTest::keyClicks(view.textArea(), QStringLiteral("DROP TABLE books;"));
    QCOMPARE(view.text(), sql);
    QVERIFY(!view.textArea()->isUndoAvailable());
    view.setText(diff);
    QCOMPARE(view.text(), diff);
}

void TestCodeView::findCopyAndSave()
{
    CodeView view(CodeView::Language::Sql);
    view.setText(sql);
    QVERIFY(view.find(QStringLiteral("title")));
    QCOMPARE(view.textArea()->selectedText(), QStringLiteral("title"));
    int line = 0, index = 0;
    view.textArea()->getCursorPosition(&line, &index);
    QCOMPARE(line, 1);
    QVERIFY(view.find(QStringLiteral("TITLE"))); // case-insensitive by default
    QVERIFY(!view.find(QStringLiteral("TITLE"), true));
    QVERIFY(!view.find(QStringLiteral("no such thing")));

    view.find(QStringLiteral("books"));
    view.copy();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("books"));
    view.selectAll();
    view.copy();
    QCOMPARE(QApplication::clipboard()->text(), sql);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("upgrade.sql"));
    QVERIFY(view.saveTo(path).ok());
    QCOMPARE(readFile(path), sql.toUtf8());
    QVERIFY(!view.saveTo(dir.filePath(QStringLiteral("no/such/folder/x.sql"))).ok());
}

void TestCodeView::lineMarks()
{
    CodeView view(CodeView::Language::Sql);
    view.setText(sql);
    view.setLineMark(2, LineMark::Added);
    view.setLineMark(3, LineMark::Removed);
    QCOMPARE(view.lineMark(2), LineMark::Added);
    QCOMPARE(view.lineMark(3), LineMark::Removed);
    QVERIFY(!view.lineMark(1).has_value());
    view.setLineMark(2, LineMark::Changed); // replaces, never stacks
    QCOMPARE(view.lineMark(2), LineMark::Changed);
    view.clearLineMarks();
    QVERIFY(!view.lineMark(2).has_value());
    QVERIFY(!view.lineMark(3).has_value());
}

void TestCodeView::followsThePalette()
{
    CodeView view(CodeView::Language::Sql);
    view.setText(sql);
    styleAll(view.textArea());
    const int keyword = styleAtText(view.textArea(), "UPDATE");
    const QColor lightKeyword = styleForeground(view.textArea(), keyword);
    QVERIFY(styleBackground(view.textArea(), 0).lightness() > 128);
    view.setPalette(darkPalette());
    styleAll(view.textArea());
    const int darkKeywordStyle = styleAtText(view.textArea(), "UPDATE");
    QCOMPARE(styleBackground(view.textArea(), 0), darkPalette().color(QPalette::Base));
    QVERIFY(styleForeground(view.textArea(), darkKeywordStyle) != lightKeyword);
    // Readable: the keyword stands out from the dark paper.
    QVERIFY(styleForeground(view.textArea(), darkKeywordStyle).lightness() > 100);
}

void TestCodeView::screenshots()
{
    const QString directory = qEnvironmentVariable("RETORT_SCREENSHOT_DIR");
    QTemporaryDir fallback;
    for (const bool dark : {false, true}) {
        for (const auto language : {CodeView::Language::Sql, CodeView::Language::Diff}) {
            CodeView view(language);
            if (dark)
                view.setPalette(darkPalette());
            view.setText(language == CodeView::Language::Sql ? sql : diff);
            if (language == CodeView::Language::Diff)
                view.setLineMark(7, LineMark::Changed);
            view.resize(700, 220);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            const QImage image = view.grab().toImage();
            QCOMPARE(
                image.pixelColor(image.width() - 20, image.height() - 20).lightness() < 128, dark);
            const QString name = QStringLiteral("codeview-%1-%2.png")
                                     .arg(language == CodeView::Language::Sql ? u"sql" : u"diff")
                                     .arg(dark ? u"dark" : u"light");
            QVERIFY(
                image.save(QDir(directory.isEmpty() ? fallback.path() : directory).filePath(name)));
        }
    }
}

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
