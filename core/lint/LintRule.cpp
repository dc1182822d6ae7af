// SPDX-License-Identifier: MIT
#include "lint/LintRule.h"

#include <QCoreApplication>

namespace retort {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LintRule", text);
}

LintRule rule(const char *id, LintSeverity severity, const char *title, const char *explanation)
{
    return LintRule {QString::fromLatin1(id), severity, tr(title), tr(explanation)};
}

QList<LintRule> sqliteAndDataRules()
{
    using S = LintSeverity;
    return {
        rule("SQLITE001", S::Error,
            QT_TRANSLATE_NOOP("LintRule", "ALTER that SQLite cannot run outside batch mode"),
            QT_TRANSLATE_NOOP("LintRule",
                "SQLite's ALTER TABLE cannot change a column or add or drop a constraint: "
                "Alembic raises NotImplementedError or SQLite rejects the statement. Run the "
                "change inside `with op.batch_alter_table(\"t\") as batch_op:` so Alembic "
                "recreates the table (\"move and copy\").")),
        rule("SQLITE002", S::Warning,
            QT_TRANSLATE_NOOP("LintRule", "drop_column outside batch mode on SQLite"),
            QT_TRANSLATE_NOOP("LintRule",
                "ALTER TABLE ... DROP COLUMN needs SQLite 3.35 and fails when the column is "
                "indexed, part of a key, UNIQUE, a foreign key or used by a view or trigger. "
                "Drop it with batch_op.drop_column() inside op.batch_alter_table().")),
        rule("NULL001", S::Error,
            QT_TRANSLATE_NOOP("LintRule", "NOT NULL column added without server_default"),
            QT_TRANSLATE_NOOP("LintRule",
                "Existing rows have no value for the new column: the ALTER fails (SQLite refuses "
                "it even on an empty table). Add the column with a server_default (or nullable), "
                "backfill it with op.execute(\"UPDATE ...\"), then drop the default or make it "
                "NOT NULL in batch mode.")),
        rule("NULL002", S::Warning,
            QT_TRANSLATE_NOOP("LintRule", "column made NOT NULL without backfilling NULLs first"),
            QT_TRANSLATE_NOOP("LintRule",
                "alter_column(nullable=False) fails when a row still holds NULL. Run "
                "op.execute(\"UPDATE t SET c = ... WHERE c IS NULL\") earlier in the same "
                "upgrade(), then alter the column (in batch mode on SQLite).")),
        rule("UNIQ001", S::Warning,
            QT_TRANSLATE_NOOP(
                "LintRule", "unique constraint or index added without removing duplicates first"),
            QT_TRANSLATE_NOOP("LintRule",
                "Creating a UNIQUE constraint or index fails when the table already holds "
                "duplicates. Deduplicate first in the same upgrade() (op.execute(\"DELETE FROM t "
                "WHERE ...\") or an UPDATE), then create the constraint.")),
        rule("DATA001", S::Warning,
            QT_TRANSLATE_NOOP("LintRule", "drop_table deletes a table and all its rows"),
            QT_TRANSLATE_NOOP("LintRule",
                "The table's rows cannot be restored by downgrade(). Back up or migrate the data "
                "first, and make sure nothing reads the table any more.")),
        rule("DATA002", S::Warning,
            QT_TRANSLATE_NOOP("LintRule", "drop_column deletes a column and its data"),
            QT_TRANSLATE_NOOP("LintRule",
                "The column's values cannot be restored by downgrade(). Copy them elsewhere first "
                "if they are still needed.")),
        rule("DATA003", S::Warning, QT_TRANSLATE_NOOP("LintRule", "column type narrowed"),
            QT_TRANSLATE_NOOP("LintRule",
                "Changing to a narrower type truncates, rounds or rejects existing values. Check "
                "the data fits (or convert it with an UPDATE) before altering the type.")),
        rule("DATA004", S::Warning,
            QT_TRANSLATE_NOOP(
                "LintRule", "drop_column and add_column on one table look like a rename"),
            QT_TRANSLATE_NOOP("LintRule",
                "Dropping a column and adding another loses the data. To rename, use "
                "alter_column(..., new_column_name=...) (batch_op.alter_column on SQLite).")),
    };
}

