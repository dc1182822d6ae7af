// SPDX-License-Identifier: MIT
#include "MergeFixture.h"
#include "merge/MergeAnalysis.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace mergefixture;
using namespace Qt::StringLiterals;

class TestMergeAnalysis : public QObject {
    Q_OBJECT

private slots:
    void init();
    void twoBranches();
    void threeHeadsOverlapOnlyWhereShared();
    void branchesWithoutCommonBase();
    void unknownHeadIsAlembicsError();

private:
    void add(const QString &id, const QString &down, const QString &upgrade);
    RevisionMap map() const { return RevisionMap(m_scripts); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<RevisionScript> m_scripts;
};

void TestMergeAnalysis::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scripts.clear();
    //      c   e   f
    //      b   d  /
    //       \ /--
    //        a
    add(u"a"_s, {}, u"op.create_table('books', sa.Column('id', sa.Integer()))"_s);
    add(u"b"_s, u"a"_s, u"op.add_column('books', sa.Column('isbn', sa.String()))"_s);
    add(u"c"_s, u"b"_s, u"op.create_table('authors', sa.Column('id', sa.Integer()))"_s);
    add(u"d"_s, u"a"_s,
        u"with op.batch_alter_table('books') as batch_op:\n"
        "    batch_op.alter_column('isbn', nullable=False)\n"
        "op.create_table('tags', sa.Column('name', sa.String()))"_s);
    add(u"e"_s, u"d"_s, u"op.execute('UPDATE books SET isbn = NULL')"_s);
    add(u"f"_s, u"a"_s, u"op.create_index('ix_authors_name', 'authors', ['name'])"_s);
}

void TestMergeAnalysis::add(const QString &id, const QString &down, const QString &upgrade)
{
    const RevisionScript script = readRevision(writeRevision(m_dir->path(), id, down, upgrade));
    QVERIFY2(!script.error, qPrintable(script.error ? script.error->message : QString()));
    m_scripts << script;
}

void TestMergeAnalysis::twoBranches()
{
    const RevisionMap revisions = map();
    const auto analysis = MergeAnalysis::analyse(revisions, m_scripts, {u"c"_s, u"e"_s});
    QVERIFY(analysis);
    QCOMPARE(analysis->commonAncestors, QStringList {u"a"_s});
    QCOMPARE(analysis->branches.size(), 2);
    QCOMPARE(analysis->branches[0].revisions, QStringList({u"c"_s, u"b"_s}));
    QCOMPARE(analysis->branches[0].tables, QStringList({u"authors"_s, u"books"_s}));
    QCOMPARE(analysis->branches[1].revisions, QStringList({u"e"_s, u"d"_s}));
    // op.execute names no table; the batch's table counts for its calls.
    QCOMPARE(analysis->branches[1].tables, QStringList({u"books"_s, u"tags"_s}));
    QCOMPARE(analysis->overlaps.size(), 1);
    QCOMPARE(analysis->overlaps[0].table, u"books"_s);
    QCOMPARE(analysis->overlaps[0].columns, QStringList {u"isbn"_s});
    QCOMPARE(analysis->overlaps[0].heads, QStringList({u"c"_s, u"e"_s}));
    QVERIFY(analysis->isOverlapping(u"books"_s));
    QVERIFY(!analysis->isOverlapping(u"authors"_s));
}

void TestMergeAnalysis::threeHeadsOverlapOnlyWhereShared()
{
    const RevisionMap revisions = map();
    const auto analysis = MergeAnalysis::analyse(revisions, m_scripts, {u"c"_s, u"e"_s, u"f"_s});
    QVERIFY(analysis);
    QCOMPARE(analysis->commonAncestors, QStringList {u"a"_s});
    QCOMPARE(analysis->branches[2].revisions, QStringList {u"f"_s});
    QCOMPARE(analysis->overlaps.size(), 2);
    QCOMPARE(analysis->overlaps[0].table, u"authors"_s);
    QCOMPARE(analysis->overlaps[0].heads, QStringList({u"c"_s, u"f"_s}));
    QVERIFY(analysis->overlaps[0].columns.isEmpty());
    QCOMPARE(analysis->overlaps[1].table, u"books"_s);
}

void TestMergeAnalysis::branchesWithoutCommonBase()
{
    add(u"x"_s, {}, u"op.create_table('books', sa.Column('id', sa.Integer()))"_s);
    const RevisionMap revisions = map();
    const auto analysis = MergeAnalysis::analyse(revisions, m_scripts, {u"c"_s, u"x"_s});
    QVERIFY(analysis);
    QVERIFY(analysis->commonAncestors.isEmpty());
    QCOMPARE(analysis->branches[0].revisions, QStringList({u"c"_s, u"b"_s, u"a"_s}));
    QCOMPARE(analysis->branches[1].revisions, QStringList {u"x"_s});
    QCOMPARE(analysis->overlaps.size(), 1);
    QCOMPARE(analysis->overlaps[0].columns, QStringList {u"id"_s});
}

void TestMergeAnalysis::unknownHeadIsAlembicsError()
{
    const RevisionMap revisions = map();
    const auto analysis = MergeAnalysis::analyse(revisions, m_scripts, {u"c"_s, u"zz"_s});
    QVERIFY(!analysis);
    QCOMPARE(analysis.error().message, u"No such revision or branch 'zz'"_s);
}

QTEST_GUILESS_MAIN(TestMergeAnalysis)
#include "tst_mergeanalysis.moc"
