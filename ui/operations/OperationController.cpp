// SPDX-License-Identifier: MIT
#include "operations/OperationController.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

namespace {

QString joinedIds(const QJsonValue &value)
{
    QStringList ids;
    for (const QJsonValue &id : value.toArray())
        ids << id.toString();
    return ids.join(QLatin1String(", "));
}

// "upgrade a -> b", as Alembic logs a step.
QString describeStep(const BridgeEvent &event)
{
    return QStringLiteral("%1 %2 -> %3")
        .arg(event.string("direction"), joinedIds(event.data.value(QLatin1String("from"))),
            joinedIds(event.data.value(QLatin1String("to"))));
}

// Runs on a worker thread: only plain values in, one OperationResult out.
OperationResult runBackupJob(BackupStore store, OperationRequest request, QString database)
{
    OperationResult result;
    result.request = request;
    if (request.kind == OperationRequest::Kind::Backup) {
        auto backup = store.create(
            database, QCoreApplication::translate("retort::OperationController", "backup now"));
        if (backup) {
            result.status = OperationResult::Status::Succeeded;
            result.backup = *backup;
            result.backupKept = true;
        } else {
            result.status = OperationResult::Status::Failed;
            result.error = backup.error();
        }
        return result;
    }
    auto restored = store.restore(request.backup, BackupStore::SafetyCopy::Take);
    if (restored) {
        result.status = OperationResult::Status::Succeeded;
        result.backup = *restored; // the safety copy of the database as it was
        result.backupKept = restored->has_value();
    } else {
        result.status = OperationResult::Status::Failed;
        result.error = restored.error();
    }
    return result;
}

} // namespace

OperationController::OperationController(
    BackupStore *backups, const TrustStore *trust, QObject *parent)
    : QObject(parent), m_backups(backups), m_trust(trust), m_runner(backups, trust)
{
    qRegisterMetaType<retort::OperationRequest>();
    qRegisterMetaType<retort::OperationResult>();
    qRegisterMetaType<retort::BridgeEvent>();
    connect(&m_runner, &SafeRunner::eventReceived, this, &OperationController::onEvent);
    connect(&m_runner, &SafeRunner::finished, this, &OperationController::onRunFinished);
}

OperationController::~OperationController()
{
    if (!m_runner.isRunning())
        return;
    // Closing the window mid-run must not leave a half-migrated database: cancel, and wait for
    // the runner to restore it. Nobody is told any more.
    disconnect(&m_runner, nullptr, this, nullptr);
    QEventLoop loop;
    connect(&m_runner, &SafeRunner::finished, &loop, &QEventLoop::quit);
    m_runner.cancel();
    if (m_runner.isRunning())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

bool OperationController::setContext(const OperationContext &context)
{
    if (isRunning())
        return false;
    m_context = context;
    emit contextChanged();
    return true;
}

void OperationController::setTimeLimit(int milliseconds)
{
    m_runner.setTimeLimit(milliseconds);
}

bool OperationController::start(const OperationRequest &request)
{
    if (isRunning())
        return false;
    m_current = request;
    m_stepIndex = 0;
    emit started(request);
    if (request.runsAlembic())
        startAlembic(request);
    else
        startBackupJob(request);
    return true;
}

bool OperationController::canCancel() const
{
    return m_current && m_current->runsAlembic();
}

void OperationController::cancel()
{
    if (canCancel())
        m_runner.cancel();
}

void OperationController::startAlembic(const OperationRequest &request)
{
    m_runner.setInterpreter(m_context.interpreter);
    m_runner.setBridgeScript(m_context.bridgeScript);
    m_runner.start(m_context.bridgeRequest(request.bridgeOperation(), request.target));
}

void OperationController::startBackupJob(const OperationRequest &request)
{
    const QString database = request.kind == OperationRequest::Kind::Restore
        ? request.backup.sourcePath
        : m_context.databasePath;
    if (!m_backups || database.isEmpty()) {
        OperationResult result;
        result.request = request;
        result.error = makeError(Error::Kind::Usage,
            m_backups ? tr("No database is selected.") : tr("No backup store is set."));
        // finished() always follows start() after it has returned, as for Alembic runs.
        QMetaObject::invokeMethod(
            this, [this, result] { complete(result); }, Qt::QueuedConnection);
        return;
    }
    auto *watcher = new QFutureWatcher<OperationResult>(this);
    connect(watcher, &QFutureWatcher<OperationResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        complete(watcher->result());
    });
    // A copy of the store: same folder and limits, no state shared with the UI thread.
    watcher->setFuture(QtConcurrent::run(runBackupJob, *m_backups, request, database));
}

void OperationController::onEvent(const BridgeEvent &event)
{
    const int total = m_current ? m_current->expectedSteps : 0;
    switch (event.type) {
    case BridgeEvent::Type::StepStart:
        ++m_stepIndex;
        emit stepStarted(event.revision(), describeStep(event), m_stepIndex, total);
        break;
    case BridgeEvent::Type::StepEnd:
        emit stepFinished(event.revision(), m_stepIndex, total);
        break;
    case BridgeEvent::Type::Log:
        emit logLine(event.text(), event.string("stream"));
        break;
    case BridgeEvent::Type::Sql:
        emit sqlExecuted(event.statement(), event.revision());
        break;
    case BridgeEvent::Type::Result:
    case BridgeEvent::Type::Error:
        break;
    }
    emit eventReceived(event);
}

void OperationController::onRunFinished(const SafeRunResult &run)
{
    OperationResult result = OperationResult::fromSafeRun(*m_current, run);
    if (result.ok() && result.backup && !m_current->keepBackup && m_backups) {
        // The backup guarded the run; the user asked not to keep it.
        result.backupKept = !m_backups->remove(*result.backup).ok();
    }
    complete(std::move(result));
}

void OperationController::complete(OperationResult result)
{
    m_current.reset();
    const bool touched = result.status != OperationResult::Status::Refused
        && result.request.kind != OperationRequest::Kind::Backup;
    emit finished(result);
    if (touched)
        emit databaseChanged();
}

} // namespace retort
