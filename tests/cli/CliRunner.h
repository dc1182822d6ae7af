// SPDX-License-Identifier: MIT
#pragma once

// Shared by the process-level CLI tests: runs the built `retort` (and the real alembic CLI) with
// a private home, so that trust store, backups and caches never touch the user's own, and copies
// the example projects into a temporary folder.

#include "TestTree.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace clirunner {

struct Run {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;

    /// stdout parsed as a JSON object; empty (and `ok` false) when it is not one.
    QJsonObject json(bool *ok = nullptr) const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        if (ok)
            *ok = error.error == QJsonParseError::NoError && document.isObject();
        return document.object();
    }
};

/// The interpreter with alembic and sqlalchemy (RETORT_TEST_PYTHON).
inline QString testPython()
{
    return qEnvironmentVariable("RETORT_TEST_PYTHON", QStringLiteral(RETORT_TEST_PYTHON));
}

/// An environment whose XDG folders and HOME lie in `home`.
inline QProcessEnvironment privateEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.remove(QStringLiteral("ALEMBIC_CONFIG"));
    environment.remove(QStringLiteral("DATABASE_URL"));
    environment.remove(QStringLiteral("VIRTUAL_ENV"));
    return environment;
}

inline Run runProgram(const QString &program, const QStringList &arguments,
    const QString &workingDir, const QString &home)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setProcessEnvironment(privateEnvironment(home));
    process.start(program, arguments);
    Run run;
    run.finished = process.waitForFinished(180000) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// `retort ARGUMENTS` in `workingDir`.
inline Run retort(const QStringList &arguments, const QString &workingDir, const QString &home)
{
    return runProgram(QStringLiteral(RETORT_BINARY), arguments, workingDir, home);
}

/// `python3 -m alembic ARGUMENTS` in `workingDir`.
inline Run alembic(const QStringList &arguments, const QString &workingDir, const QString &home)
{
    return runProgram(testPython(),
        QStringList {QStringLiteral("-m"), QStringLiteral("alembic")} + arguments, workingDir,
        home);
}

using retort::test::copyExample;

/// Alembic's INFO log lines of a run's stderr. (Its "ERROR [alembic.util.messaging]" line comes
/// from the alembic CLI's own error handler, which Retort replaces with its "FAILED: " line.)
inline QStringList logLines(const QString &err)
{
    QStringList lines;
    for (const QString &line : err.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("INFO  [")))
            lines.append(line);
    }
    return lines;
}

} // namespace clirunner
