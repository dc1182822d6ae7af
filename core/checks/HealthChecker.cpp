// SPDX-License-Identifier: MIT
#include "checks/HealthChecker.h"

#include "checks/SchemaDiff.h"
#include "checks/SchemaSnapshot.h"
#include "engine/BridgeProcess.h"
#include "engine/InterpreterLocator.h"
#include "engine/RunToEnd.h"
#include "engine/SchemaCompare.h"

#include <QDir>
#include <QJsonArray>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

using Role = PlannedAction::Role;

/// What the bridge said went wrong, naming the revision whose step raised.
QString failureText(const BridgeOutcome &outcome)
{
    if (outcome.error && !outcome.error->revision().isEmpty())
        return HealthChecker::tr("revision %1: %2").arg(outcome.error->revision(), outcome.message);
    return outcome.message;
}

/// A name or description for one element of an autogenerate diff (see the bridge's
/// _schema_item_json); empty for elements that name nothing.
QString diffItemText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonObject item = value.toObject();
    const auto text
        = [&item](const char *key) { return item.value(QLatin1String(key)).toString(); };
    const auto columns = [&item] {
        QStringList names;
        for (const auto &column : item.value("columns"_L1).toArray())
            names << (column.isObject() ? column.toObject().value("column"_L1).toString()
                                        : column.toString());
        return u" ("_s + names.join(u", "_s) + u')';
    };
    if (item.contains("index"_L1))
        return u"index %1 on %2%3"_s.arg(text("index"), text("table"), columns());
    if (item.contains("constraint"_L1))
        return u"%1 %2 on %3%4"_s.arg(text("kind"), text("constraint"), text("table"), columns());
    if (item.contains("column"_L1))
        return (text("column") + u' ' + text("type")).trimmed();
    if (item.contains("table"_L1))
        return u"table "_s + text("table");
    return {};
}

CheckResult passed(const QString &revision, CheckKind check, const QString &message)
{
    CheckResult result;
    result.revision = revision;
    result.check = check;
    result.status = CheckStatus::Passed;
    result.message = message;
    return result;
}

void describeDiff(const QJsonValue &diff, QStringList &lines)
{
    if (diff.isArray()) {
        for (const auto &part : diff.toArray())
            describeDiff(part, lines);
        return;
    }
    const QJsonObject object = diff.toObject();
    const QJsonArray args = object.value("args"_L1).toArray();
    QStringList names;
    for (const auto &arg : args) {
        if (const QString text = diffItemText(arg); !text.isEmpty())
            names << text;
    }
    QString line = object.value("kind"_L1).toString() + u": "_s + names.join(u", "_s);
    const QString kind = object.value("kind"_L1).toString();
    if (kind.startsWith("modify_"_L1) && args.size() >= 2) {
        const auto show = [](const QJsonValue &value) { return value.toVariant().toString(); };
        line += u" (%1 → %2)"_s.arg(show(args.at(args.size() - 2)), show(args.last()));
    }
    lines << line;
}

} // namespace

HealthChecker::HealthChecker(const TrustStore *trust, QObject *parent)
    : QObject(parent), m_trust(trust)
{
    qRegisterMetaType<retort::CheckResult>();
    qRegisterMetaType<retort::ChecksReport>();
}

HealthChecker::~HealthChecker()
{
    // Stop the bridge before the temporary folder it works in goes.
    m_bridge.reset();
    m_compare.reset();
}

int HealthChecker::expectedResults(const ChecksTarget &target, const Options &options)
{
    int count = options.projectChecks ? int(projectChecks().size()) : 0;
    if (options.roundTrips) {
        const qsizetype revisions
            = options.revisions.isEmpty() ? target.revisions.size() : options.revisions.size();
        count += int(revisions * roundTripChecks().size());
    }
    return count;
}

