// SPDX-License-Identifier: MIT
#include "engine/BackupStore.h"

#include "engine/SqliteConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

constexpr auto backupSuffix = ".sqlite";
constexpr auto sidecarSuffix = ".json";

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

QString newId(const QString &sourcePath, const QDateTime &created)
{
    QString stem = QFileInfo(sourcePath).completeBaseName();
    stem.replace(QRegularExpression(u"[^A-Za-z0-9_.-]"_s), u"_"_s);
    return u"%1-%2-%3"_s.arg(created.toString(u"yyyyMMdd'T'HHmmsszzz"_s), stem)
        .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QChar(u'0'));
}

std::optional<BackupInfo> readSidecar(const QString &sidecarPath)
{
    QFile file(sidecarPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.isEmpty())
        return std::nullopt;
    BackupInfo info;
    info.id = QFileInfo(sidecarPath).completeBaseName();
    info.path
        = QFileInfo(sidecarPath).absoluteDir().filePath(info.id + QLatin1String(backupSuffix));
    info.sourcePath = json.value("source"_L1).toString();
    for (const auto &revision : json.value("revisions"_L1).toArray())
        info.revisions << revision.toString();
    info.created = QDateTime::fromString(json.value("created"_L1).toString(), Qt::ISODateWithMs);
    info.size = json.value("size"_L1).toInteger();
    info.reason = json.value("reason"_L1).toString();
    info.journalMode = json.value("journal_mode"_L1).toString();
    return info;
}

void removeJournalFiles(const QString &databasePath)
{
    // A hot journal left by a killed writer would be rolled back onto the restored file.
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(databasePath + QLatin1String(suffix));
}

} // namespace

BackupStore::BackupStore(QString folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : std::move(folder))
{ }

QString BackupStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"backups"_s);
}

Result<BackupInfo> BackupStore::create(const QString &databasePath, const QString &reason)
{
    auto info = copyWithSidecar(databasePath, reason);
    if (!info)
        return info;
    if (auto pruned = applyRetention(info->sourcePath); !pruned)
        return pruned.error();
    return info;
}

Result<BackupInfo> BackupStore::copyWithSidecar(const QString &databasePath, const QString &reason)
{
    if (!QFileInfo(databasePath).isFile()) {
        return makeError(Error::Kind::Io,
            QCoreApplication::translate("BackupStore", "The database %1 does not exist.")
                .arg(databasePath),
            databasePath);
    }
    if (!QDir().mkpath(m_folder))
        return makeError(Error::Kind::Io,
            QCoreApplication::translate("BackupStore", "Cannot create the backup folder %1.")
                .arg(m_folder));
    BackupInfo info;
    info.sourcePath = canonical(databasePath);
    info.created = QDateTime::currentDateTimeUtc();
    info.id = newId(info.sourcePath, info.created);
    info.path = QDir(m_folder).filePath(info.id + QLatin1String(backupSuffix));
    info.reason = reason;
    {
        SqliteConnection source(databasePath, SqliteConnection::Mode::ReadOnly, m_busyTimeoutMs);
        auto copied = source.open();
        if (copied) {
            info.journalMode = source.journalMode();
            copied = source.vacuumInto(info.path);
        }
        if (!copied) {
            QFile::remove(info.path);
            return copied.error();
        }
    }
    {
        SqliteConnection copy(info.path, SqliteConnection::Mode::ReadOnly, m_busyTimeoutMs);
        if (copy.open())
            info.revisions = copy.alembicVersions();
    }
    info.size = QFileInfo(info.path).size();
    if (auto written = writeSidecar(info); !written) {
        QFile::remove(info.path);
        return written.error();
    }
    return info;
}

Result<void> BackupStore::writeSidecar(const BackupInfo &info) const
{
    const QJsonObject json {
        {u"format"_s, 1},
        {u"source"_s, info.sourcePath},
        {u"revisions"_s, QJsonArray::fromStringList(info.revisions)},
        {u"created"_s, info.created.toString(Qt::ISODateWithMs)},
        {u"size"_s, info.size},
        {u"reason"_s, info.reason},
        {u"journal_mode"_s, info.journalMode},
    };
    QSaveFile file(QDir(m_folder).filePath(info.id + QLatin1String(sidecarSuffix)));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0
        || !file.commit()) {
        return makeError(Error::Kind::Io,
            QCoreApplication::translate("BackupStore", "Cannot write %1: %2")
                .arg(file.fileName(), file.errorString()));
    }
    return {};
}

Result<QList<BackupInfo>> BackupStore::list(const QString &databasePath) const
{
    QList<BackupInfo> backups;
    const QString source = databasePath.isEmpty() ? QString() : canonical(databasePath);
    const QDir dir(m_folder);
    const auto sidecars
        = dir.entryList({u"*"_s + QLatin1String(sidecarSuffix)}, QDir::Files, QDir::Name);
    for (const QString &name : sidecars) {
        auto info = readSidecar(dir.filePath(name));
        if (!info || !QFileInfo::exists(info->path))
            continue; // a sidecar whose database is gone is not a usable backup
        if (source.isEmpty() || info->sourcePath == source)
            backups << *info;
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });
    return backups;
}

