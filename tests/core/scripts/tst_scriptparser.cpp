// SPDX-License-Identifier: MIT
#include "scripts/ScriptParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace retort;

namespace {

const QString kParserDir = QStringLiteral(RETORT_TEST_DATA_DIR "/scripts/parser/");
const QString kBrokenDir = QStringLiteral(RETORT_TEST_DATA_DIR "/scripts/broken/");

RevisionScript parseFile(const QString &path, DocstringRule rule = DocstringRule::Verbatim)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(path));
    }
    return ScriptParser::parse(path, file.readAll(), rule);
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        out.append(item.toString());
    }
    return out;
}

} // namespace

class tst_ScriptParser : public QObject {
    Q_OBJECT

private slots:
    void matchesPython_data();
    void matchesPython();
    void lines_data();
    void lines();
    void broken_data();
    void broken();
    void inlineSources_data();
    void inlineSources();
    void moduleId();
    void docstringRules_data();
    void docstringRules();
    void mutatedScriptsNeverCrash();
};

// parser_golden.json is what Python and Alembic make of each fixture (generate_golden.py).
void tst_ScriptParser::matchesPython_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<DocstringRule>("rule");
    QFile file(QStringLiteral(RETORT_TEST_DATA_DIR "/scripts/parser_golden.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    // The golden file says which Python wrote it; its docstring rule applies.
    const DocstringRule rule
        = PythonDocstring::ruleFor(root.value(QLatin1String("python")).toString());
    const QJsonObject golden = root.value(QLatin1String("scripts")).toObject();
    QVERIFY(golden.size() >= 15);
    for (auto it = golden.begin(); it != golden.end(); ++it) {
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject() << rule;
    }
}

void tst_ScriptParser::matchesPython()
{
    QFETCH(QString, fileName);
    QFETCH(QJsonObject, expected);
    QFETCH(DocstringRule, rule);
    const RevisionScript script = parseFile(kParserDir + fileName, rule);
    QVERIFY2(!script.error, qPrintable(script.error ? script.error->message : QString()));
    QCOMPARE(script.fileName, fileName);
    QCOMPARE(script.revision, expected.value(QLatin1String("revision")).toString());
    const QJsonValue down = expected.value(QLatin1String("down_revision"));
    const QStringList downs = down.isNull() ? QStringList {}
        : down.isString()                   ? QStringList {down.toString()}
                                            : strings(down);
    QCOMPARE(script.downRevisions, downs);
    QCOMPARE(script.downRevisionIsTuple,
        expected.value(QLatin1String("down_revision_is_sequence")).toBool());
    QCOMPARE(script.branchLabels, strings(expected.value(QLatin1String("branch_labels"))));
    QCOMPARE(script.dependsOn, strings(expected.value(QLatin1String("depends_on"))));
    QCOMPARE(script.docstring, expected.value(QLatin1String("longdoc")).toString());
    QCOMPARE(script.message(), expected.value(QLatin1String("doc")).toString());
}

void tst_ScriptParser::lines_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("revisionLine");
    QTest::addColumn<int>("downRevisionLine");
    QTest::addColumn<int>("upgradeLine");
    QTest::addColumn<int>("downgradeLine");
    QTest::addColumn<QString>("createDate");

    QTest::newRow("classic") << "classic.py" << 15 << 16 << 21 << 31
                             << "2011-11-08 11:40:27.089406";
    QTest::newRow("typed") << "typed.py" << 15 << 16 << 21 << 27 << "2024-01-02 03:04:05.678901";
    QTest::newRow("continuation") << "quoting.py" << 2 << 4 << 0 << 0 << "";
    QTest::newRow("later wins") << "later_wins.py" << 9 << 11 << 0 << 0 << "";
    QTest::newRow("class and local ignored") << "blocks.py" << 9 << 10 << 25 << 0 << "";
    QTest::newRow("crlf") << "crlf.py" << 6 << 7 << 0 << 0 << "2021-01-01 00:00:00";
    QTest::newRow("docstring in parentheses")
        << "docstring_parens.py" << 6 << 7 << 0 << 0 << "2020-05-06 07:08:09";
    QTest::newRow("legacy name") << "abc123.py" << 0 << 2 << 0 << 0 << "";
}

void tst_ScriptParser::lines()
{
    QFETCH(QString, fileName);
    QFETCH(int, revisionLine);
    QFETCH(int, downRevisionLine);
    QFETCH(int, upgradeLine);
    QFETCH(int, downgradeLine);
    QFETCH(QString, createDate);
    const RevisionScript script = parseFile(kParserDir + fileName);
    QVERIFY(!script.error);
    QCOMPARE(script.revisionLine, revisionLine);
    QCOMPARE(script.downRevisionLine, downRevisionLine);
    QCOMPARE(script.upgradeLine, upgradeLine);
    QCOMPARE(script.downgradeLine, downgradeLine);
    QCOMPARE(script.createDate, createDate);
}

