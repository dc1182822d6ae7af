// SPDX-License-Identifier: MIT
#pragma once

#include "checks/CheckResult.h"
#include "checks/ChecksTarget.h"
#include "checks/RoundTripPlan.h"
#include "engine/BridgeEvent.h"
#include "engine/BridgeOutcome.h"
#include "engine/TrustStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

namespace retort {

class BridgeProcess;
class SchemaCompare;
struct CompareReport;

/// Runs a project's health checks through real Alembic, on temporary databases only (the
/// project's own database is never opened): a single head (native), the upgrade of an empty
/// database to head, autogenerate finding no difference with the models after it, and for each
/// chosen revision an up/down round trip - upgrade to it, downgrade one step, upgrade again -
/// where the schema after the downgrade must equal the one before the upgrade and the schema
/// after the second upgrade the one after the first (compared natively, SchemaDiff).
///
/// All upgrades and downgrades of a run go through one bridge process (the bridge's `sequence`
/// operation); when a step fails the run goes on with the next revision in a new process. Each
/// check's result is signalled as soon as it is known. Nothing runs for an untrusted folder.
class HealthChecker : public QObject {
    Q_OBJECT

public:
    struct Options {
        bool projectChecks = true; ///< single head, upgrade from empty, models match
        /// Revisions whose round trip runs (ids as in ChecksTarget); empty: every revision.
        QStringList revisions;
        bool roundTrips = true; ///< false: no round trip at all
    };

    explicit HealthChecker(const TrustStore *trust, QObject *parent = nullptr);
    ~HealthChecker() override;

    /// The Python to run; when empty, InterpreterLocator picks one at start (a short probe).
    void setInterpreter(const QString &interpreter) { m_interpreter = interpreter; }
    void setBridgeScript(const QString &script) { m_script = script; }
    /// A time limit for each bridge run, in milliseconds (0: none).
    void setTimeLimit(int milliseconds) { m_timeLimitMs = milliseconds; }

    /// How many results a run of `target` with `options` produces.
    static int expectedResults(const ChecksTarget &target, const Options &options);

    /// Starts the checks; resultReady() follows for every check, then finished(). False when a
    /// run is already under way.
    bool start(const ChecksTarget &target, const Options &options);
    bool isRunning() const { return m_running; }
    /// Stops the run; finished() follows with `cancelled` set.
    void cancel();

    /// Runs the checks to their end in a local event loop.
    ChecksReport run(const ChecksTarget &target, const Options &options);

signals:
    void progress(int done, int total, const QString &activity);
    void resultReady(const retort::CheckResult &result);
    void finished(const retort::ChecksReport &report);

private:
    std::optional<Error> prepare(const ChecksTarget &target, const Options &options);
    void checkSingleHead();
    void startSequence(int firstUnit);
    void onEvent(const BridgeEvent &event);
    void onActionEnd(const PlannedAction &action, const QString &snapshot);
    void onSequenceFinished(const BridgeOutcome &outcome);
    void recordFailure(const PlannedAction &action, const BridgeOutcome &outcome);
    void startModelsCheck();
    void onModelsChecked(const CompareReport &report);
    void compareSnapshots(CheckKind check, int unit, const QString &expected, const QString &actual,
        const QString &what);
    void skipUnit(int unit, int fromCheck, const QString &why);
    void addResult(CheckResult result);
    void complete();

    const TrustStore *m_trust;
    QString m_interpreter;
    QString m_script;
    int m_timeLimitMs = 0;

    ChecksTarget m_target;
    Options m_options;
    std::unique_ptr<QTemporaryDir> m_work;
    QList<int> m_units; ///< -1 (upgrade to head) and revision indexes, in run order
    int m_nextUnit = 0; ///< where the running sequence started in m_units
    RoundTripPlan m_plan;
    std::unique_ptr<BridgeProcess> m_bridge;
    std::unique_ptr<SchemaCompare> m_compare;
    int m_currentAction = -1;
    QStringList m_actionStatements;
    QHash<int, QString> m_upSnapshots; ///< unit -> the snapshot after its first upgrade
    QString m_headSnapshot;
    QSet<QString> m_failedUpgrades; ///< revisions whose upgrade failed
    ChecksReport m_report;
    int m_total = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace retort
