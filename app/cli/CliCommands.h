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

    /// Runs options.command. Each command reads the database and the revision graph in the
    /// order alembic/command.py does, so that a project with several problems fails on the one
    /// Alembic would report.
    Result<QString> run() const;

    /// Checks what Alembic checks before it reads any script (history's range syntax, plan's
    /// target): such mistakes are reported even for a project whose graph is broken.
    static Result<void> checkArguments(const CliOptions &options);

private:
    /// history -r START:END split into its ends; both empty without -r.
    static Result<QStringList> historyEnds(const CliOptions &options);
    /// The error Alembic raises when it first loads the revision map (an unreadable script, a
    /// cycle, a missing down revision...), else success.
    Result<void> requireGraph() const;
    /// The database's version rows in Alembic's order of checks: the database first (env.py
    /// connects before any script is read), then the graph, then ids no script has (unless
    /// `allowUnknown`).
    Result<QStringList> databaseHeads(bool allowUnknown = false) const;

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
