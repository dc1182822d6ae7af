// SPDX-License-Identifier: MIT
#include "engine/SchemaCompare.h"

#include "engine/RunToEnd.h"

namespace retort {

using namespace Qt::StringLiterals;

SchemaCompare::SchemaCompare(const TrustStore *trust, QObject *parent)
    : QObject(parent), m_trust(trust)
{
    qRegisterMetaType<retort::CompareReport>();
}

SchemaCompare::~SchemaCompare()
{
    m_bridge.reset(); // stops a running bridge before its copy is deleted
}

bool SchemaCompare::start(const BridgeRequest &request)
{
    if (m_running)
        return false;
    m_running = true;
    m_report = {};
    if (auto refusal = prepare(request)) {
        m_report.error = *refusal;
        QMetaObject::invokeMethod(this, &SchemaCompare::complete, Qt::QueuedConnection);
        return true;
    }
    BridgeRequest compare = request;
    const bool check = request.operation == BridgeRequest::Operation::Check;
    compare.operation = check ? BridgeRequest::Operation::Check : BridgeRequest::Operation::Compare;
    compare.offline = false;
    compare.databasePath = m_copy->path();
    m_bridge = std::make_unique<BridgeProcess>(m_interpreter, m_script);
    m_bridge->setTimeLimit(m_timeLimitMs);
    connect(m_bridge.get(), &BridgeProcess::eventReceived, this, &SchemaCompare::eventReceived);
    connect(m_bridge.get(), &BridgeProcess::finished, this, &SchemaCompare::onBridgeFinished);
    m_bridge->start(compare);
    return true;
}

std::optional<Error> SchemaCompare::prepare(const BridgeRequest &request)
{
    if (!m_trust || !m_trust->isTrusted(request.projectDir))
        return TrustStore::untrustedError(request.projectDir);
    if (auto missing = BridgeProcess::ensureScript(m_script))
        return missing;
    auto copy = TemporaryDatabaseCopy::create(request.databasePath);
    if (!copy)
        return copy.error();
    m_copy = std::move(*copy);
    return std::nullopt;
}

void SchemaCompare::cancel()
{
    if (m_bridge)
        m_bridge->cancel();
}

CompareReport SchemaCompare::run(const BridgeRequest &request)
{
    return runToEnd(
        this, &SchemaCompare::finished, [&] { return start(request); },
        tr("A comparison is already under way."));
}

void SchemaCompare::onBridgeFinished(const BridgeOutcome &outcome)
{
    m_report.bridge = outcome;
    if (outcome.ok()) {
        const QJsonObject &result = outcome.result;
        m_report.diffs = result.value("diffs"_L1).toArray();
        m_report.upgradePython = result.value("upgrade_python"_L1).toString();
        m_report.downgradePython = result.value("downgrade_python"_L1).toString();
        const QJsonObject ddl = result.value("model_ddl"_L1).toObject();
        for (auto table = ddl.begin(); table != ddl.end(); ++table)
            m_report.modelDefinitions.insert(table.key(), table.value().toString());
        for (const auto &head : result.value("heads"_L1).toArray())
            m_report.heads << head.toString();
    } else {
        m_report.error = makeError(Error::Kind::Database, outcome.message,
            outcome.error ? outcome.error->file() : QString(),
            outcome.error ? outcome.error->line() : 0);
    }
    m_bridge.release()->deleteLater(); // this slot runs inside the bridge's own signal
    complete();
}

void SchemaCompare::complete()
{
    m_copy.reset();
    m_running = false;
    emit finished(m_report);
}

} // namespace retort
