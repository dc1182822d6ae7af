// SPDX-License-Identifier: MIT
#include "lint/RevisionRules.h"

#include "lint/OperationQueries.h"

#include <QCoreApplication>

namespace retort {

namespace {

int lineOr(int line, int fallback)
{
    return line > 0 ? line : qMax(fallback, 1);
}

} // namespace

void RevisionRules::check(const RevisionScript &script, LintReporter &reporter)
{
    if (reporter.enabled(QStringLiteral("REV001"))) {
        checkDowngrade(script, reporter);
    }
    if (reporter.enabled(QStringLiteral("REV002"))) {
        checkUpgrade(script, reporter);
    }
    if (reporter.enabled(QStringLiteral("REV003"))) {
        checkExecute(script, reporter);
    }
}

void RevisionRules::checkDowngrade(const RevisionScript &script, LintReporter &reporter)
{
    if (!script.downgradeOps.isEmpty()) {
        return;
    }
    const ScriptSource &source = reporter.source(script.path);
    const bool upgradeWorks
        = !script.upgradeOps.isEmpty() || source.upgradeBody() == ScriptSource::Body::Code;
    if (!upgradeWorks) {
        return;
    }
    QString message;
    switch (source.downgradeBody()) {
    case ScriptSource::Body::Missing:
        message = QCoreApplication::translate(
            "Linter", "downgrade() is missing although upgrade() changes the database");
        break;
    case ScriptSource::Body::Empty:
        message = QCoreApplication::translate(
            "Linter", "downgrade() is empty although upgrade() changes the database");
        break;
    case ScriptSource::Body::RaisesOnly:
        message = QCoreApplication::translate(
            "Linter", "downgrade() only raises although upgrade() changes the database");
        break;
    case ScriptSource::Body::Code:
        return;
    }
    reporter.report(QStringLiteral("REV001"), script.path,
        lineOr(script.downgradeLine, script.upgradeLine), message);
}

void RevisionRules::checkUpgrade(const RevisionScript &script, LintReporter &reporter)
{
    if (!script.upgradeOps.isEmpty() || script.downRevisions.size() > 1) {
        return; // merge revisions are empty by design
    }
    QString message;
    switch (reporter.source(script.path).upgradeBody()) {
    case ScriptSource::Body::Missing:
        message = QCoreApplication::translate("Linter", "upgrade() is missing");
        break;
    case ScriptSource::Body::Empty:
        message = QCoreApplication::translate(
            "Linter", "upgrade() is empty: the revision does nothing");
        break;
    case ScriptSource::Body::RaisesOnly:
        message = QCoreApplication::translate("Linter", "upgrade() only raises");
        break;
    case ScriptSource::Body::Code:
        return;
    }
    reporter.report(QStringLiteral("REV002"), script.path,
        lineOr(script.upgradeLine, script.revisionLine), message);
}

void RevisionRules::checkExecute(const RevisionScript &script, LintReporter &reporter)
{
    for (const ScriptOperation &op : script.downgradeOps) {
        if (op.name == QLatin1String("execute")) {
            return;
        }
    }
    bool sourceChecked = false;
    for (const ScriptOperation &op : script.upgradeOps) {
        if (op.name != QLatin1String("execute") || !needsUndo(op)) {
            continue;
        }
        if (!sourceChecked) {
            // Without op.execute the downgrade may still run SQL through a connection.
            if (script.downgradeOps.isEmpty() && reporter.source(script.path).downgradeExecutes()) {
                return;
            }
            sourceChecked = true;
        }
        reporter.report(QStringLiteral("REV003"), script.path, op.line,
            QCoreApplication::translate("Linter",
                "op.execute() in upgrade() has no op.execute() in downgrade() to "
                "undo it"));
    }
}

// UPDATE and DELETE are data fixes (backfills, deduplication) that go with a schema change and
// have no inverse to write; other raw SQL needs one.
bool RevisionRules::needsUndo(const ScriptOperation &op)
{
    if (op.literalSql) {
        const QString verb = OperationQueries::sqlVerb(op);
        return verb != QLatin1String("UPDATE") && verb != QLatin1String("DELETE");
    }
    const QString &text = op.arguments;
    return !text.contains(QLatin1String(".update("), Qt::CaseInsensitive)
        && !text.contains(QLatin1String(".delete("), Qt::CaseInsensitive)
        && !text.trimmed().startsWith(QLatin1String("update("), Qt::CaseInsensitive)
        && !text.trimmed().startsWith(QLatin1String("delete("), Qt::CaseInsensitive);
}

} // namespace retort
