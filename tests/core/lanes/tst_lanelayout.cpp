// SPDX-License-Identifier: MIT
#include "lanes/LaneLayout.h"

#include <QTest>

using retort::LaneInput;
using retort::LaneLayout;
using retort::LaneRow;
using namespace Qt::StringLiterals;

namespace {

// "id:parent,parent" → LaneInput; the graphs below are drawn newest first like `alembic history`.
QList<LaneInput> parseRows(const QStringList &specs)
{
    QList<LaneInput> rows;
    for (const QString &spec : specs) {
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        LaneInput input {spec.left(colon), {}};
        const QString parents = spec.mid(colon + 1);
        if (!parents.isEmpty())
            input.parents = parents.split(QLatin1Char(','));
        rows.append(input);
    }
    return rows;
}

QString lanes(const QList<int> &list)
{
    QStringList parts;
    for (int lane : list)
        parts.append(QString::number(lane));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1Char(','));
}

// One row as "n<node> u<upper> d<lower> p<passing> g<ghosts> w<width>".
QString describe(const LaneRow &row)
{
    return QStringLiteral("n%1 u%2 d%3 p%4 g%5 w%6")
        .arg(row.node)
        .arg(lanes(row.upper), lanes(row.lower), lanes(row.passing), lanes(row.ghosts))
        .arg(row.width);
}

} // namespace

class TestLaneLayout : public QObject {
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
    void mergeAndFork();
    void computesOnlyWhatIsAsked();
    void emptyInput();
};

void TestLaneLayout::layout_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<bool>("oldestFirst");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("linear") << QStringList {u"c:b"_s, u"b:a"_s, u"a:"_s} << false
                            << QStringList {u"n0 u- d0 p- g- w1"_s, u"n0 u0 d0 p- g- w1"_s,
                                   u"n0 u0 d- p- g- w1"_s};
    // c and b both grow from a: two lanes run side by side and fork at a.
    QTest::newRow("branch") << QStringList {u"c:a"_s, u"b:a"_s, u"a:"_s} << false
                            << QStringList {u"n0 u- d0 p- g- w1"_s, u"n1 u- d1 p0 g- w2"_s,
                                   u"n0 u0,1 d- p- g- w2"_s};
    QTest::newRow("merge") << QStringList {u"m:x,y"_s, u"x:b"_s, u"y:b"_s, u"b:"_s} << false
                           << QStringList {u"n0 u- d0,1 p- g- w2"_s, u"n0 u0 d0 p1 g- w2"_s,
                                  u"n1 u1 d1 p0 g- w2"_s, u"n0 u0,1 d- p- g- w2"_s};
    QTest::newRow("two heads, two bases")
        << QStringList {u"h1:a"_s, u"h2:b"_s, u"a:"_s, u"b:"_s} << false
        << QStringList {u"n0 u- d0 p- g- w1"_s, u"n1 u- d1 p0 g- w2"_s, u"n0 u0 d- p1 g- w2"_s,
               u"n1 u1 d- p- g- w2"_s};
    // Two merges of the same two parents: the lanes cross over before converging.
    QTest::newRow("criss-cross") << QStringList {u"m1:a,b"_s, u"m2:a,b"_s, u"a:base"_s, u"b:base"_s,
        u"base:"_s} << false
                                 << QStringList {u"n0 u- d0,1 p- g- w2"_s,
                                        u"n2 u- d2,3 p0,1 g- w4"_s, u"n0 u0,2 d0 p1,3 g- w4"_s,
                                        u"n1 u1,3 d1 p0 g- w4"_s, u"n0 u0,1 d- p- g- w2"_s};
    QTest::newRow("missing parent becomes a ghost") << QStringList {u"b:a,gone"_s,
        u"a:"_s} << false << QStringList {u"n0 u- d0 p- g1 w2"_s, u"n0 u0 d- p- g- w1"_s};
    QTest::newRow("only parent missing: ghost below the node") << QStringList {u"b:gone"_s,
        u"a:"_s} << false << QStringList {u"n0 u- d- p- g0 w1"_s, u"n0 u- d- p- g- w1"_s};
    QTest::newRow("parent listed above is a ghost") << QStringList {
        u"a:"_s, u"b:a"_s} << false << QStringList {u"n0 u- d- p- g- w1"_s, u"n0 u- d- p- g0 w1"_s};
    QTest::newRow("duplicate parent counts once") << QStringList {u"b:a,a"_s,
        u"a:"_s} << false << QStringList {u"n0 u- d0 p- g- w1"_s, u"n0 u0 d- p- g- w1"_s};
    QTest::newRow("oldest first, linear")
        << QStringList {u"a:"_s, u"b:a"_s, u"c:b"_s} << true
        << QStringList {u"n0 u- d0 p- g- w1"_s, u"n0 u0 d0 p- g- w1"_s, u"n0 u0 d- p- g- w1"_s};
    // Upside down, the branch point a links to both children and the merge m collects them.
    QTest::newRow("oldest first, branch and merge")
        << QStringList {u"a:"_s, u"x:a"_s, u"y:a"_s, u"m:x,y"_s} << true
        << QStringList {u"n0 u- d0,1 p- g- w2"_s, u"n0 u0 d0 p1 g- w2"_s, u"n1 u1 d1 p0 g- w2"_s,
               u"n0 u0,1 d- p- g- w2"_s};
    // A freed lane is reused by the next head instead of widening the graph.
    QTest::newRow("free lane is reused")
        << QStringList {u"h1:a"_s, u"h2:b"_s, u"a:"_s, u"h3:b"_s, u"b:"_s} << false
        << QStringList {u"n0 u- d0 p- g- w1"_s, u"n1 u- d1 p0 g- w2"_s, u"n0 u0 d- p1 g- w2"_s,
               u"n0 u- d0 p1 g- w2"_s, u"n0 u0,1 d- p- g- w2"_s};
}

