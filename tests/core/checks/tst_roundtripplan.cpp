// SPDX-License-Identifier: MIT
#include "checks/RoundTripPlan.h"

#include <QJsonObject>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;

namespace {

// base: a -> b -> c, and a -> d; m merges c and d (head).
ChecksTarget branchy()
{
    ChecksTarget target;
    target.revisions = {
        {u"a"_s, {}, u"base"_s, {}},
        {u"b"_s, {u"a"_s}, u"a"_s, {}},
        {u"c"_s, {u"b"_s}, u"b"_s, {}},
        {u"d"_s, {u"a"_s}, u"a"_s, {}},
        {u"m"_s, {u"c"_s, u"d"_s}, u"c"_s, {}},
    };
    target.heads = {u"m"_s};
    return target;
}

// "reset", "upgrade x" ... with the unit and role, one string per action.
QStringList describe(const RoundTripPlan &plan)
{
    static const char *roles[] = {"prepare", "head", "up", "down", "again"};
    QStringList lines;
    for (const PlannedAction &action : plan.actions) {
        const QString kind = action.kind == PlannedAction::Kind::Reset ? u"reset"_s
            : action.kind == PlannedAction::Kind::Upgrade              ? u"upgrade"_s
                                                                       : u"downgrade"_s;
        lines << u"%1 %2 [%3 %4]%5"_s.arg(kind, action.target)
                     .arg(action.unit)
                     .arg(QLatin1String(roles[int(action.role)]),
                         action.snapshot.isEmpty() ? QString() : u" snapshot"_s);
    }
    return lines;
}

} // namespace

class TestRoundTripPlan : public QObject {
    Q_OBJECT

private slots:
    void allRevisionsAfterTheHeadUpgrade();
    void oneRevisionStartsFromItsParents();
    void snapshotsAreNamedInTheFolder();
    void ancestors();
};

void TestRoundTripPlan::allRevisionsAfterTheHeadUpgrade()
{
    const RoundTripPlan plan = RoundTripPlan::build(branchy(), {-1, 0, 1, 2, 3, 4}, u"/s"_s);
    const QStringList expected {
        u"reset  [-1 head]"_s,
        u"upgrade heads [-1 head] snapshot"_s,
        // a: a base, from an empty database (the head upgrade left m behind).
        u"reset  [0 prepare]"_s,
        u"upgrade a [0 up] snapshot"_s,
        u"downgrade base [0 down] snapshot"_s,
        u"upgrade a [0 again] snapshot"_s,
        // b and c go straight on.
        u"upgrade b [1 up] snapshot"_s,
        u"downgrade a [1 down] snapshot"_s,
        u"upgrade b [1 again] snapshot"_s,
        u"upgrade c [2 up] snapshot"_s,
        u"downgrade b [2 down] snapshot"_s,
        u"upgrade c [2 again] snapshot"_s,
        // d's parent is a, but the database holds c: start again from a.
        u"reset  [3 prepare]"_s,
        u"upgrade a [3 prepare] snapshot"_s,
        u"upgrade d [3 up] snapshot"_s,
        u"downgrade a [3 down] snapshot"_s,
        u"upgrade d [3 again] snapshot"_s,
        // m needs both c and d.
        u"reset  [4 prepare]"_s,
        u"upgrade c [4 prepare]"_s,
        u"upgrade d [4 prepare] snapshot"_s,
        u"upgrade m [4 up] snapshot"_s,
        u"downgrade c [4 down] snapshot"_s,
        u"upgrade m [4 again] snapshot"_s,
    };
    QCOMPARE(describe(plan), expected);
    QVERIFY(plan.before.value(0).isEmpty()); // an empty database
    QCOMPARE(plan.before.value(1), plan.actions.at(5).snapshot); // a's second upgrade
    QCOMPARE(plan.before.value(4), plan.actions.at(19).snapshot);
}

void TestRoundTripPlan::oneRevisionStartsFromItsParents()
{
    const RoundTripPlan plan = RoundTripPlan::build(branchy(), {2}, u"/s"_s);
    QCOMPARE(describe(plan),
        QStringList({u"reset  [2 prepare]"_s, u"upgrade b [2 prepare] snapshot"_s,
            u"upgrade c [2 up] snapshot"_s, u"downgrade b [2 down] snapshot"_s,
            u"upgrade c [2 again] snapshot"_s}));
}

void TestRoundTripPlan::snapshotsAreNamedInTheFolder()
{
    const RoundTripPlan plan = RoundTripPlan::build(branchy(), {-1, 1}, u"/tmp/work"_s);
    QStringList files;
    for (const PlannedAction &action : plan.actions) {
        if (!action.snapshot.isEmpty())
            files << action.snapshot;
    }
    QCOMPARE(files,
        QStringList({u"/tmp/work/head-up.db"_s, u"/tmp/work/1-before.db"_s, u"/tmp/work/1-up.db"_s,
            u"/tmp/work/1-down.db"_s, u"/tmp/work/1-again.db"_s}));
    const QJsonArray json = plan.toJson();
    QCOMPARE(json.size(), plan.actions.size());
    QCOMPARE(json.at(0).toObject(), QJsonObject({{u"action"_s, u"reset"_s}}));
    QCOMPARE(json.at(1).toObject(),
        QJsonObject({{u"action"_s, u"upgrade"_s}, {u"target"_s, u"heads"_s},
            {u"snapshot"_s, u"/tmp/work/head-up.db"_s}}));
}

void TestRoundTripPlan::ancestors()
{
    const ChecksTarget target = branchy();
    const QSet<QString> ofMerge = target.ancestors(4);
    QCOMPARE(ofMerge, QSet<QString>({u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    QVERIFY(target.ancestors(0).isEmpty());
    QCOMPARE(target.indexOf(u"d"_s), 3);
    QCOMPARE(target.indexOf(u"zz"_s), -1);
}

QTEST_GUILESS_MAIN(TestRoundTripPlan)
#include "tst_roundtripplan.moc"
