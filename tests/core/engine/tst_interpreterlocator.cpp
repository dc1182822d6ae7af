// SPDX-License-Identifier: MIT
#include "EngineFixture.h"
#include "engine/InterpreterLocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;

namespace {

const QByteArray okOutput
    = R"(echo '{"python": "3.12.1", "sqlalchemy": "2.0.30", "alembic": "1.13.2"}')";
const QByteArray missingOutput
    = R"J(echo '{"python": "3.11.9", "sqlalchemy": "1.4.46", "missing": ["alembic (No module named alembic)"]}')J";

// Writes an executable shell script standing in for a Python interpreter.
QString writeFake(const QString &path, const QByteArray &body)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

class TestInterpreterLocator : public QObject {
    Q_OBJECT

private slots:
    void candidatesFollowTheDocumentedOrder();
    void probe_data();
    void probe();
    void locatePicksFirstUsable();
    void noUsableInterpreterListsEveryCandidate();
    void missingConfiguredInterpreterIsReported();
    void untrustedProjectInterpretersNeverRun();
    void realSystemPython();
    void environmentSkipsPythonWithoutAlembic();
    void locateWithoutRunningReadsAnUntrustedVenv();
};

void TestInterpreterLocator::candidatesFollowTheDocumentedOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(u"project"_s);
    const QString configured = writeFake(dir.filePath(u"custom/python"_s), okOutput);
    const QString dotVenv = writeFake(project + u"/.venv/bin/python3"_s, okOutput);
    const QString venvPython = writeFake(project + u"/venv/bin/python"_s, okOutput);
    const QString envPython = writeFake(project + u"/env/bin/python3"_s, okOutput);
    const QString active = writeFake(dir.filePath(u"active/bin/python3"_s), okOutput);
    const QString path1 = writeFake(dir.filePath(u"path1/python3"_s), okOutput);
    const QString path2 = writeFake(dir.filePath(u"path2/python3"_s), okOutput);
    const QString system = writeFake(dir.filePath(u"usr/bin/python3"_s), okOutput);

    InterpreterLocator::Options options;
    options.configuredInterpreter = configured;
    options.projectDir = project;
    options.projectTrusted = true;
    options.virtualEnv = dir.filePath(u"active"_s);
    // path1 twice and a folder without python3: duplicates and absent files are skipped.
    options.pathDirs = {dir.filePath(u"path1"_s), dir.filePath(u"nothing"_s),
        dir.filePath(u"path2"_s), dir.filePath(u"path1"_s)};
    options.systemPython = system;
    const auto candidates = InterpreterLocator(options).candidates();

    QStringList paths, origins;
    for (const auto &candidate : candidates) {
        paths << candidate.path;
        origins << candidate.origin;
    }
    QCOMPARE(paths,
        QStringList({configured, dotVenv, venvPython, envPython, active, path1, path2, system}));
    QCOMPARE(origins,
        QStringList({u"configured"_s, u".venv"_s, u"venv"_s, u"env"_s, u"$VIRTUAL_ENV"_s, u"PATH"_s,
            u"PATH"_s, u"system"_s}));
}

void TestInterpreterLocator::probe_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("executable");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("expected"); // alembic version, or a part of the error

    QTest::newRow("usable") << okOutput << true << true << u"1.13.2"_s;
    QTest::newRow("log lines before the answer")
        << QByteArray("echo 'warning: something'\n" + okOutput) << true << true << u"1.13.2"_s;
    QTest::newRow("alembic missing")
        << missingOutput << true << false << u"Python 3.11.9 cannot import alembic"_s;
    QTest::newRow("not python") << QByteArray("echo hello") << true << false
                                << u"did not answer the probe"_s;
    QTest::newRow("fails") << QByteArray("echo broken >&2; exit 3") << true << false
                           << u"exit code 3: broken"_s;
    QTest::newRow("hangs") << QByteArray("exec sleep 30") << true << false << u"did not finish"_s;
    QTest::newRow("not executable") << okOutput << false << false << u"no executable file"_s;
}

