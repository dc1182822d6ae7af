// SPDX-License-Identifier: MIT
#include "cli/HealthCommand.h"

#include "checks/ChecksTarget.h"
#include "checks/HealthChecker.h"
#include "cli/CliApp.h"
#include "engine/TrustStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

Error usage(const QString &message)
{
    return makeError(Error::Kind::Usage, message);
}

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

bool flagOption(const QString &name, HealthCommand::Options &options)
{
    if (name == "--all"_L1)
        options.all = true;
    else if (name == "--json"_L1)
        options.json = true;
    else if (name == "--trust"_L1)
        options.trust = true;
    else if (name == "-h"_L1 || name == "--help"_L1)
        options.showHelp = true;
    else
        return false;
    return true;
}

// Applies one option that takes a value; false when `name` is not such an option.
Result<bool> valueOption(const QString &name, const QString &value, HealthCommand::Options &options)
{
    if (name == "-r"_L1 || name == "--revision"_L1) {
        options.revisions << value;
    } else if (name == "-c"_L1 || name == "--config"_L1) {
        options.project.configPath = value;
    } else if (name == "-n"_L1 || name == "--name"_L1) {
        options.project.section = value;
    } else if (name == "--db"_L1) {
        options.project.databaseOverride = value;
    } else if (name == "--alembic-version"_L1) {
        options.project.alembicVersion = value;
    } else if (name == "--timeout"_L1) {
        bool ok = false;
        options.timeoutSeconds = value.toInt(&ok);
        if (!ok || options.timeoutSeconds < 0)
            return usage(QCoreApplication::translate(
                "HealthCommand", "--timeout needs a number of seconds, not '%1'")
                             .arg(value));
    } else {
        return false;
    }
    return true;
}

QString relative(const QString &file, const QString &baseDir)
{
    if (file.isEmpty() || baseDir.isEmpty())
        return file;
    const QString path = QDir(baseDir).relativeFilePath(file);
    return path.startsWith("../../"_L1) ? file : path;
}

QJsonObject resultJson(const CheckResult &result, const QString &baseDir)
{
    QJsonObject json {
        {u"revision"_s, result.revision.isEmpty() ? QJsonValue() : QJsonValue(result.revision)},
        {u"check"_s, checkId(result.check)},
        {u"status"_s, checkStatusId(result.status)},
        {u"message"_s, result.message},
        {u"differences"_s, QJsonArray::fromStringList(result.differences)},
        {u"statements"_s, QJsonArray::fromStringList(result.statements)},
    };
    if (!result.errorType.isEmpty() || !result.errorMessage.isEmpty()) {
        json.insert(u"error"_s,
            QJsonObject {{u"type"_s, result.errorType}, {u"message"_s, result.errorMessage},
                {u"file"_s, relative(result.file, baseDir)}, {u"line"_s, result.line},
                {u"traceback"_s, result.traceback}});
    }
    return json;
}

QString summary(const ChecksReport &report)
{
    QString text = QCoreApplication::translate("HealthCommand", "%1 passed, %2 failed, %3 skipped")
                       .arg(report.count(CheckStatus::Passed))
                       .arg(report.count(CheckStatus::Failed))
                       .arg(report.count(CheckStatus::Skipped));
    if (report.cancelled)
        text += QCoreApplication::translate("HealthCommand", " (cancelled)");
    return text + u'\n';
}

int exitCode(const ChecksReport &report)
{
    if (report.error)
        return CliApp::exitCodeFor(report.error->kind);
    return report.passed() ? HealthCommand::Passed : HealthCommand::Failed;
}

// The full revision ids of --revision arguments (partial ids and symbols resolved as Alembic
// does).
Result<QStringList> resolveRevisions(const Project &project, const QStringList &given)
{
    QStringList ids;
    for (const QString &text : given) {
        const auto revision = project.revisionMap().getRevision(text);
        if (!revision)
            return revision.error();
        if (!*revision)
            return usage(QCoreApplication::translate(
                "HealthCommand", "--revision %1 names no revision to check")
                             .arg(text));
        ids << (*revision)->id;
    }
    return ids;
}

} // namespace

Result<HealthCommand::Options> HealthCommand::parse(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments[i];
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); name.startsWith(u"--") && eq > 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (!inlineValue && flagOption(name, options))
            continue;
        if (!inlineValue && i + 1 >= arguments.size()) {
            Options probe;
            const Result<bool> known = valueOption(name, u"0"_s, probe);
            return usage(known && *known
                    ? QCoreApplication::translate("HealthCommand", "%1 needs a value").arg(name)
                    : QCoreApplication::translate("HealthCommand", "Unknown check option '%1'")
                          .arg(arguments[i]));
        }
        const QString value = inlineValue ? *inlineValue : arguments[i + 1];
        const Result<bool> taken = valueOption(name, value, options);
        if (!taken)
            return taken.error();
        if (!*taken)
            return usage(QCoreApplication::translate("HealthCommand", "Unknown check option '%1'")
                             .arg(arguments[i]));
        i += inlineValue ? 0 : 1;
    }
    if (!options.all && options.revisions.isEmpty() && !options.showHelp)
        return usage(QCoreApplication::translate(
            "HealthCommand", "retort check needs --all or --revision REV"));
    return options;
}

