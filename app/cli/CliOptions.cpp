// SPDX-License-Identifier: MIT
#include "cli/CliOptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>
#include <optional>

namespace retort {

namespace {

Error usageError(const QString &message)
{
    return makeError(Error::Kind::Usage, message);
}

/// One option: its spellings, whether it takes a value, the commands it belongs to (empty: any)
/// and what it sets.
struct OptionSpec {
    QStringList names;
    bool takesValue = false;
    QList<CliOptions::Command> commands;
    std::function<void(CliOptions &, const QString &)> apply;
};

QList<OptionSpec> optionSpecs()
{
    using C = CliOptions::Command;
    return {
        {{QStringLiteral("-c"), QStringLiteral("--config")}, true, {},
            [](CliOptions &o, const QString &v) { o.configPath = v; }},
        {{QStringLiteral("-n"), QStringLiteral("--name")}, true, {},
            [](CliOptions &o, const QString &v) { o.section = v; }},
        {{QStringLiteral("--db")}, true, {},
            [](CliOptions &o, const QString &v) { o.database = v; }},
        {{QStringLiteral("--version-table")}, true, {},
            [](CliOptions &o, const QString &v) { o.versionTable = v; }},
        {{QStringLiteral("--alembic-version")}, true, {},
            [](CliOptions &o, const QString &v) { o.alembicVersion = v; }},
        {{QStringLiteral("--no-cache")}, false, {},
            [](CliOptions &o, const QString &) { o.noCache = true; }},
        {{QStringLiteral("--json")}, false, {},
            [](CliOptions &o, const QString &) { o.json = true; }},
        {{QStringLiteral("-v"), QStringLiteral("--verbose")}, false, {},
            [](CliOptions &o, const QString &) { o.verbose = true; }},
        {{QStringLiteral("-h"), QStringLiteral("--help")}, false, {},
            [](CliOptions &o, const QString &) { o.showHelp = true; }},
        {{QStringLiteral("--version")}, false, {},
            [](CliOptions &o, const QString &) { o.showVersion = true; }},
        {{QStringLiteral("-r"), QStringLiteral("--rev-range")}, true, {C::History},
            [](CliOptions &o, const QString &v) {
                o.revRange = v;
                o.hasRevRange = true;
            }},
        {{QStringLiteral("-i"), QStringLiteral("--indicate-current")}, false, {C::History},
            [](CliOptions &o, const QString &) { o.indicateCurrent = true; }},
        {{QStringLiteral("--resolve-dependencies")}, false, {C::Heads},
            [](CliOptions &o, const QString &) { o.resolveDependencies = true; }},
        {{QStringLiteral("--from")}, true, {C::Plan},
            [](CliOptions &o, const QString &v) {
                o.fromRevisions = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
                o.hasFrom = true;
            }},
        {{QStringLiteral("-x")}, true, {},
            [](CliOptions &o, const QString &v) { o.xArguments.append(v); }},
        {{QStringLiteral("--trust")}, false, {},
            [](CliOptions &o, const QString &) { o.trust = true; }},
        {{QStringLiteral("--sql")}, false, {C::Upgrade, C::Downgrade, C::Stamp},
            [](CliOptions &o, const QString &) { o.sql = true; }},
        {{QStringLiteral("--tag")}, true, {C::Upgrade, C::Downgrade, C::Stamp},
            [](CliOptions &o, const QString &v) { o.tag = v; }},
        {{QStringLiteral("--purge")}, false, {C::Stamp},
            [](CliOptions &o, const QString &) { o.purge = true; }},
        {{QStringLiteral("-m"), QStringLiteral("--message")}, true, {C::Revision, C::Merge},
            [](CliOptions &o, const QString &v) { o.message = v; }},
        {{QStringLiteral("--autogenerate")}, false, {C::Revision},
            [](CliOptions &o, const QString &) { o.autogenerate = true; }},
        {{QStringLiteral("--head")}, true, {C::Revision},
            [](CliOptions &o, const QString &v) { o.head = v; }},
        {{QStringLiteral("--splice")}, false, {C::Revision},
            [](CliOptions &o, const QString &) { o.splice = true; }},
        {{QStringLiteral("--branch-label")}, true, {C::Revision, C::Merge},
            [](CliOptions &o, const QString &v) { o.branchLabel = v; }},
        {{QStringLiteral("--depends-on")}, true, {C::Revision},
            [](CliOptions &o, const QString &v) { o.dependsOn.append(v); }},
        {{QStringLiteral("--version-path")}, true, {C::Revision},
            [](CliOptions &o, const QString &v) { o.versionPath = v; }},
        {{QStringLiteral("--rev-id")}, true, {C::Revision, C::Merge},
            [](CliOptions &o, const QString &v) { o.revId = v; }},
    };
}

const OptionSpec *findSpec(const QList<OptionSpec> &specs, const QString &name)
{
    for (const OptionSpec &spec : specs) {
        if (spec.names.contains(name))
            return &spec;
    }
    return nullptr;
}

/// One command: its name, what follows it in the help, and its one-line summary.
struct CommandSpec {
    const char *name;
    CliOptions::Command command;
    const char *arguments;
    const char *summary; ///< translated at use
};

/// Every command, in the order `retort --help` lists them; the one list of the commands.
const QList<CommandSpec> &commandSpecs()
{
    using C = CliOptions::Command;
    static const QList<CommandSpec> specs = {
        {"heads", C::Heads, "[--resolve-dependencies]",
            QT_TRANSLATE_NOOP("CliOptions", "show current available heads")},
        {"history", C::History, "[-r START:END] [-i]",
            QT_TRANSLATE_NOOP("CliOptions", "list revisions, newest first")},
        {"branches", C::Branches, "", QT_TRANSLATE_NOOP("CliOptions", "show branch points")},
        {"current", C::Current, "",
            QT_TRANSLATE_NOOP("CliOptions", "show the database's current revision(s)")},
        {"show", C::Show, "REV",
            QT_TRANSLATE_NOOP("CliOptions", "show the revision(s) denoted by REV")},
        {"lint", C::Lint, "[options]",
            QT_TRANSLATE_NOOP("CliOptions", "check the scripts (see retort lint --help)")},
        {"plan", C::Plan, "upgrade|downgrade TARGET",
            QT_TRANSLATE_NOOP("CliOptions", "list the steps of an upgrade or downgrade")},
        {"upgrade", C::Upgrade, "TARGET [--sql]",
            QT_TRANSLATE_NOOP("CliOptions", "upgrade the database (backed up first)")},
        {"downgrade", C::Downgrade, "TARGET [--sql]",
            QT_TRANSLATE_NOOP("CliOptions", "downgrade the database (backed up first)")},
        {"stamp", C::Stamp, "REV... [--purge]",
            QT_TRANSLATE_NOOP("CliOptions", "set the version table, running no migration")},
        {"sql", C::Sql, "TARGET|START:END",
            QT_TRANSLATE_NOOP("CliOptions", "print the SQL from the current revision(s)")},
        {"check", C::Check, "[--all | --revision REV]",
            QT_TRANSLATE_NOOP("CliOptions",
                "models vs head; --all: round-trip health checks on copies")},
        {"revision", C::Revision, "[-m MSG] [--autogenerate]",
            QT_TRANSLATE_NOOP("CliOptions", "create a new revision file")},
        {"merge", C::Merge, "REV... [-m MSG]",
            QT_TRANSLATE_NOOP("CliOptions", "merge revisions in a new revision file")},
        {"backup", C::Backup, "",
            QT_TRANSLATE_NOOP("CliOptions", "back up the database now (no Python runs)")},
        {"backups", C::Backups, "", QT_TRANSLATE_NOOP("CliOptions", "list the database's backups")},
        {"restore", C::Restore, "ID",
            QT_TRANSLATE_NOOP("CliOptions", "restore a backup (the present state backed up)")},
    };
    return specs;
}

std::optional<CliOptions::Command> commandNamed(const QString &name)
{
    for (const CommandSpec &spec : commandSpecs()) {
        if (name == QLatin1String(spec.name))
            return spec.command;
    }
    return std::nullopt;
}

/// The "Commands" lines of the help: one line per command, summaries in one column.
QString commandHelp()
{
    QStringList synopses;
    qsizetype width = 0;
    for (const CommandSpec &spec : commandSpecs()) {
        synopses.append(QString::fromLatin1(spec.name) + QLatin1Char(' ')
            + QString::fromLatin1(spec.arguments));
        width = qMax(width, synopses.last().size());
    }
    QString text;
    for (qsizetype i = 0; i < synopses.size(); ++i) {
        text += QLatin1String("  ") + synopses.at(i).leftJustified(width + 2)
            + QCoreApplication::translate("CliOptions", commandSpecs().at(i).summary)
            + QLatin1Char('\n');
    }
    return text;
}

/// Splits `arguments` into applied options and positionals; remembers options tied to commands.
Result<QStringList> applyOptions(const QStringList &arguments, CliOptions &options,
    QList<std::pair<QString, QList<CliOptions::Command>>> &scoped)
{
    const QList<OptionSpec> specs = optionSpecs();
    QStringList positionals;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        // Like argparse, a negative number ("downgrade -1") is an argument, not an option.
        static const QRegularExpression negativeNumber(QStringLiteral("^-\\d+$"));
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")
            || negativeNumber.match(argument).hasMatch()) {
            if (positionals.isEmpty() && argument == QLatin1String("lint")) {
                // LintCommand parses its own options, those before `lint` included.
                options.command = CliOptions::Command::Lint;
                options.lintArguments = arguments;
                options.lintArguments.removeAt(i);
                return QStringList {argument};
            }
            if (positionals.isEmpty() && argument == QLatin1String("check")
                && (arguments.contains(QLatin1String("--all"))
                    || arguments.contains(QLatin1String("--revision")))) {
                // The health check (HealthCommand) parses its own options, as lint does.
                options.command = CliOptions::Command::Check;
                options.checkAll = true;
                options.healthArguments = arguments;
                options.healthArguments.removeAt(i);
                return QStringList {argument};
            }
            positionals.append(argument);
            continue;
        }
        const qsizetype equals
            = argument.startsWith(QLatin1String("--")) ? argument.indexOf(QLatin1Char('=')) : -1;
        const QString name = equals < 0 ? argument : argument.left(equals);
        const OptionSpec *spec = findSpec(specs, name);
        if (!spec)
            return usageError(
                QCoreApplication::translate("CliOptions", "unrecognized option: %1").arg(name));
        QString value;
        if (spec->takesValue && equals >= 0) {
            value = argument.mid(equals + 1);
        } else if (spec->takesValue) {
            if (++i >= arguments.size())
                return usageError(
                    QCoreApplication::translate("CliOptions", "option %1 expects a value")
                        .arg(name));
            value = arguments.at(i); // taken as is, so `-r -3:` works
        } else if (equals >= 0) {
            return usageError(
                QCoreApplication::translate("CliOptions", "option %1 takes no value").arg(name));
        }
        spec->apply(options, value);
        if (!spec->commands.isEmpty())
            scoped.append({name, spec->commands});
    }
    return positionals;
}

