// SPDX-License-Identifier: MIT
#include "editor/ScriptTokenizer.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <Qsci/qsciscintillabase.h>

using namespace retort;

Q_DECLARE_METATYPE(retort::ScriptStyle)

namespace {

ScriptStyle styleAt(const ScriptTokenizer::Result &tokens, int offset)
{
    for (const StyleSpan &span : tokens.spans) {
        if (offset >= span.start && offset < span.start + span.length)
            return span.style;
    }
    return ScriptStyle::Count;
}

} // namespace

class TestScriptTokenizer : public QObject {
    Q_OBJECT

private slots:
    void styles_data();
    void styles();
    void spansCoverEveryByteOfTheExamples();
    void foldLevelsFollowBlocksAndStrings();
    void benchmarkLargeScript();
};

void TestScriptTokenizer::styles_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("needle"); // styled at its first occurrence
    QTest::addColumn<ScriptStyle>("expected");

    QTest::newRow("op.execute keyword") << QByteArray("op.execute(\"SELECT 1\")")
                                        << QByteArray("SELECT") << ScriptStyle::SqlKeyword;
    QTest::newRow("op.execute number")
        << QByteArray("op.execute(\"SELECT 42\")") << QByteArray("42") << ScriptStyle::SqlNumber;
    QTest::newRow("quotes stay Python strings")
        << QByteArray("op.execute(\"SELECT 1\")") << QByteArray("\"") << ScriptStyle::String;
    QTest::newRow("sa.text inside op.execute")
        << QByteArray("op.execute(sa.text(\"UPDATE books SET x = :v\"))") << QByteArray("UPDATE")
        << ScriptStyle::SqlKeyword;
    QTest::newRow("bind parameter")
        << QByteArray("op.execute(sa.text(\"UPDATE books SET x = :v\"))") << QByteArray(":v")
        << ScriptStyle::SqlParameter;
    QTest::newRow("table name") << QByteArray("op.execute(sa.text(\"UPDATE books SET x = :v\"))")
                                << QByteArray("books") << ScriptStyle::SqlIdentifier;
    QTest::newRow("bare text(), lower case")
        << QByteArray("text('delete from t')") << QByteArray("delete") << ScriptStyle::SqlKeyword;
    QTest::newRow("triple-quoted, multi-line") << QByteArray(
        "op.execute(\n    \"\"\"\n    INSERT INTO t (a)\n    VALUES (1)\n    \"\"\"\n)")
                                               << QByteArray("VALUES") << ScriptStyle::SqlKeyword;
    QTest::newRow("raw prefix") << QByteArray("op.execute(r'DROP TABLE t')") << QByteArray("DROP")
                                << ScriptStyle::SqlKeyword;
    QTest::newRow("implicit concatenation")
        << QByteArray("op.execute(\"UPDATE t \"\n           \"SET a = 1\")") << QByteArray("SET")
        << ScriptStyle::SqlKeyword;
    QTest::newRow("SQL string literal") << QByteArray("op.execute(\"UPDATE t SET a = 'SELECT'\")")
                                        << QByteArray("'SELECT") << ScriptStyle::SqlString;
    QTest::newRow("SQL quoted identifier") << QByteArray("op.execute('SELECT \"order\" FROM t')")
                                           << QByteArray("\"order") << ScriptStyle::SqlIdentifier;
    QTest::newRow("SQL comment") << QByteArray("op.execute(\"SELECT 1 -- why\")")
                                 << QByteArray("-- why") << ScriptStyle::SqlComment;
    QTest::newRow("second argument is not SQL")
        << QByteArray("op.execute(\"SELECT 1\", \"SELECT 2\")") << QByteArray("\"SELECT 2")
        << ScriptStyle::String;
    QTest::newRow("other calls are not SQL")
        << QByteArray("print(\"SELECT 1\")") << QByteArray("SELECT") << ScriptStyle::String;
    QTest::newRow("assignment is not SQL")
        << QByteArray("sql = \"SELECT 1\"") << QByteArray("SELECT") << ScriptStyle::String;
    QTest::newRow("docstring") << QByteArray("\"\"\"SELECT docs\"\"\"") << QByteArray("SELECT")
                               << ScriptStyle::TripleString;
    QTest::newRow("comment") << QByteArray("# op.execute(\"SELECT 1\")") << QByteArray("SELECT")
                             << ScriptStyle::Comment;
    QTest::newRow("keyword") << QByteArray("def upgrade():\n    pass") << QByteArray("def")
                             << ScriptStyle::Keyword;
    QTest::newRow("function name") << QByteArray("def upgrade():\n    pass")
                                   << QByteArray("upgrade") << ScriptStyle::FunctionName;
    QTest::newRow("class name") << QByteArray("class Book(Base):") << QByteArray("Book")
                                << ScriptStyle::ClassName;
    QTest::newRow("builtin") << QByteArray("x = len(y)") << QByteArray("len")
                             << ScriptStyle::Builtin;
    QTest::newRow("identifier") << QByteArray("x = len(y)") << QByteArray("y")
                                << ScriptStyle::Default;
    QTest::newRow("number") << QByteArray("x = 1e-3") << QByteArray("-3") << ScriptStyle::Number;
    QTest::newRow("decorator") << QByteArray("@sa.event.listens_for\ndef f(): pass")
                               << QByteArray("event") << ScriptStyle::Decorator;
    QTest::newRow("an unterminated string ends at its line")
        << QByteArray("op.execute(\"SELECT\nx = None") << QByteArray("None")
        << ScriptStyle::Keyword;
    QTest::newRow("escaped quote inside")
        << QByteArray("x = 'it\\'s'; y = None") << QByteArray("None") << ScriptStyle::Keyword;
    QTest::newRow("non-ASCII before SQL")
        << QByteArray("# caf\xc3\xa9\nop.execute(\"SELECT '\xc3\xa9'\")") << QByteArray("SELECT")
        << ScriptStyle::SqlKeyword;
}