QString HealthCommand::helpText()
{
    return QCoreApplication::translate("HealthCommand",
        "usage: retort check (--all | --revision REV ...) [--json] [-c CONFIG] [-n NAME]\n"
        "                    [--db FILE] [--trust] [--timeout SECONDS]\n"
        "\n"
        "Runs the project's migrations with its own Alembic on temporary databases (the\n"
        "project's database is never written) and checks: a single head; an empty\n"
        "database upgrades to head; the models match the database at head; every\n"
        "revision upgrades, downgrades one step and upgrades again, the downgrade\n"
        "restoring the schema from before the upgrade.\n"
        "\n"
        "  --all             every check, every revision\n"
        "  --revision REV    the up/down check of REV only (repeatable)\n"
        "  --json            one JSON object with every result\n"
        "  --trust           run the project's Python without trusting its folder for good\n"
        "  --timeout S       stop a bridge run after S seconds\n"
        "\n"
        "exit codes: 0 every check passed, 1 a check failed, 2 usage, 3 project error\n"
        "(unreadable, not trusted, no Python with Alembic)\n");
}

QString HealthCommand::plainResult(const CheckResult &result, const QString &baseDir)
{
    const QString status = result.status == CheckStatus::Passed ? u"PASS"_s
        : result.status == CheckStatus::Failed                  ? u"FAIL"_s
                                                                : u"SKIP"_s;
    QString text = u"%1  %2  %3  %4\n"_s.arg(status,
        (result.revision.isEmpty() ? u"-"_s : result.revision).leftJustified(12),
        checkId(result.check).leftJustified(18), result.message);
    if (result.status != CheckStatus::Failed)
        return text;
    const QString indent = u"      "_s;
    for (const QString &difference : result.differences)
        text += indent + QCoreApplication::translate("HealthCommand", "difference: ") + difference
            + u'\n';
    for (const QString &statement : result.statements)
        text += indent + QCoreApplication::translate("HealthCommand", "sql: ")
            + statement.simplified() + u'\n';
    if (!result.errorType.isEmpty() || !result.errorMessage.isEmpty()) {
        const QString error = result.errorType.isEmpty()
            ? result.errorMessage
            : result.errorType + u": "_s + result.errorMessage;
        text += indent + QCoreApplication::translate("HealthCommand", "error: ")
            + error.simplified() + u'\n';
    }
    if (!result.file.isEmpty())
        text += indent
            + QCoreApplication::translate("HealthCommand", "at: %1:%2")
                  .arg(relative(result.file, baseDir))
                  .arg(result.line)
            + u'\n';
    return text;
}

HealthCommand::Output HealthCommand::format(
    const ChecksReport &report, bool json, const QString &baseDir)
{
    Output output;
    output.exitCode = exitCode(report);
    if (json) {
        QJsonArray results;
        for (const CheckResult &result : report.results)
            results.append(resultJson(result, baseDir));
        QJsonObject object {
            {u"passed"_s, report.passed()},
            {u"cancelled"_s, report.cancelled},
            {u"error"_s, report.error ? QJsonValue(report.error->message) : QJsonValue()},
            {u"summary"_s,
                QJsonObject {{u"passed"_s, report.count(CheckStatus::Passed)},
                    {u"failed"_s, report.count(CheckStatus::Failed)},
                    {u"skipped"_s, report.count(CheckStatus::Skipped)}}},
            {u"results"_s, results},
        };
        output.out = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return output;
    }
    for (const CheckResult &result : report.results)
        output.out += plainResult(result, baseDir);
    if (report.error)
        output.err = u"FAILED: %1\n"_s.arg(report.error->message);
    else
        output.err = summary(report);
    return output;
}

int HealthCommand::exec(const QStringList &arguments)
{
    const Result<Options> options = parse(arguments);
    if (!options) {
        write(stderr, u"FAILED: %1\n"_s.arg(options.error().message));
        return UsageError;
    }
    if (options->showHelp) {
        write(stdout, helpText());
        return Passed;
    }
    Project::Options projectOptions = options->project;
    projectOptions.workingDir = QDir::currentPath();
    const Result<Project> project = Project::load(projectOptions);
    if (!project) {
        write(stderr, u"FAILED: %1\n"_s.arg(project.error().message));
        return ProjectError;
    }
    Result<ChecksTarget> target = ChecksTarget::fromProject(*project);
    const Result<QStringList> revisions = target ? resolveRevisions(*project, options->revisions)
                                                 : Result<QStringList>(target.error());
    if (!revisions) {
        write(stderr, u"FAILED: %1\n"_s.arg(revisions.error().message));
        return CliApp::exitCodeFor(revisions.error().kind);
    }

    // --trust: a throw-away trust list holding this project only; the user's list is untouched.
    QTemporaryDir trustDir;
    std::unique_ptr<TrustStore> trust = options->trust
        ? std::make_unique<TrustStore>(trustDir.filePath(u"trust.ini"_s))
        : std::make_unique<TrustStore>();
    if (options->trust)
        (void)trust->trust(target->projectDir);

    HealthChecker checker(trust.get());
    checker.setTimeLimit(options->timeoutSeconds * 1000);
    HealthChecker::Options run;
    run.projectChecks = options->all;
    run.revisions = *revisions; // empty with --all alone: every revision
    const QString baseDir = QDir::currentPath();
    if (!options->json) {
        QObject::connect(&checker, &HealthChecker::resultReady,
            [&baseDir](const CheckResult &result) { write(stdout, plainResult(result, baseDir)); });
    }
    const ChecksReport report = checker.run(*target, run);
    const Output output = format(report, options->json, baseDir);
    if (options->json)
        write(stdout, output.out);
    write(stderr, output.err);
    return output.exitCode;
}

} // namespace retort
