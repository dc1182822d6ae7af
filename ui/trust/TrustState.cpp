// SPDX-License-Identifier: MIT
#include "trust/TrustState.h"

namespace retort {

TrustState::TrustState(const QString &settingsFile, QObject *parent)
    : QObject(parent), m_store(settingsFile)
{ }

void TrustState::setProjectDir(const QString &projectDir)
{
    const bool changedDir = projectDir != m_projectDir;
    m_projectDir = projectDir;
    const bool trusted = !projectDir.isEmpty() && m_store.isTrusted(projectDir);
    if (changedDir && trusted == m_trusted)
        emit trustChanged(trusted); // same flag, other folder: listeners still show the folder
    update(trusted);
}

Result<void> TrustState::trust()
{
    if (m_projectDir.isEmpty())
        return Error {Error::Kind::Io, tr("No project is open."), {}, 0};
    Result<void> trusted = m_store.trust(m_projectDir);
    if (trusted)
        update(true);
    return trusted;
}

void TrustState::revoke()
{
    if (m_projectDir.isEmpty())
        return;
    m_store.revoke(m_projectDir);
    update(false);
}

void TrustState::refresh()
{
    update(!m_projectDir.isEmpty() && m_store.isTrusted(m_projectDir));
}

void TrustState::update(bool trusted)
{
    if (trusted == m_trusted)
        return;
    m_trusted = trusted;
    emit trustChanged(trusted);
}

} // namespace retort