void TestInterpreterLocator::probe()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, executable);
    QFETCH(bool, usable);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString path = writeFake(dir.filePath(u"python3"_s), body);
    if (!executable)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const auto info = InterpreterLocator::probe({path, u"PATH"_s}, 4000);
    QCOMPARE(info.ok(), usable);
    if (usable) {
        QCOMPARE(info->alembicVersion, expected);
        QCOMPARE(info->path, path);
        QVERIFY(!info->pythonVersion.isEmpty());
        QVERIFY(!info->sqlalchemyVersion.isEmpty());
    } else {
        QVERIFY2(info.error().message.contains(expected), qPrintable(info.error().message));
    }
}

void TestInterpreterLocator::locatePicksFirstUsable()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"project"_s);
    writeFake(project + u"/.venv/bin/python3"_s, missingOutput);
    writeFake(dir.filePath(u"path1/python3"_s), "exit 1");
    const QString good = writeFake(dir.filePath(u"path2/python3"_s), okOutput);
    writeFake(dir.filePath(u"usr/bin/python3"_s), okOutput);

    InterpreterLocator::Options options;
    options.projectDir = project;
    options.projectTrusted = true;
    options.pathDirs = {dir.filePath(u"path1"_s), dir.filePath(u"path2"_s)};
    options.systemPython = dir.filePath(u"usr/bin/python3"_s);
    const auto info = InterpreterLocator(options).locate();
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info->path, good);
    QCOMPARE(info->origin, u"PATH"_s);
    QCOMPARE(info->pythonVersion, u"3.12.1"_s);
    QCOMPARE(info->sqlalchemyVersion, u"2.0.30"_s);
}

void TestInterpreterLocator::noUsableInterpreterListsEveryCandidate()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"project"_s);
    const QString venv = writeFake(project + u"/.venv/bin/python3"_s, missingOutput);
    writeFake(project + u"/.venv/bin/pip"_s, "exit 0");
    const QString onPath = writeFake(dir.filePath(u"path1/python3"_s), "exit 1");

    InterpreterLocator::Options options;
    options.projectDir = project;
    options.projectTrusted = true;
    options.pathDirs = {dir.filePath(u"path1"_s)};
    options.systemPython = dir.filePath(u"absent/python3"_s);
    const auto info = InterpreterLocator(options).locate();
    QVERIFY(!info.ok());
    const QString message = info.error().message;
    QVERIFY2(message.contains(venv + u" (.venv): Python 3.11.9 cannot import alembic"_s),
        qPrintable(message));
    QVERIFY2(message.contains(onPath + u" (PATH): the probe failed with exit code 1"_s),
        qPrintable(message));
    QVERIFY2(message.contains(project + u"/.venv/bin/pip install alembic"_s), qPrintable(message));
}

void TestInterpreterLocator::missingConfiguredInterpreterIsReported()
{
    QTemporaryDir dir;
    InterpreterLocator::Options options;
    options.configuredInterpreter = dir.filePath(u"nowhere/python"_s);
    options.systemPython.clear();
    const auto info = InterpreterLocator(options).locate();
    QVERIFY(!info.ok());
    QVERIFY(info.error().message.contains(
        options.configuredInterpreter + u" (configured): no executable file"_s));
    QVERIFY(info.error().message.contains(u"apt install python3-alembic"_s));
}

void TestInterpreterLocator::untrustedProjectInterpretersNeverRun()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"project"_s);
    const QString marker = dir.filePath(u"ran"_s);
    // A project's own "python" is project code: running it would run whatever it holds.
    const QString venv = writeFake(
        project + u"/.venv/bin/python3"_s, "touch '" + marker.toUtf8() + "'\n" + okOutput);
    const QString configured
        = writeFake(project + u"/tools/python"_s, "touch '" + marker.toUtf8() + "'\n" + okOutput);
    const QString outside = writeFake(dir.filePath(u"path/python3"_s), okOutput);

    InterpreterLocator::Options options;
    options.projectDir = project;
    options.configuredInterpreter = configured;
    options.pathDirs = {dir.filePath(u"path"_s)};
    options.systemPython.clear();
    const auto info = InterpreterLocator(options).locate();
    QVERIFY(info.ok());
    QCOMPARE(info->path, outside);
    QVERIFY(!QFileInfo::exists(marker));

    options.pathDirs.clear();
    const auto none = InterpreterLocator(options).locate();
    QVERIFY(!none.ok());
    QVERIFY2(none.error().message.contains(venv + u" (.venv): not run"_s),
        qPrintable(none.error().message));
    QVERIFY(none.error().message.contains(configured + u" (configured): not run"_s));
    QVERIFY(!QFileInfo::exists(marker));

    options.projectTrusted = true;
    const auto trusted = InterpreterLocator(options).locate();
    QVERIFY(trusted.ok());
    QCOMPARE(trusted->path, configured);
    QVERIFY(QFileInfo::exists(marker));
}

