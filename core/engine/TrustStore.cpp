// SPDX-License-Identifier: MIT
#include "engine/TrustStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

#include <memory>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

constexpr auto trustKey = "engine/trustedFolders";

QString canonicalFolder(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.canonicalFilePath() : QString();
}

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

TrustStore::TrustStore(QString settingsFile) : m_settingsFile(std::move(settingsFile)) { }

bool TrustStore::isTrusted(const QString &projectDir) const
{
    const QString canonical = canonicalFolder(projectDir);
    return !canonical.isEmpty() && trustedFolders().contains(canonical);
}

Result<void> TrustStore::trust(const QString &projectDir)
{
    const QString canonical = canonicalFolder(projectDir);
    if (canonical.isEmpty()) {
        return makeError(Error::Kind::Io,
            QCoreApplication::translate("TrustStore", "The folder %1 does not exist.")
                .arg(projectDir),
            projectDir);
    }
    QStringList folders = trustedFolders();
    if (!folders.contains(canonical)) {
        folders << canonical;
        store(folders);
    }
    return {};
}

void TrustStore::revoke(const QString &projectDir)
{
    const QString canonical = canonicalFolder(projectDir);
    QStringList folders = trustedFolders();
    if (folders.removeAll(canonical) > 0)
        store(folders);
}

QStringList TrustStore::trustedFolders() const
{
    QStringList folders
        = openSettings(m_settingsFile)->value(QLatin1String(trustKey)).toStringList();
    folders.sort();
    return folders;
}

void TrustStore::store(const QStringList &folders)
{
    auto settings = openSettings(m_settingsFile);
    QStringList sorted = folders;
    sorted.sort();
    settings->setValue(QLatin1String(trustKey), sorted);
    settings->sync();
}

Error TrustStore::untrustedError(const QString &projectDir)
{
    return makeError(Error::Kind::Config,
        QCoreApplication::translate("TrustStore",
            "The project folder %1 is not trusted. Its env.py and migration scripts "
            "are Python code; Retort runs none of it until you trust the folder.")
            .arg(projectDir),
        projectDir);
}

} // namespace retort