Result<void> applyPositionals(const QStringList &positionals, CliOptions &options)
{
    using C = CliOptions::Command;
    const QStringList rest = positionals.mid(1);
    switch (options.command) {
    case C::Show:
        if (rest.size() != 1)
            return usageError(QCoreApplication::translate(
                "CliOptions", "show expects one revision: retort show REV"));
        options.revision = rest.first();
        return {};
    case C::Plan:
        if (rest.size() != 2
            || (rest.first() != QLatin1String("upgrade")
                && rest.first() != QLatin1String("downgrade")))
            return usageError(QCoreApplication::translate("CliOptions",
                "plan expects a direction and a target: retort plan upgrade|downgrade TARGET"));
        options.upgrade = rest.first() == QLatin1String("upgrade");
        options.target = rest.at(1);
        return {};
    case C::Upgrade:
    case C::Downgrade:
    case C::Sql:
        if (rest.size() != 1)
            return usageError(
                QCoreApplication::translate("CliOptions", "%1 expects one target: retort %1 TARGET")
                    .arg(positionals.first()));
        options.revisions = rest;
        return {};
    case C::Stamp:
    case C::Merge:
        if (rest.isEmpty())
            return usageError(QCoreApplication::translate(
                "CliOptions", "%1 expects one or more revisions: retort %1 REV...")
                                  .arg(positionals.first()));
        options.revisions = rest;
        return {};
    case C::Restore:
        if (rest.size() != 1)
            return usageError(QCoreApplication::translate("CliOptions",
                "restore expects a backup id: retort restore ID (see retort backups)"));
        options.backupId = rest.first();
        return {};
    default:
        if (!rest.isEmpty())
            return usageError(QCoreApplication::translate("CliOptions", "unexpected argument: %1")
                                  .arg(rest.first()));
        return {};
    }
}

} // namespace