void TestInterpreterLocator::realSystemPython()
{
    const auto info = InterpreterLocator::probe({enginefixture::testPython(), u"system"_s}, 30000);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QVERIFY(info->alembicVersion.startsWith(u"1."_s));
    QVERIFY(info->pythonVersion.startsWith(u"3."_s));
    QVERIFY(!info->sqlalchemyVersion.isEmpty());
}

void TestInterpreterLocator::environmentSkipsPythonWithoutAlembic()
{
    // The real PATH (here its first python3 lacks alembic), with one more such python in front.
    QTemporaryDir dir;
    writeFake(dir.filePath(u"first/python3"_s), missingOutput);
    auto options = InterpreterLocator::fromEnvironment(dir.filePath(u"project"_s), false);
    options.virtualEnv.clear();
    options.pathDirs.prepend(dir.filePath(u"first"_s));
    options.systemPython = enginefixture::testPython();
    const auto info = InterpreterLocator(options).locate();
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QVERIFY(info->path != dir.filePath(u"first/python3"_s));
    QVERIFY(!info->alembicVersion.isEmpty());
}

void TestInterpreterLocator::locateWithoutRunningReadsAnUntrustedVenv()
{
    // An untrusted project's venv must not run, yet its Alembic decides the rules Retort reads
    // the project by: the versions come from the package metadata on disk.
    QTemporaryDir dir;
    const QString project = dir.filePath(u"project"_s);
    const QString marker = dir.filePath(u"ran"_s);
    writeFake(project + u"/.venv/bin/python3"_s, "touch '" + marker.toUtf8() + "'\n" + okOutput);
    QDir().mkpath(project + u"/.venv/lib/python3.13/site-packages/alembic-1.13.2.dist-info"_s);
    QDir().mkpath(project + u"/.venv/lib/python3.13/site-packages/sqlalchemy-2.0.40.dist-info"_s);
    QFile cfg(project + u"/.venv/pyvenv.cfg"_s);
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write("home = /nonexistent/bin\ninclude-system-site-packages = false\nversion = 3.13.1\n");
    cfg.close();
    for (const auto &[package, version] :
        {std::pair {"alembic", "1.13.2"}, {"sqlalchemy", "2.0.40"}}) {
        QFile metadata(project
            + u"/.venv/lib/python3.13/site-packages/%1-%2.dist-info/METADATA"_s.arg(
                QLatin1String(package), QLatin1String(version)));
        QVERIFY(metadata.open(QIODevice::WriteOnly));
        metadata.write("Metadata-Version: 2.1\nName: " + QByteArray(package)
            + "\nVersion: " + QByteArray(version) + "\n");
    }

    InterpreterLocator::Options options;
    options.projectDir = project;
    options.systemPython.clear();
    const auto info = InterpreterLocator(options).locateWithoutRunning();
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info->origin, u".venv"_s);
    QCOMPARE(info->alembicVersion, u"1.13.2"_s);
    QCOMPARE(info->sqlalchemyVersion, u"2.0.40"_s);
    QCOMPARE(info->pythonVersion, u"3.13"_s);
    QVERIFY(!QFileInfo::exists(marker));

    QDir(project + u"/.venv/lib"_s).removeRecursively();
    const auto none = InterpreterLocator(options).locateWithoutRunning();
    QVERIFY(!none.ok());
    QVERIFY(none.error().message.contains(u".venv"_s));
    QVERIFY(!QFileInfo::exists(marker));
}

QTEST_GUILESS_MAIN(TestInterpreterLocator)
#include "tst_interpreterlocator.moc"
