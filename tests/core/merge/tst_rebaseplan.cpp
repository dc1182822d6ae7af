// SPDX-License-Identifier: MIT
#include "MergeFixture.h"
#include "merge/DownRevisionEdit.h"
#include "merge/RebasePlan.h"
#include "merge/UnifiedDiff.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace mergefixture;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The 1-based numbers of the lines that differ between two texts of equal line count.
QList<int> changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> left = a.split('\n');
    const QList<QByteArray> right = b.split('\n');
    if (left.size() != right.size())
        return {-1};
    QList<int> changed;
    for (qsizetype i = 0; i < left.size(); ++i)
        if (left[i] != right[i])
            changed << int(i + 1);
    return changed;
}

} // namespace

class TestRebasePlan : public QObject {
    Q_OBJECT

private slots:
    void rewrite_data();
    void rewrite();
    void rewriteRefusesOtherLines();
    void planAndWrite_data();
    void planAndWrite();
    void appliedBranchIsRefused();
    void changedFileIsNotOverwritten();
    void unifiedDiffOfOneLine();

private:
    QList<RevisionScript> project(const QString &dir, Header header, const char *eol);
};

void TestRebasePlan::rewrite_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("classic") << QByteArray("down_revision = 'aaa'")
                             << QByteArray("down_revision = 'bbb'");
    QTest::newRow("typed") << QByteArray("down_revision: Union[str, None] = \"aaa\"")
                           << QByteArray("down_revision: Union[str, None] = \"bbb\"");
    QTest::newRow("tuple of one") << QByteArray("down_revision = ('aaa',)  # moved")
                                  << QByteArray("down_revision = ('bbb',)  # moved");
    QTest::newRow("crlf") << QByteArray("down_revision = 'aaa'\r")
                          << QByteArray("down_revision = 'bbb'\r");
}

void TestRebasePlan::rewrite()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, expected);
    const QByteArray text = "revision = 'ccc'\n" + line + "\nbranch_labels = None\n";
    const auto rewritten = DownRevisionEdit::rewrite(text, 2, u"aaa"_s, u"bbb"_s);
    QVERIFY2(rewritten, qPrintable(rewritten ? QString() : rewritten.error().message));
    QCOMPARE(*rewritten, "revision = 'ccc'\n" + expected + "\nbranch_labels = None\n");
}

void TestRebasePlan::rewriteRefusesOtherLines()
{
    const QByteArray text = "revision = 'aaa'\ndown_revision = 'aaa'\n";
    QVERIFY(!DownRevisionEdit::rewrite(text, 1, u"aaa"_s, u"bbb"_s)); // not down_revision
    QVERIFY(!DownRevisionEdit::rewrite(text, 2, u"aa"_s, u"bbb"_s)); // not the whole literal
    QVERIFY(!DownRevisionEdit::rewrite(text, 9, u"aaa"_s, u"bbb"_s)); // no such line
    QVERIFY(!DownRevisionEdit::rewrite("down_revision = ('aaa', 'aaa')\n", 1, u"aaa"_s, u"b"_s));
}

QList<RevisionScript> TestRebasePlan::project(const QString &dir, Header header, const char *eol)
{
    //  b2   c1      the branch b1-b2 moves onto c1
    //  b1   |
    //    \ /
    //     a
    QList<RevisionScript> scripts;
    const QList<std::pair<QString, QString>> graph {
        {u"a"_s, {}}, {u"b1"_s, u"a"_s}, {u"b2"_s, u"b1"_s}, {u"c1"_s, u"a"_s}};
    for (const auto &[id, down] : graph)
        scripts << readRevision(writeRevision(dir, id, down, u"pass"_s, header, eol));
    return scripts;
}

