// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace retort {

/// The project folders the user trusts to run Python (env.py and migrations execute code).
/// Folders are stored by canonical path in QSettings, so a symlink or "a/../b" spelling of a
/// trusted folder is trusted and nothing else is.
class TrustStore {
public:
    /// Uses the application's QSettings; with `settingsFile`, an INI file (tests, portable use).
    explicit TrustStore(QString settingsFile = {});

    /// True when `projectDir` exists and its canonical path was trusted.
    bool isTrusted(const QString &projectDir) const;

    /// Trusts the existing folder `projectDir`.
    Result<void> trust(const QString &projectDir);

    /// Withdraws trust; nothing happens when the folder was not trusted.
    void revoke(const QString &projectDir);

    /// Canonical paths of every trusted folder, sorted.
    QStringList trustedFolders() const;

    /// The Error that callers return when asked to run Python for an untrusted folder.
    static Error untrustedError(const QString &projectDir);

private:
    void store(const QStringList &folders);

    QString m_settingsFile;
};

} // namespace retort
