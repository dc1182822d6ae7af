// SPDX-License-Identifier: MIT
#include "cli/CliOptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>
#include <optional>

namespace retort {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliOptions", text);
}

Error usageError(const QString &message)
{
    return makeError(Error::Kind::Usage, message);
}

/// One option: its spellings, whether it takes a value, the command it belongs to (nullopt: any)
/// and what it sets.
struct OptionSpec {
    QStringList names;
    bool takesValue = false;
    std::optional<CliOptions::Command> command;
    std::function<void(CliOptions &, const QString &)> apply;
};

QList<OptionSpec> optionSpecs()
{
    using C = CliOptions::Command;
    return {
        {{QStringLiteral("-c"), QStringLiteral("--config")}, true, std::nullopt,
            [](CliOptions &o, const QString &v) { o.configPath = v; }},
        {{QStringLiteral("-n"), QStringLiteral("--name")}, true, std::nullopt,
            [](CliOptions &o, const QString &v) { o.section = v; }},
        {{QStringLiteral("--db")}, true, std::nullopt,
            [](CliOptions &o, const QString &v) { o.database = v; }},
        {{QStringLiteral("--version-table")}, true, std::nullopt,
            [](CliOptions &o, const QString &v) { o.versionTable = v; }},
        {{QStringLiteral("--alembic-version")}, true, std::nullopt,
            [](CliOptions &o, const QString &v) { o.alembicVersion = v; }},
        {{QStringLiteral("--no-cache")}, false, std::nullopt,
            [](CliOptions &o, const QString &) { o.noCache = true; }},
        {{QStringLiteral("--json")}, false, std::nullopt,
            [](CliOptions &o, const QString &) { o.json = true; }},
        {{QStringLiteral("-v"), QStringLiteral("--verbose")}, false, std::nullopt,
            [](CliOptions &o, const QString &) { o.verbose = true; }},
        {{QStringLiteral("-h"), QStringLiteral("--help")}, false, std::nullopt,
            [](CliOptions &o, const QString &) { o.showHelp = true; }},
        {{QStringLiteral("--version")}, false, std::nullopt,
            [](CliOptions &o, const QString &) { o.showVersion = true; }},
        {{QStringLiteral("-r"), QStringLiteral("--rev-range")}, true, C::History,
            [](CliOptions &o, const QString &v) {
                o.revRange = v;
                o.hasRevRange = true;
            }},
        {{QStringLiteral("-i"), QStringLiteral("--indicate-current")}, false, C::History,
            [](CliOptions &o, const QString &) { o.indicateCurrent = true; }},
        {{QStringLiteral("--resolve-dependencies")}, false, C::Heads,
            [](CliOptions &o, const QString &) { o.resolveDependencies = true; }},
        {{QStringLiteral("--from")}, true, C::Plan,
            [](CliOptions &o, const QString &v) {
                o.fromRevisions = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
                o.hasFrom = true;
            }},
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
            + tr(commandSpecs().at(i).summary) + QLatin1Char('\n');
    }
    return text;
}

/// Splits `arguments` into applied options and positionals; remembers options tied to a command.
Result<QStringList> applyOptions(const QStringList &arguments, CliOptions &options,
    QList<std::pair<QString, CliOptions::Command>> &scoped)
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
            positionals.append(argument);
            continue;
        }
        const qsizetype equals
            = argument.startsWith(QLatin1String("--")) ? argument.indexOf(QLatin1Char('=')) : -1;
        const QString name = equals < 0 ? argument : argument.left(equals);
        const OptionSpec *spec = findSpec(specs, name);
        if (!spec)
            return usageError(tr("unrecognized option: %1").arg(name));
        QString value;
        if (spec->takesValue && equals >= 0) {
            value = argument.mid(equals + 1);
        } else if (spec->takesValue) {
            if (++i >= arguments.size())
                return usageError(tr("option %1 expects a value").arg(name));
            value = arguments.at(i); // taken as is, so `-r -3:` works
        } else if (equals >= 0) {
            return usageError(tr("option %1 takes no value").arg(name));
        }
        spec->apply(options, value);
        if (spec->command)
            scoped.append({name, *spec->command});
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
            return usageError(tr("show expects one revision: retort show REV"));
        options.revision = rest.first();
        return {};
    case C::Plan:
        if (rest.size() != 2
            || (rest.first() != QLatin1String("upgrade")
                && rest.first() != QLatin1String("downgrade")))
            return usageError(
                tr("plan expects a direction and a target: retort plan upgrade|downgrade TARGET"));
        options.upgrade = rest.first() == QLatin1String("upgrade");
        options.target = rest.at(1);
        return {};
    default:
        if (!rest.isEmpty())
            return usageError(tr("unexpected argument: %1").arg(rest.first()));
        return {};
    }
}

} // namespace

Result<CliOptions> CliOptions::parse(const QStringList &arguments)
{
    CliOptions options;
    // As alembic's -c default: $ALEMBIC_CONFIG, else ./alembic.ini.
    options.configPath = qEnvironmentVariable("ALEMBIC_CONFIG", options.configPath);
    QList<std::pair<QString, Command>> scoped;
    Result<QStringList> positionals = applyOptions(arguments, options, scoped);
    if (!positionals)
        return positionals.error();
    if (options.showHelp || options.showVersion || options.command == Command::Lint)
        return options;
    if (positionals->isEmpty()) {
        return usageError(
            tr("no command given (one of: %1)").arg(commandNames().join(QLatin1String(", "))));
    }
    const std::optional<Command> command = commandNamed(positionals->first());
    if (!command)
        return usageError(tr("unknown command: %1").arg(positionals->first()));
    options.command = *command;
    for (const auto &[name, owner] : scoped) {
        if (owner != options.command)
            return usageError(
                tr("option %1 does not apply to command %2").arg(name, positionals->first()));
    }
    if (Result<void> applied = applyPositionals(*positionals, options); !applied)
        return applied.error();
    return options;
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
    return tr("Usage: retort [options] COMMAND [command options]\n"
              "\n"
              "Reads an Alembic project (alembic.ini, env.py's script folder, revision scripts)\n"
              "and an SQLite database without running Python or changing anything.\n"
              "\n"
              "Commands (all but lint and plan print what the alembic command of the same\n"
              "name prints):\n")
        + commandHelp()
        + tr("\n"
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
             "  -h, --help                show this help\n"
             "  --version                 show Retort's version\n"
             "\n"
             "Exit codes:\n"
             "  0  success\n"
             "  1  the command failed as alembic's would (bad revision, multiple heads, ...)\n"
             "  2  usage error (unknown command or option, missing argument)\n"
             "  3  configuration or database problem (missing alembic.ini or scripts folder, a\n"
             "     script Retort cannot read statically, database missing, locked or not\n"
             "     SQLite, non-SQLite URL)\n"
             "\n"
             "Errors are printed to stderr as \"FAILED: <message>\".\n");
}

} // namespace retort
