// SPDX-License-Identifier: MIT
#include "TestProject.h"
#include "details/RevisionDetailsPane.h"
#include "graph/RevisionGraphView.h"
#include "model/RevisionGraphModel.h"
#include "model/SnapshotBuilder.h"

#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;

namespace {

QString stateLetter(RevisionState state)
{
    switch (state) {
    case RevisionState::Current:
        return u"C"_s;
    case RevisionState::Applied:
        return u"A"_s;
    case RevisionState::Pending:
        return u"P"_s;
    case RevisionState::Unknown:
        return u"U"_s;
    }
    return {};
}

} // namespace

class TestRevisionGraphModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsInHistoryOrder();
    void columns_data();
    void columns();
    void badges_data();
    void badges();
    void brokenBadge();
    void states_data();
    void states();
    void lanes();
    void oldestFirst();
    void filter_data();
    void filter();
    void goToActions();
    void details();
    void largeHistoryIsLaidOutAsShown();

private:
    GraphSnapshot load(const QStringList &current);

    TestProject m_project;
};

void TestRevisionGraphModel::initTestCase()
{
    QVERIFY(m_project.isValid());
    QVERIFY(m_project.setCurrentRevisions({u"bbbb00000002"_s, u"cccc00000003"_s}));
}

GraphSnapshot TestRevisionGraphModel::load(const QStringList &current)
{
    if (!m_project.setCurrentRevisions(current))
        qFatal("cannot write the test database");
    Result<GraphSnapshot> snapshot = SnapshotBuilder::load(LoadRequest::of(m_project.path(), /*lint=*/false));
    if (!snapshot)
        qFatal("cannot load the test project: %s", qPrintable(snapshot.error().message));
    return *snapshot;
}

void TestRevisionGraphModel::rowsInHistoryOrder()
{
    RevisionGraphModel model;
    model.setSnapshot(load({u"bbbb00000002"_s, u"cccc00000003"_s}));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(RevisionGraphModel::ColumnCount));
    QCOMPARE(model.entry(0)->id, u"eeee00000005"_s);
    QCOMPARE(model.entry(1)->id, u"dddd00000004"_s);
    QCOMPARE(model.entry(4)->id, u"aaaa00000001"_s);
    const QStringList middle {model.entry(2)->id, model.entry(3)->id};
    QVERIFY(middle.contains(u"bbbb00000002"_s) && middle.contains(u"cccc00000003"_s));
    QCOMPARE(model.snapshot().heads, QStringList {u"eeee00000005"_s});
    QCOMPARE(model.rowOf(u"dddd00000004"_s), 1);
    QCOMPARE(model.rowOf(u"nope"_s), -1);
    QCOMPARE(model.entry(5), nullptr);
}

void TestRevisionGraphModel::columns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("toolTipEnd");

    QTest::newRow("revision") << int(RevisionGraphModel::RevisionColumn) << u"Revision"_s
                              << u"eeee00000005"_s << u"eeee00000005"_s;
    QTest::newRow("message") << int(RevisionGraphModel::MessageColumn) << u"Message"_s
                             << u"latest change"_s << u"latest change"_s;
    QTest::newRow("badges") << int(RevisionGraphModel::BadgesColumn) << u"Badges"_s
                            << u"head, side"_s << QString();
    QTest::newRow("date") << int(RevisionGraphModel::DateColumn) << u"Created"_s
                          << u"2024-01-05 10:00"_s << u"2024-01-05 10:00:00.000000"_s;
    QTest::newRow("file") << int(RevisionGraphModel::FileColumn) << u"File"_s
                          << u"eeee00000005_latest_change.py"_s
                          << u"/migrations/versions/eeee00000005_latest_change.py"_s;
    QTest::newRow("graph") << int(RevisionGraphModel::GraphColumn) << u"Graph"_s << QString()
                           << u"Not applied yet"_s;
}

void TestRevisionGraphModel::columns()
{
    QFETCH(int, column);
    QFETCH(QString, header);
    QFETCH(QString, display);
    QFETCH(QString, toolTipEnd);

    RevisionGraphModel model;
    model.setSnapshot(load({u"bbbb00000002"_s}));
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), header);
    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data().toString(), display);
    const QString toolTip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.endsWith(toolTipEnd), qPrintable(toolTip));
}

