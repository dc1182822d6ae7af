// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/// The health checks, project-wide first, then the three of every revision's round trip.
enum class CheckKind {
    SingleHead, ///< the revision graph has one head
    UpgradeFromEmpty, ///< an empty database upgrades to head(s)
    ModelsMatch, ///< after that upgrade autogenerate finds no difference with the models
    Upgrade, ///< a database at the revision's parents upgrades to the revision
    Downgrade, ///< downgrading one step succeeds and restores the schema before the upgrade
    Reupgrade, ///< upgrading again succeeds and gives the schema of the first upgrade
};

enum class CheckStatus {
    Passed,
    Failed,
    Skipped, ///< not run: an earlier step failed, or the check does not apply
};

/// The stable id of a check ("single-head", "upgrade-from-empty", "models-match", "upgrade",
/// "downgrade", "upgrade-again"), for JSON and the command line.
QString checkId(CheckKind kind);
/// The check's name for people ("Single head", "Downgrade", ...), translated.
QString checkTitle(CheckKind kind);
/// "pass", "fail", "skip".
QString checkStatusId(CheckStatus status);
/// The three checks of a revision's round trip, in order.
QList<CheckKind> roundTripChecks();
/// The three project-wide checks, in order.
QList<CheckKind> projectChecks();

/// The outcome of one check, for one revision or (revision empty) for the project.
struct CheckResult {
    QString revision; ///< empty for a project-wide check
    CheckKind check = CheckKind::SingleHead;
    CheckStatus status = CheckStatus::Skipped;
    QString message; ///< one line saying what happened
    QStringList differences; ///< schema or model differences, one per line, when there are any
    /// The SQL the failing step executed, in order; after an error the last statement is the
    /// one that failed (or the last one before a failure outside SQL).
    QStringList statements;
    QString errorType; ///< the Python exception's class when the step raised one
    QString errorMessage; ///< its message
    QString traceback; ///< the Python traceback
    QString file; ///< the script where it was raised, when known
    int line = 0;

    bool passed() const { return status == CheckStatus::Passed; }
};

/// Every result of a run of the health checks.
struct ChecksReport {
    QList<CheckResult> results; ///< in the order the checks ran
    std::optional<Error> error; ///< why the run could not start or stopped (not a failed check)
    bool cancelled = false;

    int count(CheckStatus status) const;
    /// True when no check failed and the run ended normally (neither refused nor cancelled).
    bool passed() const;
};

} // namespace retort

Q_DECLARE_METATYPE(retort::CheckResult)
Q_DECLARE_METATYPE(retort::ChecksReport)