Result<CliOptions> CliOptions::parse(const QStringList &arguments)
{
    CliOptions options;
    // As alembic's -c default: $ALEMBIC_CONFIG, else ./alembic.ini.
    options.configPath = qEnvironmentVariable("ALEMBIC_CONFIG", options.configPath);
    QList<std::pair<QString, QList<Command>>> scoped;
    Result<QStringList> positionals = applyOptions(arguments, options, scoped);
    if (!positionals)
        return positionals.error();
    if (options.showHelp || options.showVersion || options.command == Command::Lint
        || options.checkAll)
        return options;
    if (positionals->isEmpty()) {
        return usageError(QCoreApplication::translate("CliOptions", "no command given (one of: %1)")
                              .arg(commandNames().join(QLatin1String(", "))));
    }
    const std::optional<Command> command = commandNamed(positionals->first());
    if (!command)
        return usageError(QCoreApplication::translate("CliOptions", "unknown command: %1")
                              .arg(positionals->first()));
    options.command = *command;
    for (const auto &[name, owners] : scoped) {
        if (!owners.contains(options.command))
            return usageError(
                QCoreApplication::translate("CliOptions", "option %1 does not apply to command %2")
                    .arg(name, positionals->first()));
    }
    if (Result<void> applied = applyPositionals(*positionals, options); !applied)
        return applied.error();
    return options;
}