QList<LintRule> revisionAndGraphRules()
{
    using S = LintSeverity;
    return {
        rule("REV001", S::Warning,
            QT_TRANSLATE_NOOP("LintRule", "downgrade() missing, empty or only raising"),
            QT_TRANSLATE_NOOP("LintRule",
                "upgrade() changes the schema but downgrade() cannot undo it, so `alembic "
                "downgrade` past this revision is impossible. Write the inverse operations.")),
        rule("REV002", S::Warning, QT_TRANSLATE_NOOP("LintRule", "upgrade() is empty"),
            QT_TRANSLATE_NOOP("LintRule",
                "A revision that does nothing is usually a mistake (an autogenerate that found no "
                "change). Delete it or add the operations. Merge revisions are exempt.")),
        rule("REV003", S::Warning,
            QT_TRANSLATE_NOOP("LintRule", "raw SQL in upgrade() that downgrade() does not undo"),
            QT_TRANSLATE_NOOP("LintRule",
                "op.execute() runs SQL Alembic cannot invert. Add the inverse op.execute() to "
                "downgrade(). UPDATE and DELETE statements (backfills, deduplication) are "
                "exempt.")),
        rule("NAME001", S::Warning,
            QT_TRANSLATE_NOOP("LintRule", "constraint or index created without a name"),
            QT_TRANSLATE_NOOP("LintRule",
                "An unnamed constraint gets a name chosen by the database (or none on SQLite), "
                "and batch mode cannot drop it later. Pass a name, or op.f() with a naming "
                "convention on the MetaData.")),
        rule("GRAPH001", S::Warning, QT_TRANSLATE_NOOP("LintRule", "several heads"),
            QT_TRANSLATE_NOOP("LintRule",
                "The history has more than one head on the same branch: `alembic upgrade head` "
                "fails. Join them with `alembic merge heads`.")),
        rule("GRAPH002", S::Error,
            QT_TRANSLATE_NOOP("LintRule", "missing down revision or dependency"),
            QT_TRANSLATE_NOOP("LintRule",
                "A revision names a parent no script has: Alembic cannot build the history. "
                "Restore the missing script or fix down_revision / depends_on.")),
        rule("GRAPH003", S::Error, QT_TRANSLATE_NOOP("LintRule", "duplicate revision id"),
            QT_TRANSLATE_NOOP("LintRule",
                "Two scripts declare the same revision id; Alembic keeps only one of them. Give "
                "one a new id and fix its children's down_revision.")),
        rule("GRAPH004", S::Error, QT_TRANSLATE_NOOP("LintRule", "duplicate branch label"),
            QT_TRANSLATE_NOOP("LintRule",
                "A branch label is used by two branches; Alembic refuses to load the history.")),
        rule("GRAPH005", S::Error, QT_TRANSLATE_NOOP("LintRule", "cycle in the revision graph"),
            QT_TRANSLATE_NOOP("LintRule",
                "down_revision or depends_on links form a loop; Alembic refuses to load the "
                "history.")),
        rule("GRAPH006", S::Error, QT_TRANSLATE_NOOP("LintRule", "unreadable revision script"),
            QT_TRANSLATE_NOOP("LintRule",
                "The script cannot be read without running it (a syntax error, or revision "
                "variables computed at run time), so it is left out of the history.")),
        rule("FILE001", S::Info,
            QT_TRANSLATE_NOOP("LintRule", "file name does not match file_template"),
            QT_TRANSLATE_NOOP("LintRule",
                "Alembic names new revisions by the project's file_template (default "
                "%(rev)s_%(slug)s). A name that does not follow it makes scripts hard to find "
                "and sort.")),
    };
}

} // namespace

QString lintSeverityName(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Error:
        return QStringLiteral("error");
    case LintSeverity::Warning:
        return QStringLiteral("warning");
    case LintSeverity::Info:
        break;
    }
    return QStringLiteral("info");
}

std::optional<LintSeverity> lintSeverityFromName(const QString &name)
{
    for (LintSeverity severity : {LintSeverity::Info, LintSeverity::Warning, LintSeverity::Error}) {
        if (name.compare(lintSeverityName(severity), Qt::CaseInsensitive) == 0) {
            return severity;
        }
    }
    return std::nullopt;
}

const QList<LintRule> &LintRule::all()
{
    static const QList<LintRule> rules = sqliteAndDataRules() + revisionAndGraphRules();
    return rules;
}

const LintRule *LintRule::find(const QString &id)
{
    for (const LintRule &rule : all()) {
        if (rule.id == id) {
            return &rule;
        }
    }
    return nullptr;
}

} // namespace retort