void tst_ScriptParser::broken_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    const auto parse = Error::Kind::Parse;
    QTest::newRow("no revision")
        << "no_revision.py" << parse
        << "Could not determine revision id from filename no_revision.py. Be sure the "
           "'revision' variable is declared inside the script (please see 'Upgrading from "
           "Alembic 0.1 to 0.2' in the documentation)."
        << 0;
    QTest::newRow("computed") << "computed.py" << parse << "'revision' is not assigned a literal"
                              << 4;
    QTest::newRow("unterminated") << "unterminated.py" << parse
                                  << "unterminated string literal (detected at line 3)" << 3;
    QTest::newRow("unterminated docstring")
        << "unterminated_doc.py" << parse
        << "unterminated triple-quoted string literal (detected at line 6)" << 4;
    QTest::newRow("invalid utf-8") << "invalid_utf8.py" << parse << "byte 0xff" << 3;
    QTest::newRow("unclosed") << "unclosed.py" << parse << "'(' was never closed" << 3;
    QTest::newRow("no down_revision")
        << "no_down_revision.py" << parse
        << "module 'no_down_revision_py' has no attribute 'down_revision'" << 0;
    QTest::newRow("f-string field")
        << "fstring.py" << parse << "'revision' is not assigned a literal" << 3;
    QTest::newRow("in block") << "in_block.py" << parse
                              << "'down_revision' is assigned inside a block" << 6;
    QTest::newRow("unpacking") << "unpacking.py" << parse << "'revision' is assigned by unpacking"
                               << 2;
    QTest::newRow("indentation") << "bad_indent.py" << parse
                                 << "unindent does not match any outer indentation level" << 8;
    QTest::newRow("encoding") << "bad_encoding.py" << Error::Kind::Unsupported << "'cp1252'" << 1;
    QTest::newRow("revision None")
        << "revision_none.py" << parse << "'revision' must be a string" << 2;
    QTest::newRow("bytes") << "bytes_revision.py" << parse
                           << "'down_revision' must be None, a string" << 3;
}

void tst_ScriptParser::broken()
{
    QFETCH(QString, fileName);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, message);
    QFETCH(int, line);
    const RevisionScript script = parseFile(kBrokenDir + fileName);
    QVERIFY(script.error.has_value());
    QCOMPARE(script.error->kind, kind);
    QVERIFY2(script.error->message.contains(message), qPrintable(script.error->message));
    QCOMPARE(script.error->file, kBrokenDir + fileName);
    QCOMPARE(script.error->line, line);
    QCOMPARE(script.path, kBrokenDir + fileName);
}

void tst_ScriptParser::inlineSources_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QStringList>("downRevisions");
    QTest::addColumn<QString>("error"); // a part of the message, or empty

    QTest::newRow("conditional expression")
        << QByteArray("revision = 'a' if x else 'b'\ndown_revision = None\n") << ""
        << QStringList {} << "not assigned a literal";
    QTest::newRow("annotation without value keeps the earlier value")
        << QByteArray("revision = 'a'\nrevision: str\ndown_revision = None\n") << "a"
        << QStringList {} << "";
    QTest::newRow("attribute target is not the variable")
        << QByteArray("revision = 'a'\nx.revision = compute()\ndown_revision = 'b'\n") << "a"
        << QStringList {QStringLiteral("b")} << "";
    QTest::newRow("augmented") << QByteArray(
        "revision = 'a'\nrevision += 'b'\ndown_revision = None\n")
                               << "a" << QStringList {} << "augmented assignment";
    QTest::newRow("one-element list") << QByteArray("revision = 'a'\ndown_revision = ['b']\n")
                                      << "a" << QStringList {QStringLiteral("b")} << "";
    QTest::newRow("bare tuple") << QByteArray("revision = 'a'\ndown_revision = 'b', 'c',\n") << "a"
                                << QStringList {QStringLiteral("b"), QStringLiteral("c")} << "";
    QTest::newRow("walrus in call is not an assignment")
        << QByteArray("revision = 'a'\nprint(revision := 'z')\ndown_revision = None\n") << "a"
        << QStringList {} << "";
    QTest::newRow("keyword argument is not an assignment")
        << QByteArray("revision = 'a'\nf(revision='z')\ndown_revision = None\n") << "a"
        << QStringList {} << "";
    QTest::newRow("set is not read") << QByteArray("revision = 'a'\ndown_revision = {'b'}\n") << "a"
                                     << QStringList {} << "not assigned a literal";
    QTest::newRow("if on one line") << QByteArray("revision = 'a'\nif x: down_revision = 'b'\n")
                                    << "a" << QStringList {} << "inside a block";
    QTest::newRow("subscript target binds nothing")
        << QByteArray("revision = 'a'\nd[revision] = 1\ndown_revision = None\n") << "a"
        << QStringList {} << "";
    QTest::newRow("bracketed unpacking")
        << QByteArray("revision = 'a'\n(x, down_revision) = 1, None\n") << "a" << QStringList {}
        << "assigned by unpacking";
    QTest::newRow("chained with unpacking")
        << QByteArray("revision = a, down_revision = 'b', None\n") << "" << QStringList {}
        << "'revision' must be a string";
    QTest::newRow("function bodies are local")
        << QByteArray("revision = 'a'\ndown_revision = None\ndef f(): revision = g()\n") << "a"
        << QStringList {} << "";
}