bool CliOptions::runsPython() const
{
    switch (command) {
    case Command::Upgrade:
    case Command::Downgrade:
    case Command::Stamp:
    case Command::Sql:
    case Command::Check:
    case Command::Revision:
    case Command::Merge:
        return true;
    default:
        return false;
    }
}

const QStringList &CliOptions::commandNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const CommandSpec &spec : commandSpecs())
            list.append(QString::fromLatin1(spec.name));
        return list;
    }();
    return names;
}

QString CliOptions::helpText()
{
    return QCoreApplication::translate("CliOptions",
               "Usage: retort [options] COMMAND [command options]\n"
               "\n"
               "Reads an Alembic project (alembic.ini, env.py's script folder, revision scripts)\n"
               "and an SQLite database. heads, history, branches, current, show, lint, plan and\n"
               "the backup commands run no Python and need no trust. upgrade, downgrade, stamp,\n"
               "sql, check, revision and merge run the project's own Alembic (env.py and the\n"
               "migrations are Python code), so they need --trust or a folder trusted in the\n"
               "Retort window; every write backs the database up first and restores it when the\n"
               "run fails.\n"
               "\n"
               "Commands (those alembic has print what the alembic command of the same name\n"
               "prints):\n")
        + commandHelp()
        + QCoreApplication::translate("CliOptions",
            "\n"
            "Options:\n"
            "  -c, --config FILE         alembic.ini, or the folder holding it\n"
            "                            (default: $ALEMBIC_CONFIG, else ./alembic.ini)\n"
            "  -n, --name SECTION        ini section to read (default: alembic)\n"
            "  --db FILE                 SQLite database file (default: from sqlalchemy.url)\n"
            "  --version-table NAME      version table (default: alembic_version)\n"
            "  --alembic-version X.Y.Z   behave like this Alembic release where releases\n"
            "                            differ, e.g. script load order (default: the\n"
            "                            release installed for the project, read from\n"
            "                            package metadata without running Python)\n"
            "  --no-cache                read every script; neither use nor update the header\n"
            "                            cache (~/.cache/retort, validated by file stamps)\n"
            "  --json                    print results as JSON\n"
            "  -v, --verbose             verbose output\n"
            "  -r, --rev-range RANGE     history: [start]:[end], [start]: or :[end]\n"
            "  -i, --indicate-current    history: mark the database's current revision(s)\n"
            "  --resolve-dependencies    heads: treat dependencies as down revisions\n"
            "  --from REV[,REV]          plan: start from these revisions, not the database's\n"
            "  --trust                   run the project's Python (env.py, migrations) this\n"
            "                            once, without remembering the folder as trusted\n"
            "  -x KEY=VALUE              extra argument for env.py (repeatable), as alembic -x\n"
            "  --sql                     upgrade/downgrade/stamp: print Alembic's offline SQL;\n"
            "                            TARGET may be a START:END range\n"
            "  --tag TAG                 upgrade/downgrade/stamp: tag for env.py\n"
            "  --purge                   stamp: empty the version table first\n"
            "  -m, --message MSG         revision/merge: the message\n"
            "  --autogenerate            revision: compare the models with the database\n"
            "  --head REV                revision: the new revision's parent (default: head)\n"
            "  --splice                  revision: allow a parent that is not a head\n"
            "  --branch-label LABEL      revision/merge: label the new revision's branch\n"
            "  --depends-on REV          revision: a dependency (repeatable)\n"
            "  --version-path DIR        revision: where to write the file\n"
            "  --rev-id ID               revision/merge: the new revision's id\n"
            "  -h, --help                show this help\n"
            "  --version                 show Retort's version\n"
            "\n"
            "Exit codes:\n"
            "  0  success\n"
            "  1  the command failed as alembic's would (bad revision, multiple heads, ...)\n"
            "  2  usage error (unknown command or option, missing argument)\n"
            "  3  configuration or database problem (missing alembic.ini or scripts folder, a\n"
            "     script Retort cannot read statically, database missing, locked or not\n"
            "     SQLite, non-SQLite URL), or no Python interpreter with Alembic\n"
            "  4  the project folder is not trusted: nothing ran (use --trust)\n"
            "  5  a write failed and restoring the database failed too (the message names\n"
            "     the backup to restore by hand)\n"
            "\n"
            "Errors are printed to stderr as \"FAILED: <message>\".\n");
}

} // namespace retort
