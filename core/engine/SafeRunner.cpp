// SPDX-License-Identifier: MIT
#include "engine/SafeRunner.h"

#include "engine/RunToEnd.h"

#include <QFile>
#include <QFileInfo>

#include <array>
#include <utility>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

// Alembic's and Python's exception classes, as the kinds Retort reports them with.
Error::Kind kindForPythonError(const QString &type)
{
    static const std::array<std::pair<QLatin1String, Error::Kind>, 8> kinds {{
        {"SyntaxError"_L1, Error::Kind::Parse},
        {"IndentationError"_L1, Error::Kind::Parse},
        {"InterlockError"_L1, Error::Kind::Config},
        {"ResolutionError"_L1, Error::Kind::Resolution},
        {"MultipleHeads"_L1, Error::Kind::MultipleHeads},
        {"RangeNotAncestorError"_L1, Error::Kind::RangeNotAncestor},
        {"RevisionError"_L1, Error::Kind::Revision},
        {"CommandError"_L1, Error::Kind::Revision},
    }};
    for (const auto &[name, kind] : kinds) {
        if (type == name)
            return kind;
    }
    return Error::Kind::Database;
}

bool isReadOnlyFile(const QString &path)
{
    // Checked on the permission bits: root may write any file, but a read-only database
    // is the user's statement that it must not change.
    const QFileInfo info(path);
    return !(info.permissions() & QFile::WriteOwner) || !info.isWritable();
}

} // namespace

SafeRunner::SafeRunner(BackupStore *backups, const TrustStore *trust, QObject *parent)
    : QObject(parent), m_backups(backups), m_trust(trust)
{
    qRegisterMetaType<retort::SafeRunResult>();
}

SafeRunner::~SafeRunner() = default;

qint64 SafeRunner::bridgeProcessId() const
{
    return m_bridge ? m_bridge->processId() : 0;
}

bool SafeRunner::start(const BridgeRequest &request)
{
    if (m_running)
        return false;
    m_running = true;
    m_request = request;
    m_backup.reset();
    m_runningRevision.clear();
    m_runningFile.clear();
    if (auto refusal = prepare(request)) {
        refuse(*refusal);
        return true;
    }
    m_bridge = std::make_unique<BridgeProcess>(m_interpreter, m_script);
    m_bridge->setTimeLimit(m_timeLimitMs);
    connect(m_bridge.get(), &BridgeProcess::eventReceived, this, &SafeRunner::onEvent);
    connect(m_bridge.get(), &BridgeProcess::finished, this, &SafeRunner::onBridgeFinished);
    m_bridge->start(request);
    return true;
}

std::optional<Error> SafeRunner::prepare(const BridgeRequest &request)
{
    if (!m_trust || !m_trust->isTrusted(request.projectDir))
        return TrustStore::untrustedError(request.projectDir);
    if (m_interpreter.isEmpty())
        return makeError(Error::Kind::Config, tr("No Python interpreter is set for this project."));
    if (auto missing = BridgeProcess::ensureScript(m_script))
        return missing;
    if (!request.writes())
        return std::nullopt;
    const QString database = request.databasePath;
    if (!m_backups)
        return makeError(
            Error::Kind::Usage, tr("No backup store: Retort does not write without one."));
    if (database.isEmpty())
        return makeError(Error::Kind::Usage, tr("No database is selected."));
    m_databaseExisted = QFileInfo::exists(database);
    if (!m_databaseExisted)
        return std::nullopt; // a failed run removes the file it created
    if (isReadOnlyFile(database)) {
        return makeError(Error::Kind::Io,
            tr("The database %1 is read-only; Retort does not change it. Make the "
               "file writable to run %2.")
                .arg(database, request.operationName()),
            database);
    }
    auto backup = m_backups->create(
        database, tr("before %1 %2").arg(request.operationName(), request.target));
    if (!backup) {
        Error error = backup.error();
        error.message = tr("%1 Nothing was run, so the database is unchanged.").arg(error.message);
        return error;
    }
    m_backup = *backup;
    return std::nullopt;
}