Result<std::optional<BackupInfo>> BackupStore::restore(const BackupInfo &backup, SafetyCopy safety)
{
    if (!QFileInfo(backup.path).isFile())
        return makeError(Error::Kind::Io,
            QCoreApplication::translate("BackupStore", "The backup %1 is missing.")
                .arg(backup.path));
    std::optional<BackupInfo> safetyCopy;
    if (safety == SafetyCopy::Take && QFileInfo::exists(backup.sourcePath)) {
        // Retention waits until the restore is done: it could delete the backup being restored.
        auto taken = copyWithSidecar(backup.sourcePath,
            QCoreApplication::translate("BackupStore", "before restoring %1").arg(backup.id));
        if (!taken)
            return taken.error();
        safetyCopy = *taken;
    }
    if (auto replaced = replaceAtomically(backup); !replaced)
        return replaced.error();
    if (auto verified = verifyRestored(backup); !verified)
        return verified.error();
    if (auto pruned = applyRetention(canonical(backup.sourcePath)); !pruned)
        return pruned.error();
    return safetyCopy;
}

Result<QString> BackupStore::writeRestoreCopy(const BackupInfo &backup) const
{
    const QFileInfo targetInfo(backup.sourcePath);
    const QString temp = targetInfo.absoluteDir().filePath(
        u".%1.retort-restore-%2"_s.arg(targetInfo.fileName())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0')));
    {
        SqliteConnection source(backup.path, SqliteConnection::Mode::ReadOnly, m_busyTimeoutMs);
        auto copied = source.open();
        if (copied)
            copied = source.vacuumInto(temp);
        if (!copied) {
            QFile::remove(temp);
            return copied.error();
        }
    }
    if (backup.journalMode == "wal"_L1) {
        // The copy comes out in rollback mode; WAL is stored in the file, so it is set again.
        SqliteConnection copy(temp, SqliteConnection::Mode::ReadWrite, m_busyTimeoutMs);
        auto set = copy.open();
        if (set)
            set = copy.setJournalMode(backup.journalMode);
        if (!set) {
            QFile::remove(temp);
            return set.error();
        }
    }
    return temp;
}

Result<void> BackupStore::replaceAtomically(const BackupInfo &backup) const
{
    const auto temp = writeRestoreCopy(backup);
    if (!temp)
        return temp.error();
    const QString &target = backup.sourcePath;
    const QFileInfo targetInfo(target);
    if (targetInfo.exists())
        QFile::setPermissions(*temp, targetInfo.permissions());
    removeJournalFiles(target);
    if (std::rename(QFile::encodeName(*temp).constData(), QFile::encodeName(target).constData())
        != 0) {
        QFile::remove(*temp);
        return makeError(Error::Kind::Io,
            QCoreApplication::translate("BackupStore", "Cannot replace %1 with the restored copy.")
                .arg(target),
            target);
    }
    return {};
}

Result<void> BackupStore::verifyRestored(const BackupInfo &backup) const
{
    SqliteConnection restored(backup.sourcePath, SqliteConnection::Mode::ReadOnly, m_busyTimeoutMs);
    auto checked = restored.open();
    if (checked)
        checked = restored.quickCheck();
    if (!checked)
        return checked;
    if (restored.alembicVersions() != backup.revisions) {
        return makeError(Error::Kind::Database,
            QCoreApplication::translate(
                "BackupStore", "The restored database %1 does not hold the revisions of backup %2.")
                .arg(backup.sourcePath, backup.id),
            backup.sourcePath);
    }
    return {};
}

Result<void> BackupStore::remove(const BackupInfo &backup)
{
    const QString sidecar = QDir(m_folder).filePath(backup.id + QLatin1String(sidecarSuffix));
    const bool removedDb = !QFileInfo::exists(backup.path) || QFile::remove(backup.path);
    const bool removedSidecar = !QFileInfo::exists(sidecar) || QFile::remove(sidecar);
    if (!removedDb || !removedSidecar)
        return makeError(Error::Kind::Io,
            QCoreApplication::translate("BackupStore", "Cannot delete the backup %1.")
                .arg(backup.id));
    return {};
}

Result<void> BackupStore::applyRetention(const QString &sourcePath)
{
    if (m_retentionLimit <= 0)
        return {};
    auto backups = list(sourcePath);
    if (!backups)
        return backups.error();
    for (qsizetype i = m_retentionLimit; i < backups->size(); ++i) {
        if (auto removed = remove(backups->at(i)); !removed)
            return removed;
    }
    return {};
}

} // namespace retort