bool HealthChecker::start(const ChecksTarget &target, const Options &options)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_report = {};
    m_target = target;
    m_options = options;
    m_units.clear();
    m_upSnapshots.clear();
    m_headSnapshot.clear();
    m_failedUpgrades.clear();
    m_total = expectedResults(target, options);
    if (auto refusal = prepare(target, options)) {
        m_report.error = *refusal;
        QMetaObject::invokeMethod(this, &HealthChecker::complete, Qt::QueuedConnection);
        return true;
    }
    if (options.projectChecks) {
        checkSingleHead();
        m_units << -1;
    }
    if (options.roundTrips) {
        for (int i = 0; i < target.revisions.size(); ++i) {
            if (options.revisions.isEmpty() || options.revisions.contains(target.revisions[i].id))
                m_units << i;
        }
    }
    startSequence(0);
    return true;
}

std::optional<Error> HealthChecker::prepare(const ChecksTarget &target, const Options &options)
{
    if (!m_trust || !m_trust->isTrusted(target.projectDir))
        return TrustStore::untrustedError(target.projectDir);
    for (const QString &id : options.revisions) {
        if (target.indexOf(id) < 0)
            return makeError(Error::Kind::Resolution,
                tr("Can't locate revision identified by '%1'").arg(id)); // Alembic's wording
    }
    if (auto missing = BridgeProcess::ensureScript(m_script))
        return missing;
    if (m_interpreter.isEmpty()) {
        const auto found
            = InterpreterLocator(InterpreterLocator::fromEnvironment(target.projectDir, true))
                  .locate();
        if (!found)
            return found.error();
        m_interpreter = found->path;
    }
    m_work = std::make_unique<QTemporaryDir>();
    if (!m_work->isValid())
        return makeError(
            Error::Kind::Io, tr("Cannot create a temporary folder: %1").arg(m_work->errorString()));
    return std::nullopt;
}

void HealthChecker::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_bridge)
        m_bridge->cancel();
    else if (m_compare)
        m_compare->cancel();
}

ChecksReport HealthChecker::run(const ChecksTarget &target, const Options &options)
{
    return runToEnd(
        this, &HealthChecker::finished, [&] { return start(target, options); },
        tr("Health checks are already running."));
}

void HealthChecker::checkSingleHead()
{
    CheckResult result;
    result.check = CheckKind::SingleHead;
    const QStringList &heads = m_target.heads;
    result.status = heads.size() <= 1 ? CheckStatus::Passed : CheckStatus::Failed;
    if (heads.isEmpty())
        result.message = tr("The project has no revisions yet.");
    else if (heads.size() == 1)
        result.message = tr("One head: %1.").arg(heads.first());
    else
        result.message = tr("%1 heads: %2. Merge them (alembic merge heads) before upgrading to "
                            "head.")
                             .arg(heads.size())
                             .arg(heads.join(u", "_s));
    addResult(result);
}

void HealthChecker::startSequence(int firstUnit)
{
    QList<int> runnable;
    for (int i = firstUnit; i < m_units.size(); ++i) {
        const int unit = m_units[i];
        const QSet<QString> failed
            = unit < 0 ? QSet<QString>() : m_target.ancestors(unit).intersect(m_failedUpgrades);
        if (failed.isEmpty()) {
            runnable << unit;
        } else {
            skipUnit(
                unit, 0, tr("Not run: its ancestor %1 fails to upgrade.").arg(*failed.cbegin()));
        }
    }
    if (m_cancelled || runnable.isEmpty()) {
        startModelsCheck();
        return;
    }
    m_plan = RoundTripPlan::build(m_target, runnable, m_work->path());
    BridgeRequest request;
    request.operation = BridgeRequest::Operation::Sequence;
    request.projectDir = m_target.projectDir;
    request.iniPath = m_target.iniPath;
    request.iniSection = m_target.iniSection;
    request.databasePath = QDir(m_work->path()).filePath(u"work.db"_s);
    request.actions = m_plan.toJson();
    m_currentAction = -1;
    m_bridge = std::make_unique<BridgeProcess>(m_interpreter, m_script);
    m_bridge->setTimeLimit(m_timeLimitMs);
    connect(m_bridge.get(), &BridgeProcess::eventReceived, this, &HealthChecker::onEvent);
    connect(m_bridge.get(), &BridgeProcess::finished, this, &HealthChecker::onSequenceFinished);
    m_bridge->start(request);
}

