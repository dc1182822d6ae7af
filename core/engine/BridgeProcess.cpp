// SPDX-License-Identifier: MIT
#include "engine/BridgeProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

constexpr auto scriptName = "retort/bridge/retort_bridge.py";
constexpr qsizetype stderrTailLines = 40;

} // namespace

BridgeProcess::BridgeProcess(QString interpreter, QString bridgeScript, QObject *parent)
    : QObject(parent), m_interpreter(std::move(interpreter)), m_script(std::move(bridgeScript))
{
    qRegisterMetaType<retort::BridgeEvent>();
    qRegisterMetaType<retort::BridgeOutcome>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BridgeProcess::onTimeLimit);
    connect(
        &m_process, &QProcess::readyReadStandardOutput, this, &BridgeProcess::readStandardOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &BridgeProcess::readStandardError);
    connect(&m_process, &QProcess::finished, this, &BridgeProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &BridgeProcess::onErrorOccurred);
}

BridgeProcess::~BridgeProcess()
{
    if (isRunning()) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

std::optional<Error> BridgeProcess::ensureScript(QString &script)
{
    if (!script.isEmpty())
        return std::nullopt;
    auto located = locateScript();
    if (!located)
        return located.error();
    script = *located;
    return std::nullopt;
}

Result<QString> BridgeProcess::locateScript()
{
    QStringList places;
    const QString fromEnvironment = qEnvironmentVariable("RETORT_BRIDGE");
    if (!fromEnvironment.isEmpty())
        places << fromEnvironment;
    if (QCoreApplication::instance()) {
        places << QDir(QCoreApplication::applicationDirPath())
                      .filePath(u"../"_s + QStringLiteral(RETORT_INSTALL_DATADIR) + u'/'
                          + QLatin1String(scriptName));
    }
    places << QStringLiteral(RETORT_BRIDGE_BUILD_PATH);
    const QString installed
        = QStandardPaths::locate(QStandardPaths::GenericDataLocation, QLatin1String(scriptName));
    if (!installed.isEmpty())
        places << installed;
    for (const QString &place : std::as_const(places)) {
        if (QFileInfo(place).isFile())
            return QFileInfo(place).canonicalFilePath();
    }
    return makeError(Error::Kind::Io,
        tr("The Alembic bridge script was not found. Looked in:\n%1").arg(places.join(u'\n')));
}

bool BridgeProcess::start(const BridgeRequest &request)
{
    if (isRunning() || !m_done)
        return false;
    m_done = false;
    m_cancelled = m_timedOut = false;
    m_stdoutBuffer.clear();
    m_stderrBuffer.clear();
    m_stderrTail.clear();
    m_result = {};
    m_error.reset();

    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    environment.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);
    // Leave the project's folders as they were: no __pycache__ from Retort's runs.
    environment.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(request.projectDir);
    const QByteArray json = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    m_process.start(m_interpreter, {m_script, QString::fromUtf8(json)});
    if (m_timeLimitMs > 0)
        m_timer.start(m_timeLimitMs);
    return true;
}

void BridgeProcess::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_process.kill();
}

BridgeOutcome BridgeProcess::run(const BridgeRequest &request)
{
    BridgeOutcome outcome;
    QEventLoop loop;
    const auto connection
        = connect(this, &BridgeProcess::finished, &loop, [&](const BridgeOutcome &done) {
              outcome = done;
              loop.quit();
          });
    if (!start(request)) {
        disconnect(connection);
        outcome.message = tr("A bridge run is already under way.");
        return outcome;
    }
    if (!m_done)
        loop.exec();
    disconnect(connection);
    return outcome;
}

void BridgeProcess::readStandardOutput()
{
    m_stdoutBuffer += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(newline);
        m_stdoutBuffer.remove(0, newline + 1);
        if (!line.trimmed().isEmpty())
            handleLine(line);
    }
}

void BridgeProcess::readStandardError()
{
    m_stderrBuffer += m_process.readAllStandardError();
    qsizetype newline;
    while ((newline = m_stderrBuffer.indexOf('\n')) >= 0) {
        const QString text = QString::fromUtf8(m_stderrBuffer.left(newline));
        m_stderrBuffer.remove(0, newline + 1);
        m_stderrTail << text;
        if (m_stderrTail.size() > stderrTailLines)
            m_stderrTail.removeFirst();
        emit eventReceived(BridgeEvent::logLine(text, u"stderr"_s));
    }
}

void BridgeProcess::handleLine(const QByteArray &line)
{
    const BridgeEvent event = BridgeEvent::fromLine(line);
    if (event.type == BridgeEvent::Type::Result)
        m_result = event.data;
    else if (event.type == BridgeEvent::Type::Error)
        m_error = event;
    emit eventReceived(event);
}

void BridgeProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readStandardOutput();
    readStandardError();
    if (!m_stdoutBuffer.trimmed().isEmpty())
        handleLine(std::exchange(m_stdoutBuffer, {}));
    if (!m_stderrBuffer.isEmpty()) {
        m_stderrTail << QString::fromUtf8(std::exchange(m_stderrBuffer, {}));
        emit eventReceived(BridgeEvent::logLine(m_stderrTail.constLast(), u"stderr"_s));
    }
    finish(classify(exitCode, status));
}

BridgeOutcome BridgeProcess::classify(int exitCode, QProcess::ExitStatus status) const
{
    BridgeOutcome outcome;
    outcome.exitCode = exitCode;
    outcome.stderrTail = m_stderrTail.join(u'\n');
    if (m_cancelled) {
        outcome.status = BridgeOutcome::Status::Cancelled;
        outcome.message = tr("The run was cancelled.");
    } else if (m_timedOut) {
        outcome.status = BridgeOutcome::Status::TimedOut;
        outcome.message
            = tr("The run was stopped after the time limit of %1 s.").arg(m_timeLimitMs / 1000.0);
    } else if (m_error) {
        outcome.status = BridgeOutcome::Status::Failed;
        outcome.error = m_error;
        // Python's and Alembic's own wording: left untranslated, as the alembic CLI prints it.
        outcome.message = m_error->string("type") + u": "_s + m_error->string("message");
    } else if (status == QProcess::NormalExit && exitCode == 0 && !m_result.isEmpty()) {
        outcome.status = BridgeOutcome::Status::Succeeded;
        outcome.result = m_result;
    } else {
        outcome.status = BridgeOutcome::Status::Crashed;
        outcome.message = status == QProcess::CrashExit
            ? tr("The Alembic bridge was killed or crashed before it finished.")
            : tr("The Alembic bridge exited with code %1 without a result.").arg(exitCode);
    }
    return outcome;
}

void BridgeProcess::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and kills also arrive through finished()
    BridgeOutcome outcome;
    outcome.status = BridgeOutcome::Status::FailedToStart;
    outcome.message = tr("The Python interpreter %1 could not be started: %2")
                          .arg(m_interpreter, m_process.errorString());
    finish(outcome);
}

void BridgeProcess::onTimeLimit()
{
    if (!isRunning())
        return;
    m_timedOut = true;
    m_process.kill();
}

void BridgeProcess::finish(BridgeOutcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    emit finished(outcome);
}

} // namespace retort