void TestLaneLayout::layout()
{
    QFETCH(QStringList, rows);
    QFETCH(bool, oldestFirst);
    QFETCH(QStringList, expected);

    LaneLayout layout(parseRows(rows),
        oldestFirst ? LaneLayout::Order::OldestFirst : LaneLayout::Order::NewestFirst);
    QCOMPARE(layout.rowCount(), expected.size());
    QStringList actual;
    for (qsizetype i = 0; i < layout.rowCount(); ++i)
        actual.append(describe(layout.row(i)));
    QCOMPARE(actual, expected);
}

void TestLaneLayout::mergeAndFork()
{
    LaneLayout layout(parseRows({u"m:x,y"_s, u"x:b"_s, u"y:b"_s, u"b:"_s}));
    QVERIFY(layout.row(0).isMerge());
    QVERIFY(!layout.row(0).isFork());
    QVERIFY(!layout.row(1).isMerge());
    QVERIFY(layout.row(3).isFork());
    QCOMPARE(layout.maxWidth(), 2);
}

void TestLaneLayout::computesOnlyWhatIsAsked()
{
    // 10,000 revisions with a side branch every 10 rows; asking for row 20 computes 21 rows.
    QList<LaneInput> rows;
    const int count = 10000;
    for (int i = count - 1; i >= 0; --i) {
        LaneInput input {QStringLiteral("r%1").arg(i), {}};
        if (i > 0)
            input.parents.append(QStringLiteral("r%1").arg(i - 1));
        if (i % 10 == 5)
            input.parents.append(QStringLiteral("r%1").arg(i - 5));
        rows.append(input);
    }
    LaneLayout layout(rows);
    QCOMPARE(layout.computedCount(), 0);
    QCOMPARE(layout.row(20).node, 0);
    QCOMPARE(layout.computedCount(), 21);
    layout.computeUpTo(count + 50);
    QCOMPARE(layout.computedCount(), qsizetype(count));
    QCOMPARE(layout.maxWidth(), 2);
    QCOMPARE(layout.row(count - 1).lower, QList<int> {});
}

void TestLaneLayout::emptyInput()
{
    LaneLayout layout;
    layout.computeUpTo(5);
    QCOMPARE(layout.rowCount(), 0);
    QCOMPARE(layout.computedCount(), 0);
    QCOMPARE(layout.maxWidth(), 0);
}

QTEST_APPLESS_MAIN(TestLaneLayout)
#include "tst_lanelayout.moc"