void TestScriptTokenizer::styles()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, needle);
    QFETCH(ScriptStyle, expected);
    const auto tokens = ScriptTokenizer::tokenize(source);
    const auto offset = source.indexOf(needle);
    QVERIFY2(offset >= 0, needle.constData());
    QCOMPARE(styleAt(tokens, int(offset)), expected);
    QCOMPARE(styleAt(tokens, int(offset + needle.size() - 1)), expected);
}

void TestScriptTokenizer::spansCoverEveryByteOfTheExamples()
{
    const QDir versions(QStringLiteral(RETORT_EXAMPLES_DIR "/bookshelf/migrations/versions"));
    const QStringList files = versions.entryList({QStringLiteral("*.py")});
    QVERIFY(files.size() >= 5);
    int sqlSpans = 0;
    for (const QString &name : files) {
        QFile file(versions.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray source = file.readAll();
        const auto tokens = ScriptTokenizer::tokenize(source);
        int position = 0;
        for (const StyleSpan &span : tokens.spans) {
            QCOMPARE(span.start, position);
            QVERIFY(span.length > 0);
            position += span.length;
            sqlSpans += span.style == ScriptStyle::SqlKeyword ? 1 : 0;
        }
        QCOMPARE(position, int(source.size()));
    }
    // The examples run SQL through op.execute (e.g. the data fix-ups before batch mode).
    QVERIFY(sqlSpans > 0);
}

void TestScriptTokenizer::foldLevelsFollowBlocksAndStrings()
{
    const QByteArray source = "def upgrade():\n" // 0: header
                              "    \"\"\"Doc\n" // 1: header of the docstring
                              "    more\"\"\"\n" // 2: inside the string
                              "\n" // 3: blank
                              "    op.execute(1)\n" // 4
                              "x = 1\n"; // 5
    const auto levels = ScriptTokenizer::foldLevels(source, ScriptTokenizer::tokenize(source));
    QCOMPARE(levels.size(), size_t(7));
    const int base = QsciScintillaBase::SC_FOLDLEVELBASE;
    const int header = QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
    const int white = QsciScintillaBase::SC_FOLDLEVELWHITEFLAG;
    QCOMPARE(levels[0], base | header);
    QCOMPARE(levels[1], (base + 4) | header);
    QCOMPARE(levels[2], base + 5);
    QCOMPARE(levels[3], (base + 4) | white);
    QCOMPARE(levels[4], base + 4);
    QCOMPARE(levels[5], base);
}

void TestScriptTokenizer::benchmarkLargeScript()
{
    // The lexer re-tokenizes the whole script on each edit: it must stay cheap for big ones.
    const QDir versions(QStringLiteral(RETORT_EXAMPLES_DIR "/bookshelf/migrations/versions"));
    QByteArray source;
    while (source.count('\n') < 10000) {
        for (const QString &name : versions.entryList({QStringLiteral("*.py")})) {
            QFile file(versions.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            source += file.readAll();
        }
    }
    size_t spans = 0;
    QBENCHMARK
    {
        const auto tokens = ScriptTokenizer::tokenize(source);
        spans = ScriptTokenizer::foldLevels(source, tokens).size() + tokens.spans.size();
    }
    QVERIFY(spans > 10000);
}

QTEST_GUILESS_MAIN(TestScriptTokenizer)
#include "tst_scripttokenizer.moc"