void HealthChecker::onEvent(const BridgeEvent &event)
{
    if (event.type == BridgeEvent::Type::Sql) {
        if (!event.data.value("revision"_L1).isNull())
            m_actionStatements << event.statement();
        return;
    }
    if (event.type != BridgeEvent::Type::Log || event.string("stream") != "sequence"_L1)
        return;
    const int index = event.data.value("index"_L1).toInt(-1);
    if (index < 0 || index >= m_plan.actions.size())
        return;
    const PlannedAction &action = m_plan.actions.at(index);
    if (event.string("phase") == "end"_L1) {
        onActionEnd(action, event.string("snapshot"));
        return;
    }
    m_currentAction = index;
    m_actionStatements.clear();
    const QString revision = action.unit >= 0 ? m_target.revisions.at(action.unit).id : QString();
    QString activity;
    switch (action.role) {
    case Role::Prepare:
        activity = tr("Preparing a database for %1").arg(revision);
        break;
    case Role::HeadUpgrade:
        activity = tr("Upgrading an empty database to head");
        break;
    case Role::Upgrade:
        activity = tr("Upgrading to %1").arg(revision);
        break;
    case Role::Downgrade:
        activity = tr("Downgrading %1 to %2").arg(revision, action.target);
        break;
    case Role::Reupgrade:
        activity = tr("Upgrading to %1 again").arg(revision);
        break;
    }
    emit progress(int(m_report.results.size()), m_total, activity);
}

void HealthChecker::onActionEnd(const PlannedAction &action, const QString &snapshot)
{
    const QString revision = action.unit >= 0 ? m_target.revisions.at(action.unit).id : QString();
    switch (action.role) {
    case Role::Prepare:
        return;
    case Role::HeadUpgrade:
        if (action.kind != PlannedAction::Kind::Upgrade)
            return;
        m_headSnapshot = action.snapshot; // the file the models are compared with
        addResult(passed({}, CheckKind::UpgradeFromEmpty,
            tr("An empty database upgrades to %1.")
                .arg(m_target.heads.isEmpty() ? tr("base") : m_target.heads.join(u", "_s))));
        return;
    case Role::Upgrade: {
        m_upSnapshots.insert(action.unit, snapshot);
        const QStringList parents = m_target.revisions.at(action.unit).parents;
        addResult(passed(revision, CheckKind::Upgrade,
            parents.isEmpty()
                ? tr("An empty database upgrades to %1.").arg(revision)
                : tr("Upgrades from %1 to %2.").arg(parents.join(u", "_s), revision)));
        return;
    }
    case Role::Downgrade:
        compareSnapshots(CheckKind::Downgrade, action.unit, m_plan.before.value(action.unit),
            snapshot, action.target);
        return;
    case Role::Reupgrade:
        compareSnapshots(CheckKind::Reupgrade, action.unit, m_upSnapshots.value(action.unit),
            snapshot, action.target);
        return;
    }
}