void TestRevisionGraphModel::badges_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("head") << u"eeee00000005"_s << QStringList {u"head"_s, u"side"_s};
    QTest::newRow("merge") << u"dddd00000004"_s << QStringList {u"merge"_s, u"side"_s};
    QTest::newRow("labelled, current")
        << u"cccc00000003"_s << QStringList {u"current"_s, u"side"_s};
    QTest::newRow("current") << u"bbbb00000002"_s << QStringList {u"current"_s};
    QTest::newRow("base, branch point")
        << u"aaaa00000001"_s << QStringList {u"base"_s, u"branch point"_s};
}

void TestRevisionGraphModel::badges()
{
    QFETCH(QString, id);
    QFETCH(QStringList, expected);

    RevisionGraphModel model;
    model.setSnapshot(load({u"bbbb00000002"_s, u"cccc00000003"_s}));
    const QModelIndex index = model.index(model.rowOf(id), RevisionGraphModel::BadgesColumn);
    QStringList texts;
    for (const RevisionBadge &badge :
        index.data(RevisionGraphModel::BadgesRole).value<QList<RevisionBadge>>())
        texts.append(badge.text);
    QCOMPARE(texts, expected);
    QCOMPARE(index.data().toString(), expected.join(u", "_s));
}

void TestRevisionGraphModel::brokenBadge()
{
    RevisionEntry entry;
    entry.id = u"f00"_s;
    entry.broken = true;
    entry.head = true;
    entry.state = RevisionState::Pending;
    QStringList texts;
    for (const RevisionBadge &badge : RevisionGraphModel::badges(entry))
        texts.append(badge.text);
    QCOMPARE(texts, (QStringList {u"head"_s, u"broken"_s}));
}

void TestRevisionGraphModel::states_data()
{
    QTest::addColumn<QStringList>("current");
    QTest::addColumn<QString>("expected"); // states of rows e d c b a, in that order

    QTest::newRow("empty version table") << QStringList {} << u"PPPPP"_s;
    QTest::newRow("one branch") << QStringList {u"bbbb00000002"_s} << u"PPPCA"_s;
    QTest::newRow("both branches")
        << QStringList {u"bbbb00000002"_s, u"cccc00000003"_s} << u"PPCCA"_s;
    QTest::newRow("head") << QStringList {u"eeee00000005"_s} << u"CAAAA"_s;
    QTest::newRow("base") << QStringList {u"aaaa00000001"_s} << u"PPPPC"_s;
}

void TestRevisionGraphModel::states()
{
    QFETCH(QStringList, current);
    QFETCH(QString, expected);

    RevisionGraphModel model;
    model.setSnapshot(load(current));
    QString actual;
    for (const QString &id : {u"eeee00000005"_s, u"dddd00000004"_s, u"cccc00000003"_s,
             u"bbbb00000002"_s, u"aaaa00000001"_s}) {
        const QModelIndex index = model.index(model.rowOf(id), 0);
        actual += stateLetter(RevisionState(index.data(RevisionGraphModel::StateRole).toInt()));
    }
    QCOMPARE(actual, expected);
    QCOMPARE(model.snapshot().currentRevisions, current);
}

void TestRevisionGraphModel::lanes()
{
    RevisionGraphModel model;
    model.setSnapshot(load({}));
    const auto laneAt = [&model](const QString &id) {
        return model.index(model.rowOf(id), RevisionGraphModel::GraphColumn)
            .data(RevisionGraphModel::LaneRole)
            .value<LaneRow>();
    };
    QVERIFY(laneAt(u"dddd00000004"_s).isMerge());
    QVERIFY(laneAt(u"aaaa00000001"_s).isFork());
    QCOMPARE(laneAt(u"eeee00000005"_s).lower, QList<int> {0});
    QCOMPARE(model.ensureLaidOut(model.rowCount()), 2);
}

void TestRevisionGraphModel::oldestFirst()
{
    RevisionGraphModel model;
    model.setSnapshot(load({}));
    model.setOrder(LaneLayout::Order::OldestFirst);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.entry(0)->id, u"aaaa00000001"_s);
    QCOMPARE(model.entry(4)->id, u"eeee00000005"_s);
    QCOMPARE(model.rowOf(u"eeee00000005"_s), 4);
    // Upside down, the base links to its two children and the merge collects them.
    QVERIFY(model.laneRow(0).isMerge());
    QVERIFY(model.laneRow(model.rowOf(u"dddd00000004"_s)).isFork());
    model.setOrder(LaneLayout::Order::NewestFirst);
    QCOMPARE(model.entry(0)->id, u"eeee00000005"_s);
}

void TestRevisionGraphModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("visible");

    QTest::newRow("none") << QString() << 5;
    QTest::newRow("branch label") << u"side"_s << 3;
    QTest::newRow("message word") << u"email"_s << 2;
    QTest::newRow("id, any case") << u"AAAA0000"_s << 1;
    QTest::newRow("nothing") << u"zzz"_s << 0;
}

void TestRevisionGraphModel::filter()
{
    QFETCH(QString, text);
    QFETCH(int, visible);

    RevisionGraphModel model;
    RevisionGraphView view;
    view.setGraphModel(&model);
    model.setSnapshot(load({}));
    view.setFilterText(text);
    QCOMPARE(view.visibleRowCount(), visible);
    // A reload keeps the filter.
    model.setSnapshot(load({}));
    QCOMPARE(view.visibleRowCount(), visible);
}

void TestRevisionGraphModel::goToActions()
{
    RevisionGraphModel model;
    RevisionGraphView view;
    view.setGraphModel(&model);
    model.setSnapshot(load({u"bbbb00000002"_s, u"cccc00000003"_s}));
    QVERIFY(view.goToCurrentAction()->isEnabled());
    view.goToCurrentAction()->trigger();
    QCOMPARE(view.selectedRevision(), u"bbbb00000002"_s);
    view.goToCurrentAction()->trigger();
    QCOMPARE(view.selectedRevision(), u"cccc00000003"_s);
    view.goToHeadAction()->trigger();
    QCOMPARE(view.selectedRevision(), u"eeee00000005"_s);

    model.setSnapshot(load({}));
    QVERIFY(!view.goToCurrentAction()->isEnabled());
}

void TestRevisionGraphModel::details()
{
    RevisionGraphModel model;
    model.setSnapshot(load({u"bbbb00000002"_s}));
    RevisionDetailsPane pane;
    pane.showRevision(model.entry(model.rowOf(u"bbbb00000002"_s)));
    const QString text = pane.plainText();
    for (const QString &part :
        {u"bbbb00000002"_s, u"add email"_s, u"aaaa00000001"_s, u"dddd00000004"_s, u"current"_s,
            u"op.add_column("_s, u"'email'"_s, u"bbbb00000002_add_email.py"_s}) {
        QVERIFY2(text.contains(part), qPrintable(part + u" not in:\n"_s + text));
    }
    pane.showRevision(nullptr);
    QVERIFY(!pane.plainText().contains(u"bbbb00000002"_s));
}

void TestRevisionGraphModel::largeHistoryIsLaidOutAsShown()
{
    // 10,000 revisions in a line with a short side branch every 100: only what is on screen
    // (plus a little look-ahead) gets lanes until the view scrolls.
    GraphSnapshot snapshot;
    const int count = 10000;
    for (int i = count - 1; i >= 0; --i) {
        RevisionEntry entry;
        entry.id = u"r%1"_s.arg(i);
        if (i > 0)
            entry.parents.append(u"r%1"_s.arg(i - 1));
        if (i % 100 == 50)
            entry.parents.append(u"r%1"_s.arg(i - 3));
        entry.ancestry = entry.parents;
        snapshot.revisions.append(entry);
    }
    snapshot.heads = {u"r%1"_s.arg(count - 1)};

    RevisionGraphModel model;
    RevisionGraphView view;
    view.setGraphModel(&model);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.setSnapshot(snapshot);
    QCoreApplication::processEvents();
    QVERIFY(model.laidOutRowCount() > 0);
    QVERIFY2(model.laidOutRowCount() < 500, qPrintable(QString::number(model.laidOutRowCount())));
    QVERIFY(view.selectRevision(u"r0"_s));
    QCoreApplication::processEvents();
    QCOMPARE(model.laidOutRowCount(), count);
    QCOMPARE(model.ensureLaidOut(count), 2);
}

QTEST_MAIN(TestRevisionGraphModel)
#include "tst_revisiongraphmodel.moc"
