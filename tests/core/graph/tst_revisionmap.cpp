// SPDX-License-Identifier: MIT
// RevisionMap against real Alembic: tests/data/graph/graphs.json holds hand-drawn graphs and
// queries, golden.json what Alembic answered (make_golden.py). Each golden answer is a list of
// accepted variants, because a few Alembic answers depend on Python's hash seed.
#include "graph/RevisionMap.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace retort;

namespace {

QJsonObject readJson(const QString &name)
{
    QFile file(QStringLiteral(RETORT_TEST_DATA_DIR "/graph/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QList<RevisionScript> scriptsOf(const QJsonObject &graph)
{
    QList<RevisionScript> scripts;
    int line = 1;
    for (const QJsonValue &value : graph.value(QLatin1String("revisions")).toArray()) {
        const QJsonObject entry = value.toObject();
        RevisionScript script;
        script.revision = entry.value(QLatin1String("rev")).toString();
        script.fileName = script.revision + QLatin1String(".py");
        script.path = QLatin1String("/versions/") + script.fileName;
        script.downRevisions = strings(entry.value(QLatin1String("down")));
        script.downRevisionIsTuple = script.downRevisions.size() > 1;
        script.branchLabels = strings(entry.value(QLatin1String("labels")));
        script.dependsOn = strings(entry.value(QLatin1String("deps")));
        script.docstring = entry.value(QLatin1String("doc")).toString().trimmed();
        script.revisionLine = line++;
        script.downRevisionLine = line++;
        scripts.append(script);
    }
    return scripts;
}

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::MultipleHeads:
        return QStringLiteral("MultipleHeads");
    case Error::Kind::Resolution:
        return QStringLiteral("Resolution");
    case Error::Kind::RangeNotAncestor:
        return QStringLiteral("RangeNotAncestor");
    case Error::Kind::Cycle:
        return QStringLiteral("Cycle");
    case Error::Kind::Loop:
        return QStringLiteral("Loop");
    case Error::Kind::Revision:
        return QStringLiteral("Revision");
    default:
        return QStringLiteral("other");
    }
}

QJsonObject errorJson(const Error &error)
{
    return {{QStringLiteral("error"),
        QJsonObject {{QStringLiteral("kind"), kindName(error.kind)},
            {QStringLiteral("message"), error.message}}}};
}

QJsonObject revisionsJson(const Result<QList<const Revision *>> &result)
{
    if (!result)
        return errorJson(result.error());
    QJsonArray ids;
    for (const Revision *rev : *result)
        ids.append(rev ? QJsonValue(rev->id) : QJsonValue());
    return {{QStringLiteral("ok"), ids}};
}

QJsonObject stepsJson(const Result<QList<MigrationStep>> &result)
{
    if (!result)
        return errorJson(result.error());
    QJsonArray steps;
    for (const MigrationStep &step : *result) {
        QJsonObject json {{QStringLiteral("up"), step.isUpgrade},
            {QStringLiteral("from"), array(step.fromRevisions)},
            {QStringLiteral("to"), array(step.toRevisions)},
            {QStringLiteral("log"), step.shortLog()}};
        if (step.kind == MigrationStep::Kind::Stamp) {
            json.insert(QStringLiteral("branch_move"), step.branchMove);
        } else {
            json.insert(QStringLiteral("rev"), step.revision->id);
            json.insert(QStringLiteral("from_nd"), array(step.fromRevisionsNoDeps));
            json.insert(QStringLiteral("to_nd"), array(step.toRevisionsNoDeps));
        }
        steps.append(json);
    }
    return {{QStringLiteral("steps"), steps}};
}

QJsonObject iterateJson(const RevisionMap &map, const QJsonObject &q)
{
    const QJsonValue upper = q.value(QLatin1String("upper"));
    const QJsonValue lower = q.value(QLatin1String("lower"));
    const bool implicitBase = q.value(QLatin1String("implicit_base")).toBool(false);
    const bool inclusive = q.value(QLatin1String("inclusive")).toBool(false);
    const bool arl = q.value(QLatin1String("assert_relative_length")).toBool(true);
    const bool down = q.value(QLatin1String("select_for_downgrade")).toBool(false);
    if (upper.isArray() && lower.isArray())
        return revisionsJson(map.iterateRevisions(
            strings(upper), strings(lower), implicitBase, inclusive, arl, down));
    if (upper.isArray())
        return revisionsJson(map.iterateRevisions(
            strings(upper), lower.toString(), implicitBase, inclusive, arl, down));
    if (lower.isArray())
        return revisionsJson(map.iterateRevisions(
            upper.toString(), strings(lower), implicitBase, inclusive, arl, down));
    return revisionsJson(map.iterateRevisions(
        upper.toString(), lower.toString(), implicitBase, inclusive, arl, down));
}

QJsonObject runQuery(const RevisionMap &map, const QJsonObject &q)
{
    const QString op = q.value(QLatin1String("op")).toString();
    const QString arg = q.value(QLatin1String("arg")).toString();
    const QString dest = q.value(QLatin1String("dest")).toString();
    const QJsonValue currentValue = q.value(QLatin1String("current"));
    const QStringList current
        = currentValue.toString() == QLatin1String("@heads") ? map.heads() : strings(currentValue);
    if (op == QLatin1String("get_revisions"))
        return revisionsJson(map.revisions(arg));
    if (op == QLatin1String("get_revision")) {
        const Result<const Revision *> rev = map.getRevision(arg);
        if (!rev)
            return errorJson(rev.error());
        return revisionsJson(QList<const Revision *> {*rev});
    }
    if (op == QLatin1String("iterate"))
        return iterateJson(map, q);
    if (op == QLatin1String("get_all_current")) { // a set in Alembic: compared sorted
        QJsonObject json = revisionsJson(map.allCurrent(current));
        QStringList ids = strings(json.value(QLatin1String("ok")));
        ids.sort();
        if (json.contains(QLatin1String("ok")))
            json.insert(QStringLiteral("ok"), array(ids));
        return json;
    }
    if (op == QLatin1String("walk"))
        return revisionsJson(map.walkRevisions(
            q.value(QLatin1String("base")).toString(), q.value(QLatin1String("head")).toString()));
    if (op == QLatin1String("current_head")) {
        const Result<QString> head = map.currentHead();
        if (!head)
            return errorJson(head.error());
        return {{QStringLiteral("ok"),
            QJsonArray {head->isEmpty() ? QJsonValue() : QJsonValue(*head)}}};
    }
    if (op == QLatin1String("upgrade"))
        return stepsJson(map.upgradeSteps(dest, current));
    if (op == QLatin1String("downgrade"))
        return stepsJson(map.downgradeSteps(dest, current));
    if (op == QLatin1String("stamp"))
        return stepsJson(map.stampSteps(dest, current));
    qFatal("unknown op %s", qPrintable(op));
}

// Alembic's answer with "base" (a walk past the first revision) read as None, which the C++ API
// returns as nullptr; and an Alembic-internal failure (AssertionError, KeyError) as "any error".
QJsonObject normalizedGolden(QJsonObject golden, const QJsonObject &actual)
{
    if (golden.contains(QLatin1String("ok"))) {
        QJsonArray ids = golden.value(QLatin1String("ok")).toArray();
        for (auto it = ids.begin(); it != ids.end(); ++it) {
            if (it->toString() == QLatin1String("base"))
                *it = QJsonValue();
        }
        golden.insert(QStringLiteral("ok"), ids);
    }
    const QJsonObject error = golden.value(QLatin1String("error")).toObject();
    if (error.value(QLatin1String("kind")).toString() == QLatin1String("internal")
        && actual.contains(QLatin1String("error")))
        return actual;
    return golden;
}

QString compact(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QJsonObject revisionJson(const Revision &rev)
{
    QStringList normalizedDeps = rev.normalizedDependencies;
    normalizedDeps.sort();
    QStringList next = rev.nextRevisions, allNext = rev.allNextRevisions;
    next.sort();
    allNext.sort();
    return {
        {QStringLiteral("id"), rev.id},
        {QStringLiteral("down"), array(rev.downRevisions)},
        {QStringLiteral("resolved_deps"), array(rev.resolvedDependencies)},
        {QStringLiteral("normalized_deps"), array(normalizedDeps)},
        {QStringLiteral("all_down"), array(rev.allDownRevisions)},
        {QStringLiteral("normalized_down"), array(rev.normalizedDownRevisions)},
        {QStringLiteral("branch_labels"), array(rev.branchLabels)},
        {QStringLiteral("next"), array(next)},
        {QStringLiteral("all_next"), array(allNext)},
        {QStringLiteral("flags"),
            QJsonObject {{QStringLiteral("head"), rev.isHead()},
                {QStringLiteral("real_head"), rev.isRealHead()},
                {QStringLiteral("base"), rev.isBase()},
                {QStringLiteral("real_base"), rev.isRealBase()},
                {QStringLiteral("branch_point"), rev.isBranchPoint()},
                {QStringLiteral("real_branch_point"), rev.isRealBranchPoint()},
                {QStringLiteral("merge_point"), rev.isMergePoint()}}},
    };
}

} // namespace

class TestRevisionMap : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsLikeAlembic_data();
    void loadsLikeAlembic();
    void refusesLikeAlembic_data();
    void refusesLikeAlembic();
    void answersLikeAlembic_data();
    void answersLikeAlembic();
    void missingParentKeepsTheRestUsable();
    void brokenScriptsAreKept();
    void cycleBlocksQueries();

private:
    struct GraphSet {
        QJsonObject graphs; ///< graphs.json or random_graphs.json
        QHash<QString, QJsonObject> golden; ///< golden answers by graph name
    };
    QList<GraphSet> m_sets;
};

void TestRevisionMap::initTestCase()
{
    const QList<std::pair<QString, QString>> files {
        {QStringLiteral("graphs.json"), QStringLiteral("golden.json")},
        {QStringLiteral("random_graphs.json"), QStringLiteral("random_golden.json")}};
    for (const auto &[graphs, golden] : files) {
        GraphSet set;
        set.graphs = readJson(graphs);
        for (const QJsonValue &graph : readJson(golden).value(QLatin1String("graphs")).toArray())
            set.golden.insert(graph[QLatin1String("name")].toString(), graph.toObject());
        QCOMPARE(set.golden.size(), set.graphs.value(QLatin1String("graphs")).toArray().size());
        m_sets.append(set);
    }
}

void TestRevisionMap::loadsLikeAlembic_data()
{
    QTest::addColumn<QJsonObject>("graph");
    QTest::addColumn<QJsonObject>("golden");
    for (const GraphSet &set : std::as_const(m_sets)) {
        for (const QJsonValue &graph : set.graphs.value(QLatin1String("graphs")).toArray()) {
            const QString name = graph[QLatin1String("name")].toString();
            const QJsonObject golden = set.golden.value(name);
            if (golden.value(QLatin1String("build_error")).toArray().first().isNull())
                QTest::newRow(qPrintable(name)) << graph.toObject() << golden;
        }
    }
}

void TestRevisionMap::loadsLikeAlembic()
{
    QFETCH(QJsonObject, graph);
    QFETCH(QJsonObject, golden);
    const RevisionMap map(scriptsOf(graph));
    QVERIFY(map.alembicWouldLoad());
    QStringList problems;
    for (const Error &error : map.problems())
        problems.append(error.message);
    QJsonArray revisions;
    for (const Revision *rev : map.allRevisions())
        revisions.append(revisionJson(*rev));
    const QList<std::pair<const char *, QJsonArray>> actual {{"warnings", array(problems)},
        {"heads", array(map.heads())}, {"bases", array(map.bases())},
        {"real_heads", array(map.realHeads())}, {"real_bases", array(map.realBases())},
        {"revisions", revisions}};
    for (const auto &[key, value] : actual) {
        const QJsonArray variants = golden.value(QLatin1String(key)).toArray();
        QVERIFY2(variants.contains(value),
            qPrintable(QStringLiteral("%1\n   actual: %2\n   Alembic: %3")
                           .arg(QLatin1String(key), compact(value), compact(variants))));
    }
}

void TestRevisionMap::refusesLikeAlembic_data()
{
    QTest::addColumn<QJsonObject>("graph");
    QTest::addColumn<QJsonObject>("golden");
    for (const GraphSet &set : std::as_const(m_sets)) {
        for (const QJsonValue &graph : set.graphs.value(QLatin1String("graphs")).toArray()) {
            const QString name = graph[QLatin1String("name")].toString();
            const QJsonObject golden = set.golden.value(name);
            if (!golden.value(QLatin1String("build_error")).toArray().first().isNull())
                QTest::newRow(qPrintable(name)) << graph.toObject() << golden;
        }
    }
}

void TestRevisionMap::refusesLikeAlembic()
{
    QFETCH(QJsonObject, graph);
    QFETCH(QJsonObject, golden);
    const RevisionMap map(scriptsOf(graph));
    QVERIFY(!map.alembicWouldLoad());
    QJsonArray problems;
    for (const Error &error : map.problems())
        problems.append(errorJson(error).value(QLatin1String("error")));
    // Alembic's warnings come first, then the error it stopped on (unless it was internal).
    for (const QJsonValue &warning : golden[QLatin1String("warnings")][0].toArray()) {
        const bool found = std::any_of(problems.begin(), problems.end(),
            [&](const QJsonValue &p) { return p[QLatin1String("message")] == warning; });
        QVERIFY2(found, qPrintable(warning.toString() + QLatin1String(" in ") + compact(problems)));
    }
    bool matched = false;
    for (const QJsonValue &variant : golden[QLatin1String("build_error")].toArray()) {
        if (variant[QLatin1String("kind")] == QLatin1String("internal"))
            matched = true; // Alembic failed with a KeyError: the warning above is what counts
        else
            matched = matched || problems.contains(variant);
    }
    QVERIFY2(matched, qPrintable(compact(problems)));
}

void TestRevisionMap::answersLikeAlembic_data()
{
    QTest::addColumn<QJsonObject>("graph");
    QTest::addColumn<QJsonObject>("query");
    QTest::addColumn<QJsonArray>("variants");
    for (const GraphSet &set : std::as_const(m_sets)) {
        const QJsonArray defaults = set.graphs.value(QLatin1String("defaultQueries")).toArray();
        for (const QJsonValue &graph : set.graphs.value(QLatin1String("graphs")).toArray()) {
            const QString name = graph[QLatin1String("name")].toString();
            const QJsonArray results
                = set.golden.value(name).value(QLatin1String("results")).toArray();
            QJsonArray queries = defaults;
            for (const QJsonValue &q : graph[QLatin1String("queries")].toArray())
                queries.append(q);
            for (qsizetype i = 0; i < results.size(); ++i) {
                QTest::addRow(
                    "%s #%d %s", qPrintable(name), int(i), qPrintable(compact(queries.at(i))))
                    << graph.toObject() << queries.at(i).toObject() << results.at(i).toArray();
            }
        }
    }
}

void TestRevisionMap::answersLikeAlembic()
{
    QFETCH(QJsonObject, graph);
    QFETCH(QJsonObject, query);
    QFETCH(QJsonArray, variants);
    const RevisionMap map(scriptsOf(graph));
    const QJsonObject actual = runQuery(map, query);
    for (const QJsonValue &variant : variants) {
        if (normalizedGolden(variant.toObject(), actual) == actual)
            return;
    }
    QVERIFY2(false,
        qPrintable(QStringLiteral("\n   actual: %1\n   Alembic: %2")
                       .arg(compact(actual), compact(variants))));
}

void TestRevisionMap::missingParentKeepsTheRestUsable()
{
    RevisionScript root;
    root.revision = QStringLiteral("aaaa1111");
    root.path = QStringLiteral("/v/aaaa1111_root.py");
    RevisionScript orphan;
    orphan.revision = QStringLiteral("bbbb2222");
    orphan.downRevisions = {QStringLiteral("zzzz9999")};
    orphan.path = QStringLiteral("/v/bbbb2222_orphan.py");
    orphan.revisionLine = 12;
    orphan.downRevisionLine = 13;
    orphan.docstring = QStringLiteral("orphan");
    RevisionScript child;
    child.revision = QStringLiteral("cccc3333");
    child.downRevisions = {QStringLiteral("aaaa1111")};
    const RevisionMap map({root, orphan, child});
    QCOMPARE(map.problems().size(), 1);
    const Error &problem = map.problems().constFirst();
    QCOMPARE(problem.message,
        QStringLiteral("Revision zzzz9999 referenced from zzzz9999 -> "
                       "bbbb2222 (head), orphan is not present"));
    QCOMPARE(problem.file, orphan.path);
    QCOMPARE(problem.line, 13);
    QVERIFY(!map.alembicWouldLoad());
    QVERIFY(map.revision(QStringLiteral("bbbb2222"))->broken);
    QVERIFY(!map.revision(QStringLiteral("cccc3333"))->broken);
    const auto steps = map.upgradeSteps(QStringLiteral("cccc3333"), {});
    QVERIFY(steps.ok());
    QCOMPARE(steps->size(), 2);
    QCOMPARE(steps->at(1).shortLog(), QStringLiteral("upgrade aaaa1111 -> cccc3333"));
    const auto history = map.walkRevisions();
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 3);
}