void HealthChecker::compareSnapshots(
    CheckKind check, int unit, const QString &expected, const QString &actual, const QString &what)
{
    const QString revision = m_target.revisions.at(unit).id;
    CheckResult result;
    result.revision = revision;
    result.check = check;
    const auto before = SchemaSnapshot::read(expected);
    const auto after = before ? SchemaSnapshot::read(actual) : before;
    if (!after) {
        result.status = CheckStatus::Failed;
        result.message = after.error().message;
        addResult(result);
        return;
    }
    const QList<SchemaDifference> differences = SchemaDiff::compare(*before, *after);
    const bool downgrade = check == CheckKind::Downgrade;
    if (differences.isEmpty()) {
        result.status = CheckStatus::Passed;
        result.message = downgrade
            ? tr("Downgrading to %1 restores the schema from before the upgrade.").arg(what)
            : tr("Upgrading again gives the schema of the first upgrade.");
        addResult(result);
        return;
    }
    result.status = CheckStatus::Failed;
    result.differences = SchemaDiff::texts(differences);
    result.statements = m_actionStatements;
    QString first = result.differences.first();
    if (differences.size() > 1)
        first += tr(" (and %n more)", nullptr, int(differences.size() - 1));
    result.message = downgrade
        ? tr("The downgrade to %1 does not undo the upgrade to %2: %3").arg(what, revision, first)
        : tr("Upgrading to %1 again gives another schema than the first time: %2")
              .arg(revision, first);
    addResult(result);
}

void HealthChecker::onSequenceFinished(const BridgeOutcome &outcome)
{
    m_bridge.release()->deleteLater(); // this slot runs inside the bridge's own signal
    if (m_cancelled || outcome.status == BridgeOutcome::Status::Cancelled) {
        m_cancelled = true;
        complete();
        return;
    }
    if (outcome.ok()) {
        startModelsCheck();
        return;
    }
    if (m_currentAction < 0) {
        m_report.error = makeError(Error::Kind::Database,
            outcome.stderrTail.isEmpty() ? outcome.message
                                         : outcome.message + u'\n' + outcome.stderrTail);
        complete();
        return;
    }
    const PlannedAction action = m_plan.actions.at(m_currentAction);
    recordFailure(action, outcome);
    startSequence(int(m_units.indexOf(action.unit)) + 1);
}

void HealthChecker::recordFailure(const PlannedAction &action, const BridgeOutcome &outcome)
{
    CheckResult result;
    result.status = CheckStatus::Failed;
    result.statements = m_actionStatements;
    if (outcome.error) {
        result.errorType = outcome.error->string("type");
        result.errorMessage = outcome.error->string("message");
        result.traceback = outcome.error->string("traceback");
        result.file = outcome.error->file();
        result.line = outcome.error->line();
    } else {
        result.errorMessage = outcome.message;
        result.traceback = outcome.stderrTail;
    }
    const QString why = failureText(outcome);
    // An upgrade that raised: its revision's descendants cannot be checked. (A failed downgrade
    // or second upgrade says nothing about upgrading from scratch.)
    const bool upgrading = action.role == Role::HeadUpgrade || action.role == Role::Prepare;
    if (upgrading && outcome.error && !outcome.error->revision().isEmpty())
        m_failedUpgrades.insert(outcome.error->revision());
    if (action.unit < 0) {
        result.check = CheckKind::UpgradeFromEmpty;
        result.message = tr("Upgrading an empty database to head failed: %1").arg(why);
        addResult(result);
        return;
    }
    const ChecksRevision &revision = m_target.revisions.at(action.unit);
    result.revision = revision.id;
    switch (action.role) {
    case Role::Prepare:
    case Role::HeadUpgrade:
        result.check = CheckKind::Upgrade;
        result.message = tr("Cannot bring a database to %1, the parent revision(s) of %2: %3")
                             .arg(revision.parents.join(u", "_s), revision.id, why);
        addResult(result);
        skipUnit(action.unit, 1, tr("Not run: the upgrade failed."));
        return;
    case Role::Upgrade:
        m_failedUpgrades.insert(revision.id);
        result.check = CheckKind::Upgrade;
        result.message = tr("Upgrading to %1 failed: %2").arg(revision.id, why);
        addResult(result);
        skipUnit(action.unit, 1, tr("Not run: the upgrade failed."));
        return;
    case Role::Downgrade:
        result.check = CheckKind::Downgrade;
        result.message = tr("Downgrading %1 to %2 failed: %3").arg(revision.id, action.target, why);
        addResult(result);
        skipUnit(action.unit, 2, tr("Not run: the downgrade failed."));
        return;
    case Role::Reupgrade:
        result.check = CheckKind::Reupgrade;
        result.message = tr("Upgrading to %1 again failed: %2").arg(revision.id, why);
        addResult(result);
        return;
    }
}

