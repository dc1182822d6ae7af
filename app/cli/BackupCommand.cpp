// SPDX-License-Identifier: MIT
#include "cli/BackupCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace retort {

namespace {

QString revisionsText(const BackupInfo &backup)
{
    return backup.revisions.isEmpty()
        ? QCoreApplication::translate("BackupCommand", "(no revision)")
        : backup.revisions.join(QLatin1Char(','));
}

QString timeText(const BackupInfo &backup)
{
    return backup.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

/// The lines of `retort backups`: a header, then one aligned row per backup.
QString table(const QList<BackupInfo> &backups)
{
    QList<QStringList> rows {{QCoreApplication::translate("BackupCommand", "ID"),
        QCoreApplication::translate("BackupCommand", "CREATED"),
        QCoreApplication::translate("BackupCommand", "REVISIONS"),
        QCoreApplication::translate("BackupCommand", "SIZE"),
        QCoreApplication::translate("BackupCommand", "SOURCE"),
        QCoreApplication::translate("BackupCommand", "REASON")}};
    for (const BackupInfo &backup : backups) {
        rows.append({backup.id, timeText(backup), revisionsText(backup), sizeText(backup.size),
            backup.sourcePath, backup.reason});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        text += line.trimmed() + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QJsonObject BackupCommand::backupJson(const BackupInfo &backup)
{
    return QJsonObject {
        {QStringLiteral("id"), backup.id},
        {QStringLiteral("path"), backup.path},
        {QStringLiteral("source"), backup.sourcePath},
        {QStringLiteral("revisions"), QJsonArray::fromStringList(backup.revisions)},
        {QStringLiteral("created"), backup.created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("size"), backup.size},
        {QStringLiteral("reason"), backup.reason},
    };
}

int BackupCommand::exec(const Project &project, const CliOptions &options)
{
    const QString database = project.databasePath();
    if (database.isEmpty()) {
        CliOutput::failed(project.databaseProblem()
                ? project.databaseProblem()->message
                : QCoreApplication::translate("BackupCommand", "No database is selected."));
        return CliApp::ProjectError;
    }
    BackupStore store;
    switch (options.command) {
    case CliOptions::Command::Backup:
        return backup(store, database, options);
    case CliOptions::Command::Restore:
        return restore(store, database, options);
    default:
        return list(store, database, options);
    }
}

int BackupCommand::backup(BackupStore &store, const QString &database, const CliOptions &options)
{
    const Result<BackupInfo> taken
        = store.create(database, QCoreApplication::translate("BackupCommand", "retort backup"));
    if (!taken) {
        CliOutput::failed(taken.error().message);
        return CliApp::exitCodeFor(taken.error().kind);
    }
    if (options.json) {
        CliOutput::json(QJsonObject {{QStringLiteral("backup"), backupJson(*taken)}});
    } else {
        CliOutput::out(
            QCoreApplication::translate("BackupCommand", "Backed up %1 at %2 (%3) as %4\n")
                .arg(taken->sourcePath, revisionsText(*taken), sizeText(taken->size), taken->id));
    }
    return CliApp::Success;
}

int BackupCommand::list(
    const BackupStore &store, const QString &database, const CliOptions &options)
{
    const Result<QList<BackupInfo>> backups = store.list(database);
    if (!backups) {
        CliOutput::failed(backups.error().message);
        return CliApp::exitCodeFor(backups.error().kind);
    }
    if (options.json) {
        QJsonArray objects;
        for (const BackupInfo &backup : *backups)
            objects.append(backupJson(backup));
        CliOutput::json(QJsonObject {{QStringLiteral("database"), database},
            {QStringLiteral("folder"), store.folder()}, {QStringLiteral("backups"), objects}});
    } else if (backups->isEmpty()) {
        CliOutput::err(QCoreApplication::translate("BackupCommand", "No backups of %1 in %2\n")
                           .arg(database, store.folder()));
    } else {
        CliOutput::out(table(*backups));
    }
    return CliApp::Success;
}

int BackupCommand::restore(BackupStore &store, const QString &database, const CliOptions &options)
{
    const Result<QList<BackupInfo>> backups = store.list(database);
    if (!backups) {
        CliOutput::failed(backups.error().message);
        return CliApp::exitCodeFor(backups.error().kind);
    }
    QList<BackupInfo> matches;
    for (const BackupInfo &backup : *backups) {
        if (backup.id == options.backupId) {
            matches = {backup};
            break;
        }
        if (backup.id.startsWith(options.backupId))
            matches.append(backup);
    }
    if (matches.size() != 1) {
        CliOutput::failed(matches.isEmpty()
                ? QCoreApplication::translate(
                    "BackupCommand", "No backup of %1 has the id %2 (see retort backups)")
                      .arg(database, options.backupId)
                : QCoreApplication::translate(
                    "BackupCommand", "%1 backups of %2 start with %3; give more of the id")
                      .arg(matches.size())
                      .arg(database, options.backupId));
        return CliApp::CommandFailed;
    }
    const BackupInfo &chosen = matches.first();
    const auto restored = store.restore(chosen, BackupStore::SafetyCopy::Take);
    if (!restored) {
        CliOutput::failed(restored.error().message);
        return CliApp::exitCodeFor(restored.error().kind);
    }
    if (options.json) {
        CliOutput::json(QJsonObject {{QStringLiteral("restored"), backupJson(chosen)},
            {QStringLiteral("previous_state"),
                *restored ? QJsonValue(backupJson(**restored)) : QJsonValue(QJsonValue::Null)}});
        return CliApp::Success;
    }
    CliOutput::out(
        QCoreApplication::translate("BackupCommand", "Restored %1 to %2 from backup %3\n")
            .arg(chosen.sourcePath, revisionsText(chosen), chosen.id));
    if (*restored) {
        CliOutput::out(QCoreApplication::translate(
            "BackupCommand", "The state before the restore was backed up as %1\n")
                           .arg((*restored)->id));
    }
    return CliApp::Success;
}

} // namespace retort
