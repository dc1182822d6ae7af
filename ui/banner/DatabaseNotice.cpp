// SPDX-License-Identifier: MIT
#include "banner/DatabaseNotice.h"

#include <QCoreApplication>

#include <algorithm>

namespace retort {

namespace {

QString translate(const char *text, int n = -1)
{
    return QCoreApplication::translate("DatabaseNotice", text, nullptr, n);
}

int pendingCount(const GraphSnapshot &snapshot)
{
    return int(std::count_if(snapshot.revisions.cbegin(), snapshot.revisions.cend(),
        [](const RevisionEntry &entry) { return entry.state == RevisionState::Pending; }));
}

std::optional<DatabaseNotice> databaseNotice(const GraphSnapshot &snapshot)
{
    using Kind = DatabaseNotice::Kind;
    using Severity = Theme::Severity;
    if (snapshot.databaseProblem) {
        const Error &problem = *snapshot.databaseProblem;
        if (problem.kind == Error::Kind::Resolution)
            return DatabaseNotice {Kind::UnknownRevision, Severity::Error,
                translate("The database is at a revision no script defines: %1")
                    .arg(problem.message)};
        if (problem.kind == Error::Kind::Config)
            return DatabaseNotice {Kind::NoDatabase, Severity::Info, problem.message};
        return DatabaseNotice {Kind::Unreadable, Severity::Error,
            translate("The database could not be read: %1").arg(problem.message)};
    }
    if (snapshot.databasePath.isEmpty() || !snapshot.databaseRead)
        return DatabaseNotice {Kind::NoDatabase, Severity::Info,
            translate("No database chosen: choose one to see which revisions "
                      "are applied.")};
    if (!snapshot.unknownRevisions.isEmpty())
        return DatabaseNotice {Kind::UnknownRevision, Severity::Error,
            translate("The database is at a revision no script defines: %1")
                .arg(snapshot.unknownRevisions.join(QLatin1String(", ")))};
    const int pending = pendingCount(snapshot);
    if (snapshot.currentRevisions.isEmpty())
        return DatabaseNotice {Kind::Empty, Severity::Warning,
            translate("The database is empty: no revision is applied yet, "
                      "%n pending.",
                pending)};
    if (pending > 0)
        return DatabaseNotice {Kind::Behind, Severity::Warning,
            translate("The scripts are ahead of the database: %n revision(s) "
                      "pending.",
                pending)};
    return DatabaseNotice {
        Kind::UpToDate, Severity::Info, translate("The database is up to date.")};
}

} // namespace

QList<DatabaseNotice> DatabaseNotice::assess(const GraphSnapshot &snapshot)
{
    QList<DatabaseNotice> notices;
    if (std::optional<DatabaseNotice> notice = databaseNotice(snapshot))
        notices.append(*notice);
    if (snapshot.heads.size() > 1)
        notices.append({Kind::SeveralHeads, Theme::Severity::Warning,
            translate("The scripts have %1 heads (%2): `upgrade head` needs a merge "
                      "revision or an explicit target.")
                .arg(snapshot.heads.size())
                .arg(snapshot.heads.join(QLatin1String(", ")))});
    std::stable_sort(
        notices.begin(), notices.end(), [](const DatabaseNotice &a, const DatabaseNotice &b) {
            return int(a.severity) > int(b.severity);
        });
    return notices;
}

} // namespace retort