void HealthChecker::skipUnit(int unit, int fromCheck, const QString &why)
{
    const QList<CheckKind> checks = roundTripChecks();
    for (qsizetype i = fromCheck; i < checks.size(); ++i) {
        CheckResult result;
        result.revision = m_target.revisions.at(unit).id;
        result.check = checks[i];
        result.status = CheckStatus::Skipped;
        result.message = why;
        addResult(result);
    }
}

void HealthChecker::startModelsCheck()
{
    if (!m_options.projectChecks || m_cancelled) {
        complete();
        return;
    }
    if (m_headSnapshot.isEmpty()) {
        CheckResult result;
        result.check = CheckKind::ModelsMatch;
        result.message = tr("Not run: the upgrade to head failed.");
        addResult(result);
        complete();
        return;
    }
    emit progress(int(m_report.results.size()), m_total,
        tr("Comparing the models with the database at head"));
    m_compare = std::make_unique<SchemaCompare>(m_trust);
    m_compare->setInterpreter(m_interpreter);
    m_compare->setBridgeScript(m_script);
    m_compare->setTimeLimit(m_timeLimitMs);
    connect(m_compare.get(), &SchemaCompare::finished, this, &HealthChecker::onModelsChecked);
    BridgeRequest request;
    request.operation = BridgeRequest::Operation::Check;
    request.projectDir = m_target.projectDir;
    request.iniPath = m_target.iniPath;
    request.iniSection = m_target.iniSection;
    request.databasePath = m_headSnapshot;
    m_compare->start(request);
}

void HealthChecker::onModelsChecked(const CompareReport &report)
{
    m_compare.release()->deleteLater(); // this slot runs inside the comparison's own signal
    if (m_cancelled || report.bridge.status == BridgeOutcome::Status::Cancelled) {
        m_cancelled = true;
        complete();
        return;
    }
    CheckResult result;
    result.check = CheckKind::ModelsMatch;
    if (!report.ok()) {
        const QString message = report.error ? report.error->message : report.bridge.message;
        // Alembic's refusal when env.py gives no target_metadata: there is nothing to compare.
        const bool noModels = message.contains("does not provide a MetaData object"_L1);
        result.status = noModels ? CheckStatus::Skipped : CheckStatus::Failed;
        result.message = noModels
            ? tr("Not run: env.py gives no target_metadata to compare with.")
            : tr("Comparing the models with the database failed: %1").arg(message);
        if (report.bridge.error) {
            result.errorType = report.bridge.error->string("type");
            result.errorMessage = report.bridge.error->string("message");
            result.traceback = report.bridge.error->string("traceback");
            result.file = report.bridge.error->file();
            result.line = report.bridge.error->line();
        }
    } else if (report.hasChanges()) {
        result.status = CheckStatus::Failed;
        for (const auto &diff : report.diffs)
            describeDiff(diff, result.differences);
        result.message = tr("The models differ from the database at head: %1")
                             .arg(result.differences.value(0));
        if (result.differences.size() > 1)
            result.message += tr(" (and %n more)", nullptr, int(result.differences.size() - 1));
    } else {
        result.status = CheckStatus::Passed;
        result.message = tr("Autogenerate finds no difference between the models and the "
                            "database at head.");
    }
    addResult(result);
    complete();
}

void HealthChecker::addResult(CheckResult result)
{
    m_report.results << result;
    emit resultReady(result);
    emit progress(int(m_report.results.size()), m_total, {});
}

void HealthChecker::complete()
{
    m_running = false;
    m_report.cancelled = m_cancelled;
    m_work.reset();
    emit finished(m_report);
}

} // namespace retort