void TestRevisionMap::brokenScriptsAreKept()
{
    RevisionScript good;
    good.revision = QStringLiteral("aaaa1111");
    RevisionScript bad;
    bad.revision = QStringLiteral("bbbb2222");
    bad.downRevisions = {QStringLiteral("aaaa1111")};
    bad.error = makeError(
        Error::Kind::Parse, QStringLiteral("invalid syntax"), QStringLiteral("/v/b.py"), 7);
    RevisionScript nameless;
    nameless.path = QStringLiteral("/v/c.py");
    nameless.error
        = makeError(Error::Kind::Parse, QStringLiteral("unreadable"), QStringLiteral("/v/c.py"), 1);
    const RevisionMap map({good, bad, nameless});
    QCOMPARE(map.problems().size(), 2);
    QCOMPARE(map.problems().at(0).line, 7);
    QCOMPARE(map.problems().at(1).message, QStringLiteral("unreadable"));
    QCOMPARE(map.allRevisions().size(), 2);
    QVERIFY(map.revision(QStringLiteral("bbbb2222"))->broken);
    QCOMPARE(map.heads(), QStringList {QStringLiteral("bbbb2222")});
}

void TestRevisionMap::cycleBlocksQueries()
{
    RevisionScript a;
    a.revision = QStringLiteral("aaaa1111");
    a.downRevisions = {QStringLiteral("bbbb2222")};
    RevisionScript b;
    b.revision = QStringLiteral("bbbb2222");
    b.downRevisions = {QStringLiteral("aaaa1111")};
    const RevisionMap map({a, b});
    QVERIFY(!map.alembicWouldLoad());
    QCOMPARE(map.allRevisions().size(), 2);
    const QString cycle = QStringLiteral("Cycle is detected in revisions (aaaa1111, bbbb2222)");
    const auto heads = map.revisions(QStringLiteral("heads"));
    QVERIFY(!heads.ok());
    QCOMPARE(heads.error().kind, Error::Kind::Cycle);
    QCOMPARE(heads.error().message, cycle);
    const auto steps = map.upgradeSteps(QStringLiteral("heads"), {});
    QVERIFY(!steps.ok());
    QCOMPARE(steps.error().message, cycle);
}

QTEST_GUILESS_MAIN(TestRevisionMap)
#include "tst_revisionmap.moc"
