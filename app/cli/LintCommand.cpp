// SPDX-License-Identifier: MIT
#include "cli/LintCommand.h"

#include "lint/LintFormat.h"
#include "lint/Linter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace retort {

namespace {

Error usage(const QString &message)
{
    return makeError(Error::Kind::Usage, message);
}

// Splits "A,B" into ids and checks each names at least one rule (an id or an id prefix).
Result<QStringList> ruleList(const QString &option, const QString &value)
{
    QStringList ids;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        bool known = false;
        for (const LintRule &rule : LintRule::all()) {
            known = known || rule.id.startsWith(id);
        }
        if (id.isEmpty() || !known) {
            return usage(QCoreApplication::translate("LintCommand", "%1: no lint rule matches '%2'")
                             .arg(option, id));
        }
        ids.append(id);
    }
    if (ids.isEmpty()) {
        return usage(QCoreApplication::translate(
            "LintCommand", "%1 needs a comma-separated list of rule ids")
                         .arg(option));
    }
    return ids;
}

Result<LintCommand::Format> formatNamed(const QString &name)
{
    if (name == QLatin1String("plain")) {
        return LintCommand::Format::Plain;
    }
    if (name == QLatin1String("json")) {
        return LintCommand::Format::Json;
    }
    if (name == QLatin1String("github")) {
        return LintCommand::Format::Github;
    }
    return usage(QCoreApplication::translate(
        "LintCommand", "--format must be plain, json or github, not '%1'")
                     .arg(name));
}

// Applies one option that takes a value; false when `name` is not such an option.
Result<bool> valueOption(const QString &name, const QString &value, LintCommand::Options &options)
{
    if (name == QLatin1String("--select") || name == QLatin1String("--ignore")) {
        const Result<QStringList> ids = ruleList(name, value);
        if (!ids) {
            return ids.error();
        }
        (name == QLatin1String("--select") ? options.select : options.ignore) += *ids;
    } else if (name == QLatin1String("--format")) {
        const Result<LintCommand::Format> format = formatNamed(value);
        if (!format) {
            return format.error();
        }
        options.format = *format;
    } else if (name == QLatin1String("-c") || name == QLatin1String("--config")) {
        options.project.configPath = value;
    } else if (name == QLatin1String("-n") || name == QLatin1String("--name")) {
        options.project.section = value;
    } else if (name == QLatin1String("--db")) {
        options.project.databaseOverride = value;
    } else if (name == QLatin1String("--alembic-version")) {
        options.project.alembicVersion = value;
    } else {
        return false;
    }
    return true;
}

bool flagOption(const QString &name, LintCommand::Options &options)
{
    if (name == QLatin1String("--json")) {
        options.format = LintCommand::Format::Json;
    } else if (name == QLatin1String("--strict")) {
        options.strict = true;
    } else if (name == QLatin1String("--list-rules")) {
        options.listRules = true;
    } else if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
        options.showHelp = true;
    } else {
        return false;
    }
    return true;
}

QString summary(const QList<LintFinding> &findings)
{
    int counts[3] = {0, 0, 0};
    for (const LintFinding &finding : findings) {
        ++counts[static_cast<int>(finding.severity)];
    }
    return QCoreApplication::translate("LintCommand", "%1 error(s), %2 warning(s), %3 info\n")
        .arg(counts[int(LintSeverity::Error)])
        .arg(counts[int(LintSeverity::Warning)])
        .arg(counts[int(LintSeverity::Info)]);
}

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

Result<LintCommand::Options> LintCommand::parse(const QStringList &arguments)
{
    Options options;
    bool sawJson = false;
    bool sawFormat = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments[i];
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); name.startsWith(u"--") && eq > 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        sawJson = sawJson || name == QLatin1String("--json");
        sawFormat = sawFormat || name == QLatin1String("--format");
        if (!inlineValue && flagOption(name, options)) {
            continue;
        }
        const QString value = inlineValue ? *inlineValue : arguments.value(i + 1);
        const Result<bool> taken = valueOption(name, value, options);
        if (!taken) {
            return taken.error();
        }
        if (!*taken) {
            return usage(QCoreApplication::translate("LintCommand", "Unknown lint option '%1'")
                             .arg(arguments[i]));
        }
        if (!inlineValue && i + 1 >= arguments.size()) {
            return usage(QCoreApplication::translate("LintCommand", "%1 needs a value").arg(name));
        }
        i += inlineValue ? 0 : 1;
    }
    if (sawJson && sawFormat && options.format != Format::Json) {
        return usage(
            QCoreApplication::translate("LintCommand", "--json and --format %1 cannot be combined")
                .arg(options.format == Format::Github ? QStringLiteral("github")
                                                      : QStringLiteral("plain")));
    }
    return options;
}

