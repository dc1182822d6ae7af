// SPDX-License-Identifier: MIT
#include "merge/RevisionWriter.h"

#include "engine/RevisionAuthor.h"

namespace retort {

RevisionWriter::RevisionWriter(const TrustStore *trust, QObject *parent)
    : QObject(parent), m_trust(trust)
{
    qRegisterMetaType<retort::AuthorReport>();
}

RevisionWriter::~RevisionWriter()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool RevisionWriter::start(Kind kind, const BridgeRequest &request)
{
    if (m_thread)
        return false;
    const TrustStore *trust = m_trust;
    const QString interpreter = m_interpreter;
    const QString script = m_script;
    // The worker owns its RevisionAuthor (and the bridge's QProcess) for the write's lifetime;
    // the report crosses back by a queued call.
    m_thread = QThread::create([this, kind, request, trust, interpreter, script] {
        RevisionAuthor author(trust);
        author.setInterpreter(interpreter);
        author.setBridgeScript(script);
        const AuthorReport report
            = kind == Kind::Merge ? author.merge(request) : author.revision(request);
        QMetaObject::invokeMethod(
            this, [this, report] { complete(report); }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void RevisionWriter::complete(const AuthorReport &report)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit finished(report);
}

} // namespace retort
