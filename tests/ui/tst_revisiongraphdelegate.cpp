// SPDX-License-Identifier: MIT
#include "graph/RevisionGraphDelegate.h"
#include "graph/RevisionGraphView.h"
#include "model/RevisionGraphModel.h"
#include "model/RevisionStates.h"
#include "theme/Theme.h"

#include <QDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;

namespace {

RevisionEntry entry(const QString &id, const QStringList &parents, bool broken = false)
{
    RevisionEntry result;
    result.id = id;
    result.parents = parents;
    result.ancestry = parents;
    result.message = u"revision "_s + id;
    result.broken = broken;
    return result;
}

// A criss-cross of two merges over a and b, a revision whose parent is missing (ghost), and a
// broken one; the database is at m1.
GraphSnapshot handDrawn()
{
    GraphSnapshot snapshot;
    snapshot.revisions = {entry(u"m2"_s, {u"a"_s, u"b"_s}), entry(u"m1"_s, {u"a"_s, u"b"_s}),
        entry(u"a"_s, {u"base"_s}), entry(u"b"_s, {u"base"_s}), entry(u"lost"_s, {u"gone"_s}, true),
        entry(u"base"_s, {})};
    snapshot.heads = {u"m2"_s, u"m1"_s, u"lost"_s};
    snapshot.databasePath = u"/tmp/x.db"_s;
    snapshot.databaseRead = true;
    snapshot.currentRevisions = {u"m1"_s};
    RevisionStates::apply(snapshot);
    return snapshot;
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
        + std::abs(a.blue() - b.blue())
        < 30;
}

} // namespace

class TestRevisionGraphDelegate : public QObject {
    Q_OBJECT

private slots:
    void paintsLanesAndMarks();
};

void TestRevisionGraphDelegate::paintsLanesAndMarks()
{
    RevisionGraphModel model;
    RevisionGraphView view;
    view.setGraphModel(&model);
    view.resize(700, 220);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.setSnapshot(handDrawn());
    QCoreApplication::processEvents();
    const QImage image = view.viewport()->grab().toImage();
    QVERIFY(image.save(QDir::current().absoluteFilePath(u"graph-handdrawn.png"_s)));

    // The criss-cross needs four lanes and the graph column is wide enough for them.
    QCOMPARE(model.ensureLaidOut(model.rowCount()), 4);
    QVERIFY(
        view.columnWidth(RevisionGraphModel::GraphColumn) >= 4 * RevisionGraphDelegate::laneWidth);

    const auto nodeBox = [&](const QString &id) {
        const int row = model.rowOf(id);
        const QRect cell = view.visualRect(model.index(row, RevisionGraphModel::GraphColumn));
        const int x = cell.left() + model.laneRow(row).node * RevisionGraphDelegate::laneWidth;
        return QRect(x, cell.top(), RevisionGraphDelegate::laneWidth, cell.height());
    };
    const auto boxHas = [&](const QRect &box, const QColor &color) {
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x) {
                if (near(image.pixelColor(x, y), color))
                    return true;
            }
        }
        return false;
    };
    const QPalette palette = view.palette();
    // The cross of a broken revision runs through (4, 4) from the node's centre.
    const auto offCentre = [&](const QString &id, int dx, int dy) {
        const QRect box = nodeBox(id);
        const QPoint centre(
            box.left() + RevisionGraphDelegate::laneWidth / 2, box.top() + box.height() / 2);
        return image.pixelColor(centre + QPoint(dx, dy));
    };
    QVERIFY(near(offCentre(u"lost"_s, 4, 4), Theme::errorColor(palette)));
    QVERIFY(!near(offCentre(u"base"_s, 4, 4), Theme::errorColor(palette)));
    // The current revision is ringed in the highlight colour (its row is not selected).
    QVERIFY(boxHas(nodeBox(u"m1"_s), palette.color(QPalette::Highlight)));
    QVERIFY(!boxHas(nodeBox(u"b"_s), palette.color(QPalette::Highlight)));
}

QTEST_MAIN(TestRevisionGraphDelegate)
#include "tst_revisiongraphdelegate.moc"
