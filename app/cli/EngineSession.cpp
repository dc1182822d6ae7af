// SPDX-License-Identifier: MIT
#include "cli/EngineSession.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"

#include <QCoreApplication>
#include <QDir>

namespace retort {

EngineSession::EngineSession(const Project &project, const CliOptions &options)
    : m_project(project), m_options(options), m_projectDir(project.config().projectDir())
{ }

std::unique_ptr<EngineSession> EngineSession::open(
    const Project &project, const CliOptions &options, int &exitCode)
{
    std::unique_ptr<EngineSession> session(new EngineSession(project, options));
    const QString &folder = session->m_projectDir;
    if (options.trust) {
        // --trust is for this run only: a throw-away store trusts the folder, the user's
        // store (shared with the window) is left as it is.
        session->m_onceDir = std::make_unique<QTemporaryDir>();
        session->m_trust = std::make_unique<TrustStore>(
            session->m_onceDir->filePath(QStringLiteral("trust-once.ini")));
        if (Result<void> trusted = session->m_trust->trust(folder); !trusted) {
            CliOutput::failed(trusted.error().message);
            exitCode = CliApp::ProjectError;
            return nullptr;
        }
    } else {
        session->m_trust = std::make_unique<TrustStore>();
        if (!session->m_trust->isTrusted(folder)) {
            CliOutput::failed(TrustStore::untrustedError(folder).message + QLatin1Char('\n')
                + QCoreApplication::translate("EngineSession",
                    "Run the command again with --trust to run it this once, or trust the "
                    "folder in the Retort window."));
            exitCode = CliApp::Untrusted;
            return nullptr;
        }
    }
    // Package metadata names the interpreter without starting Python, which would cost as much
    // as the bridge's own start-up; only when it finds none are the candidates run, so that the
    // error says what each one lacks.
    const InterpreterLocator locator(InterpreterLocator::fromEnvironment(folder, true));
    Result<InterpreterInfo> found = locator.locateWithoutRunning();
    if (!found)
        found = locator.locate();
    if (!found) {
        CliOutput::failed(found.error().message);
        exitCode = CliApp::ProjectError;
        return nullptr;
    }
    session->m_interpreter = *found;
    if (options.verbose) {
        CliOutput::err(QCoreApplication::translate(
            "EngineSession", "Python: %1 (%2; Python %3, Alembic %4, SQLAlchemy %5)\n")
                           .arg(found->path, found->origin, found->pythonVersion,
                               found->alembicVersion, found->sqlalchemyVersion));
    }
    exitCode = CliApp::Success;
    return session;
}

BridgeRequest EngineSession::request(BridgeRequest::Operation operation) const
{
    BridgeRequest request;
    request.operation = operation;
    request.projectDir = m_projectDir;
    request.iniPath = m_project.config().iniPath();
    request.iniSection = m_project.config().section();
    request.databasePath = m_project.databasePath();
    request.xArguments = m_options.xArguments;
    return request;
}

EngineSession::~EngineSession()
{
    flushEcho();
}

void EngineSession::echo(const BridgeEvent &event) const
{
    if (!m_echo || event.type != BridgeEvent::Type::Log)
        return;
    const bool fromStdout = event.string("stream") == QLatin1String("stdout");
    QString text = event.text();
    if (fromStdout && !m_pendingStatus.isEmpty()
        && (text == QLatin1String("  done") || text == QLatin1String("  FAILED"))) {
        text.prepend(m_pendingStatus);
        m_pendingStatus.clear();
    } else if (fromStdout && text.endsWith(QLatin1String(" ..."))) {
        flushEcho();
        m_pendingStatus = text;
        return;
    }
    flushEcho();
    if (fromStdout && !m_options.json)
        CliOutput::out(text + QLatin1Char('\n'));
    else
        CliOutput::err(text + QLatin1Char('\n'));
}

void EngineSession::flushEcho() const
{
    if (m_pendingStatus.isEmpty())
        return;
    const QString text = m_pendingStatus + QLatin1Char('\n');
    m_pendingStatus.clear();
    if (m_options.json)
        CliOutput::err(text);
    else
        CliOutput::out(text);
}

QString EngineSession::failureText(const BridgeOutcome &outcome)
{
    if (!outcome.error)
        return outcome.message;
    const BridgeEvent &error = *outcome.error;
    if (error.string("type") == QLatin1String("CommandError"))
        return error.string("message");
    QString text = error.string("type") + QLatin1String(": ") + error.string("message");
    if (!error.file().isEmpty()) {
        text += error.line() > 0
            ? QCoreApplication::translate("EngineSession", " (%1, line %2)")
                  .arg(error.file())
                  .arg(error.line())
            : QCoreApplication::translate("EngineSession", " (%1)").arg(error.file());
    }
    return text;
}

} // namespace retort