LintCommand::Output LintCommand::run(
    const Project &project, const Options &options, const QString &baseDir)
{
    Result<LintSettings> settings = Linter::projectSettings(project);
    if (!settings) {
        const Error &error = settings.error();
        const QString where = error.line > 0
            ? QStringLiteral("%1:%2: ").arg(error.file).arg(error.line)
            : QString();
        return Output {
            {}, QStringLiteral("FAILED: %1%2\n").arg(where, error.message), ProjectError};
    }
    settings->select += options.select;
    settings->ignore += options.ignore;
    const QList<LintFinding> findings = Linter(*settings).run(project);

    Output output;
    switch (options.format) {
    case Format::Plain:
        output.out = LintFormat::plain(findings, baseDir);
        output.err = summary(findings);
        break;
    case Format::Json:
        output.out = LintFormat::json(findings, baseDir);
        break;
    case Format::Github:
        output.out = LintFormat::github(findings, baseDir);
        break;
    }
    for (const LintFinding &finding : findings) {
        if (finding.severity == LintSeverity::Error
            || (options.strict && finding.severity == LintSeverity::Warning)) {
            output.exitCode = Failed;
        }
    }
    return output;
}

LintCommand::Output LintCommand::listRules(const Options &options)
{
    Output output;
    if (options.format == Format::Json) {
        QJsonArray rules;
        for (const LintRule &rule : LintRule::all()) {
            rules.append(QJsonObject {{QStringLiteral("id"), rule.id},
                {QStringLiteral("severity"), lintSeverityName(rule.severity)},
                {QStringLiteral("title"), rule.title},
                {QStringLiteral("explanation"), rule.explanation}});
        }
        output.out = QString::fromUtf8(QJsonDocument(rules).toJson(QJsonDocument::Indented));
        return output;
    }
    for (const LintRule &rule : LintRule::all()) {
        output.out
            += QStringLiteral("%1  %2  %3\n    %4\n")
                   .arg(rule.id.leftJustified(9), lintSeverityName(rule.severity).leftJustified(7),
                       rule.title, rule.explanation);
    }
    return output;
}

QString LintCommand::helpText()
{
    return QCoreApplication::translate("LintCommand",
        "usage: retort lint [-c CONFIG] [-n NAME] [--db FILE] [--json | --format "
        "plain|json|github]\n"
        "                   [--select IDS] [--ignore IDS] [--strict] [--list-rules]\n"
        "\n"
        "Checks the revision scripts and the revision graph without running Python.\n"
        "IDS: comma-separated rule ids or prefixes (SQLITE, DATA003). Configure rules in\n"
        "retort.toml [lint] or pyproject.toml [tool.retort.lint]; silence one line with\n"
        "`# retort: ignore[ID]`.\n"
        "\n"
        "exit codes: 0 clean, 1 error findings (or warnings with --strict), 2 usage,\n"
        "3 project or configuration error\n");
}

int LintCommand::exec(const QStringList &arguments)
{
    const Result<Options> options = parse(arguments);
    if (!options) {
        write(stderr, QStringLiteral("FAILED: %1\n").arg(options.error().message));
        return UsageError;
    }
    if (options->showHelp || options->listRules) {
        write(stdout, options->showHelp ? helpText() : listRules(*options).out);
        return Clean;
    }
    Project::Options projectOptions = options->project;
    projectOptions.workingDir = QDir::currentPath();
    const Result<Project> project = Project::load(projectOptions);
    if (!project) {
        write(stderr, QStringLiteral("FAILED: %1\n").arg(project.error().message));
        return ProjectError;
    }
    const Output output = run(*project, *options, QDir::currentPath());
    write(stdout, output.out);
    write(stderr, output.err);
    return output.exitCode;
}

} // namespace retort