void SafeRunner::cancel()
{
    if (m_bridge)
        m_bridge->cancel();
}

SafeRunResult SafeRunner::run(const BridgeRequest &request)
{
    return runToEnd(
        this, &SafeRunner::finished, [&] { return start(request); },
        tr("A run is already under way."));
}

void SafeRunner::onEvent(const BridgeEvent &event)
{
    if (event.type == BridgeEvent::Type::StepStart) {
        m_runningRevision = event.revision();
        m_runningFile = event.file();
    } else if (event.type == BridgeEvent::Type::StepEnd) {
        m_runningRevision.clear();
        m_runningFile.clear();
    }
    emit eventReceived(event);
}

void SafeRunner::onBridgeFinished(const BridgeOutcome &outcome)
{
    SafeRunResult result;
    result.bridge = outcome;
    result.backup = m_backup;
    if (outcome.ok()) {
        result.status = SafeRunResult::Status::Succeeded;
    } else {
        Error error = describeFailure(outcome);
        result.failedRevision = outcome.error && !outcome.error->revision().isEmpty()
            ? outcome.error->revision()
            : m_runningRevision;
        result.error = error;
        recover(result);
    }
    m_bridge.release()->deleteLater(); // this slot runs inside the bridge's own signal
    complete(std::move(result));
}

Error SafeRunner::describeFailure(const BridgeOutcome &outcome) const
{
    QString revision = m_runningRevision;
    QString file = m_runningFile;
    int line = 0;
    QString what = outcome.message;
    Error::Kind kind = Error::Kind::Io;
    if (outcome.error) {
        const BridgeEvent &event = *outcome.error;
        if (!event.revision().isEmpty())
            revision = event.revision();
        file = event.file();
        line = event.line();
        kind = kindForPythonError(event.string("type"));
    }
    QString message = tr("%1 failed").arg(m_request.operationName());
    if (!revision.isEmpty())
        message += tr(" in revision %1").arg(revision);
    if (!file.isEmpty())
        message += line > 0 ? tr(" (%1, line %2)").arg(file).arg(line) : tr(" (%1)").arg(file);
    message += u": "_s + what;
    return makeError(kind, message, file, line);
}

void SafeRunner::recover(SafeRunResult &result)
{
    if (!m_request.writes()) {
        result.status = SafeRunResult::Status::Failed;
        return;
    }
    Error &error = *result.error;
    if (!m_databaseExisted) {
        const QString database = m_request.databasePath;
        for (const QString &path :
            {database, database + u"-journal"_s, database + u"-wal"_s, database + u"-shm"_s})
            QFile::remove(path);
        result.status = QFileInfo::exists(database) ? SafeRunResult::Status::RestoreFailed
                                                    : SafeRunResult::Status::Restored;
        error.message += u"\n"_s + tr("The database did not exist before the run and was removed.");
        return;
    }
    const auto restored = m_backups->restore(*m_backup, BackupStore::SafetyCopy::Skip);
    if (restored) {
        result.status = SafeRunResult::Status::Restored;
        error.message += u"\n"_s
            + tr("The database was restored from the backup taken before the run (%1).")
                  .arg(m_backup->id);
    } else {
        result.status = SafeRunResult::Status::RestoreFailed;
        error.message += u"\n"_s
            + tr("Restoring the database failed: %1\nThe backup taken before the run is %2.")
                  .arg(restored.error().message, m_backup->path);
    }
}

void SafeRunner::refuse(const Error &error)
{
    SafeRunResult result;
    result.status = SafeRunResult::Status::Refused;
    result.error = error;
    result.backup = m_backup;
    // finished() always arrives after start() has returned.
    QMetaObject::invokeMethod(
        this, [this, result] { complete(result); }, Qt::QueuedConnection);
}

void SafeRunner::complete(SafeRunResult result)
{
    m_running = false;
    emit finished(result);
}

} // namespace retort
