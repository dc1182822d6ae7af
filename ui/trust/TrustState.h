// SPDX-License-Identifier: MIT
#pragma once

#include "engine/TrustStore.h"

#include <QObject>
#include <QString>

namespace retort {

/// Whether the open project's folder is trusted to run Python, kept in a TrustStore (the same
/// QSettings the CLI reads). Actions that run project code follow `trusted`.
class TrustState : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool trusted READ isTrusted NOTIFY trustChanged)
    Q_PROPERTY(QString projectDir READ projectDir NOTIFY trustChanged)

public:
    /// `settingsFile` as for TrustStore: empty for the application's QSettings.
    explicit TrustState(const QString &settingsFile, QObject *parent = nullptr);

    /// The folder the state is about; empty when no project is open (never trusted).
    void setProjectDir(const QString &projectDir);
    QString projectDir() const { return m_projectDir; }
    bool isTrusted() const { return m_trusted; }

    /// Trusts the current folder; an Error when it does not exist.
    Result<void> trust();
    /// Withdraws trust from the current folder.
    void revoke();
    /// Reads the store again (another process may have changed it).
    void refresh();

    const TrustStore &store() const { return m_store; }

signals:
    void trustChanged(bool trusted);

private:
    void update(bool trusted);

    TrustStore m_store;
    QString m_projectDir;
    bool m_trusted = false;
};

} // namespace retort
