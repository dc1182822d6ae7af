// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliOptions.h"
#include "cli/RevisionFormat.h"
#include "project/Project.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace retort {

/// The commands of `retort` over a loaded Project. Each returns the complete standard output
/// (plain text as the alembic command of the same name prints it, or JSON with --json) or the
/// Error to report.
class CliCommands {
public:
    CliCommands(const Project &project, const CliOptions &options);

    /// Runs options.command.
    Result<QString> run() const;

private:
    Result<QString> heads() const;
    Result<QString> history() const;
    Result<QString> branches() const;
    Result<QString> current() const;
    Result<QString> show() const;
    Result<QString> plan() const;

    Result<QString> historyBetween(
        const QString &base, const QString &head, const QStringList &currents) const;
    Result<QList<const Revision *>> walkWithCurrent(
        const QString &base, const QString &head, const QStringList &currents) const;
    Result<QList<const Revision *>> lookup(const QString &idOrSymbol) const;
    Result<QList<const Revision *>> lookup(const QStringList &ids) const;
    QList<const Revision *> allCurrent(const QStringList &ids) const;

    RevisionFormat format(const Revision &revision) const;
    QJsonObject revisionJson(const Revision &revision) const;
    QString revisionsJson(const QString &key, const QList<const Revision *> &revisions) const;
    static QString jsonText(const QJsonObject &object);

    const Project &m_project;
    const CliOptions &m_options;
};

} // namespace retort