void tst_ScriptParser::inlineSources()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, revision);
    QFETCH(QStringList, downRevisions);
    QFETCH(QString, error);
    const RevisionScript script = ScriptParser::parse(QStringLiteral("/x/inline.py"), source);
    QCOMPARE(script.revision, revision);
    QCOMPARE(script.downRevisions, downRevisions);
    QCOMPARE(script.error.has_value(), !error.isEmpty());
    if (script.error) {
        QVERIFY2(script.error->message.contains(error), qPrintable(script.error->message));
    }
}

void tst_ScriptParser::moduleId()
{
    QCOMPARE(ScriptParser::moduleId(QStringLiteral("3f2a_add-users.py")),
        QStringLiteral("3f2a_add_users_py"));
    QCOMPARE(ScriptParser::moduleId(QString::fromUtf8("caf\xC3\xA9 x.py")),
        QString::fromUtf8("caf\xC3\xA9_x_py"));
}

void tst_ScriptParser::docstringRules_data()
{
    QTest::addColumn<QString>("pythonVersion");
    QTest::addColumn<QString>("docstring");

    QTest::newRow("3.11 keeps indentation")
        << "3.11.2"
        << "Indented summary\n\n    Revision ID: ind1\n    Create Date: 2022-02-02 "
           "02:02:02\n\n\ttabbed line";
    // CPython 3.13 expands tabs and removes the smallest indentation (4) of the later lines.
    QTest::newRow("3.13 cleans")
        << "3.13.1"
        << "Indented summary\n\nRevision ID: ind1\nCreate Date: 2022-02-02 02:02:02\n\n"
           "    tabbed line";
}

void tst_ScriptParser::docstringRules()
{
    QFETCH(QString, pythonVersion);
    QFETCH(QString, docstring);
    const RevisionScript script = parseFile(
        kParserDir + QStringLiteral("indented_doc.py"), PythonDocstring::ruleFor(pythonVersion));
    QCOMPARE(script.docstring, docstring);
    QCOMPARE(script.message(), QStringLiteral("Indented summary"));
    QCOMPARE(script.createDate, QStringLiteral("2022-02-02 02:02:02"));
}

// Damaged scripts (bytes that matter to the lexer inserted, replaced or removed at seeded random
// places) must give a result, with an error or with a revision, never a crash or a hang.
void tst_ScriptParser::mutatedScriptsNeverCrash()
{
    static const char interesting[] = {'\'', '"', '\\', '(', ')', '[', ']', '{', '}', '\n', '\r',
        '\t', ' ', '#', ':', '=', ',', ';', 'r', 'b', 'f', '\0', '\xff', '\xc3'};
    QRandomGenerator random(20261121);
    const QStringList files = QDir(kParserDir).entryList({QStringLiteral("*.py")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    int failures = 0;
    for (const QString &name : files) {
        QFile file(kParserDir + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        for (int round = 0; round < 150; ++round) {
            QByteArray damaged = original;
            for (int edits = 1 + random.bounded(3); edits > 0 && !damaged.isEmpty(); --edits) {
                const qsizetype at = random.bounded(damaged.size());
                const char byte = interesting[random.bounded(int(sizeof interesting))];
                switch (random.bounded(3)) {
                case 0:
                    damaged.insert(at, byte);
                    break;
                case 1:
                    damaged[at] = byte;
                    break;
                default:
                    damaged.remove(at, 1);
                    break;
                }
            }
            const RevisionScript script = ScriptParser::parse(kParserDir + name, damaged);
            if (script.error) {
                ++failures;
                QCOMPARE(script.error->file, kParserDir + name);
                QVERIFY(!script.error->message.isEmpty());
                QVERIFY(script.error->line >= 0);
            } else {
                QVERIFY(!script.revision.isEmpty());
            }
        }
    }
    QVERIFY(failures > 0); // the damage does reach the error paths
}

QTEST_GUILESS_MAIN(tst_ScriptParser)
#include "tst_scriptparser.moc"