void TestRebasePlan::planAndWrite_data()
{
    QTest::addColumn<int>("header");
    QTest::addColumn<QByteArray>("eol");
    QTest::addColumn<QByteArray>("newLine");
    QTest::newRow("classic") << int(Header::Classic) << QByteArray("\n")
                             << QByteArray("down_revision = 'c1'");
    QTest::newRow("typed, CRLF") << int(Header::Typed) << QByteArray("\r\n")
                                 << QByteArray("down_revision: Union[str, None] = \"c1\"\r");
}

void TestRebasePlan::planAndWrite()
{
    QFETCH(int, header);
    QFETCH(QByteArray, eol);
    QFETCH(QByteArray, newLine);
    QTemporaryDir dir;
    const auto scripts = project(dir.path(), Header(header), eol.constData());
    const RevisionMap map(scripts);
    const auto plan = RebasePlan::make(map, scripts, u"b2"_s, u"c1"_s, {u"a"_s});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->firstRevision, u"b1"_s);
    QCOMPARE(plan->oldDownRevision, u"a"_s);
    QCOMPARE(plan->movedRevisions, QStringList({u"b2"_s, u"b1"_s}));
    QCOMPARE(plan->file, QDir(dir.path()).filePath(u"b1.py"_s));
    const QByteArray before = readAll(plan->file);
    QCOMPARE(plan->before, before);
    QVERIFY(plan->diff.contains(u"\n-down_revision"_s));
    QVERIFY(plan->diff.contains(u"\n+down_revision"_s));

    QVERIFY(plan->write());
    const QByteArray after = readAll(plan->file);
    QCOMPARE(changedLines(before, after), QList<int> {plan->line});
    QCOMPARE(after.split('\n').at(plan->line - 1), newLine);
    // Nothing else moved, and the graph now has one line of history.
    QCOMPARE(readAll(QDir(dir.path()).filePath(u"b2.py"_s)).size() > 0, true);
    QList<RevisionScript> reread = scripts;
    reread[1] = readRevision(plan->file);
    QCOMPARE(RevisionMap(reread).heads(), QStringList {u"b2"_s});
}

void TestRebasePlan::appliedBranchIsRefused()
{
    QTemporaryDir dir;
    const auto scripts = project(dir.path(), Header::Classic, "\n");
    const RevisionMap map(scripts);
    const auto plan = RebasePlan::make(map, scripts, u"b2"_s, u"c1"_s, {u"a"_s, u"b1"_s});
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(u"b1"_s), qPrintable(plan.error().message));
    // The other direction moves c1, which is not applied.
    QVERIFY(RebasePlan::make(map, scripts, u"c1"_s, u"b2"_s, {u"a"_s, u"b1"_s}));
    QVERIFY(!RebasePlan::make(map, scripts, u"b2"_s, u"b1"_s, {})); // same branch
}

void TestRebasePlan::changedFileIsNotOverwritten()
{
    QTemporaryDir dir;
    const auto scripts = project(dir.path(), Header::Classic, "\n");
    const RevisionMap map(scripts);
    const auto plan = RebasePlan::make(map, scripts, u"c1"_s, u"b2"_s, {});
    QVERIFY(plan);
    QFile file(plan->file);
    QVERIFY(file.open(QIODevice::Append));
    file.write("# edited meanwhile\n");
    file.close();
    const QByteArray edited = readAll(plan->file);
    QVERIFY(!plan->write());
    QCOMPARE(readAll(plan->file), edited);
}

void TestRebasePlan::unifiedDiffOfOneLine()
{
    const QByteArray before = "1\n2\n3\n4\n5\n6\n7\n8\n";
    const QByteArray after = "1\n2\n3\n4\nfive\n6\n7\n8\n";
    QCOMPARE(UnifiedDiff::make(before, after, u"f.py"_s),
        u"--- a/f.py\n+++ b/f.py\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"_s);
    QCOMPARE(UnifiedDiff::make(before, before, u"f.py"_s), QString());
}

QTEST_GUILESS_MAIN(TestRebasePlan)
#include "tst_rebaseplan.moc"
