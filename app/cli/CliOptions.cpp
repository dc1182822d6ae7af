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

std::optional<CliOptions::Command> commandNamed(const QString &name)
{
    using C = CliOptions::Command;
    static const QList<std::pair<QString, C>> commands = {
        {QStringLiteral("heads"), C::Heads},
        {QStringLiteral("history"), C::History},
        {QStringLiteral("branches"), C::Branches},
        {QStringLiteral("current"), C::Current},
        {QStringLiteral("show"), C::Show},
        {QStringLiteral("plan"), C::Plan},
    };
    for (const auto &[commandName, command] : commands) {
        if (commandName == name)
            return command;
    }
    return std::nullopt;
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
    if (positionals->isEmpty())
        return usageError(
            tr("no command given (one of: heads, history, branches, current, show, plan)"));
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

QString CliOptions::helpText()
{
    return tr("Usage: retort [options] COMMAND [command options]\n"
              "\n"
              "Reads an Alembic project (alembic.ini, env.py's script folder, revision scripts)\n"
              "and an SQLite database without running Python or changing anything.\n"
              "\n"
              "Commands (output as the alembic command of the same name):\n"
              "  heads [--resolve-dependencies]   show current available heads\n"
              "  history [-r START:END] [-i]       list revisions, newest first\n"
              "  branches                          show branch points\n"
              "  current                           show the database's current revision(s)\n"
              "  show REV                          show the revision(s) denoted by REV\n"
              "  lint [options]                    check the scripts with Retort's linter\n"
              "                                    (see retort lint --help)\n"
              "  plan upgrade|downgrade TARGET [--from REV[,REV]]\n"
              "                                    list the steps an upgrade or downgrade would\n"
              "                                    run from the database's revision(s)\n"
              "\n"
              "Options:\n"
              "  -c, --config FILE         alembic.ini, or the folder holding it\n"
              "                            (default: $ALEMBIC_CONFIG, else ./alembic.ini)\n"
              "  -n, --name SECTION        ini section to read (default: alembic)\n"
              "  --db FILE                 SQLite database file (default: from sqlalchemy.url)\n"
              "  --version-table NAME      version table (default: alembic_version)\n"
              "  --alembic-version X.Y.Z   behave like this Alembic release where releases\n"
              "                            differ, e.g. script load order (default: 1.13.0)\n"
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
