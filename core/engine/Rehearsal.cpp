// SPDX-License-Identifier: MIT
#include "engine/Rehearsal.h"

#include "engine/RunToEnd.h"

namespace retort {

using namespace Qt::StringLiterals;

Rehearsal::Rehearsal(const TrustStore *trust, QObject *parent) : QObject(parent), m_trust(trust)
{
    qRegisterMetaType<retort::RehearsalReport>();
}

Rehearsal::~Rehearsal()
{
    m_bridge.reset(); // stops a running bridge before its copy is deleted
}

bool Rehearsal::start(const BridgeRequest &request)
{
    if (m_running)
        return false;
    m_running = true;
    m_report = {};
    if (auto refusal = prepare(request)) {
        m_report.error = *refusal;
        QMetaObject::invokeMethod(this, &Rehearsal::complete, Qt::QueuedConnection);
        return true;
    }
    BridgeRequest onCopy = request;
    onCopy.databasePath = m_copy->path();
    m_report.schemaBefore = m_copy->schema();
    m_bridge = std::make_unique<BridgeProcess>(m_interpreter, m_script);
    m_bridge->setTimeLimit(m_timeLimitMs);
    connect(m_bridge.get(), &BridgeProcess::eventReceived, this, &Rehearsal::onEvent);
    connect(m_bridge.get(), &BridgeProcess::finished, this, &Rehearsal::onBridgeFinished);
    m_bridge->start(onCopy);
    return true;
}

std::optional<Error> Rehearsal::prepare(const BridgeRequest &request)
{
    if (!m_trust || !m_trust->isTrusted(request.projectDir))
        return TrustStore::untrustedError(request.projectDir);
    if (!request.writes())
        return makeError(
            Error::Kind::Usage, tr("Only upgrade, downgrade and stamp are rehearsed."));
    if (auto missing = BridgeProcess::ensureScript(m_script))
        return missing;
    auto copy = TemporaryDatabaseCopy::create(request.databasePath);
    if (!copy)
        return copy.error();
    m_copy = std::move(*copy);
    return std::nullopt;
}

void Rehearsal::cancel()
{
    if (m_bridge)
        m_bridge->cancel();
}

RehearsalReport Rehearsal::run(const BridgeRequest &request)
{
    return runToEnd(
        this, &Rehearsal::finished, [&] { return start(request); },
        tr("A rehearsal is already under way."));
}

void Rehearsal::onEvent(const BridgeEvent &event)
{
    if (event.type == BridgeEvent::Type::StepStart || event.type == BridgeEvent::Type::StepEnd)
        m_report.steps << event;
    else if (event.type == BridgeEvent::Type::Sql)
        m_report.statements << event;
    emit eventReceived(event);
}

void Rehearsal::onBridgeFinished(const BridgeOutcome &outcome)
{
    m_report.bridge = outcome;
    if (!outcome.ok()) {
        QString message = outcome.message;
        if (outcome.error && !outcome.error->revision().isEmpty())
            message = tr("Revision %1: %2").arg(outcome.error->revision(), message);
        m_report.error = makeError(Error::Kind::Database, message,
            outcome.error ? outcome.error->file() : QString(),
            outcome.error ? outcome.error->line() : 0);
    }
    m_report.schemaAfter = m_copy->schema();
    m_bridge.release()->deleteLater(); // this slot runs inside the bridge's own signal
    complete();
}

void Rehearsal::complete()
{
    m_copy.reset();
    m_running = false;
    emit finished(m_report);
}

} // namespace retort
