// SPDX-License-Identifier: MIT
#include "EngineFixture.h"
#include "engine/AlembicVersionProbe.h"
#include "engine/PythonSitePath.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;
using namespace enginefixture;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray metadata(const QByteArray &name, const QByteArray &version)
{
    return "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version
        + "\nSummary: test\n\nVersion: 0.0.0 appears in the description, not a header\n";
}

// A fake interpreter file: the probe reads around it and never runs it.
bool fakeInterpreter(const QString &path)
{
    return writeFile(path, "#!/bin/sh\nexit 99\n");
}

} // namespace

class TestAlembicVersionProbe : public QObject {
    Q_OBJECT

private slots:
    void init();
    void readsMetadataLayouts_data();
    void readsMetadataLayouts();
    void venvFolderAndItsInterpreter();
    void venvWithSystemSitePackages_data();
    void venvWithSystemSitePackages();
    void debianLayoutPrefersTheFirstFolder();
    void noAlembicIsAnError();
    void matchesTheRealInterpreter();

private:
    QString makeVenv(const QString &home, bool systemSite, const QString &version = u"3.11.2"_s);

    QTemporaryDir m_dir;
    QString m_root;
};

void TestAlembicVersionProbe::init()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(QDir().mkpath(m_root));
}

QString TestAlembicVersionProbe::makeVenv(
    const QString &home, bool systemSite, const QString &version)
{
    const QString venv = QDir(m_root).filePath(u"venv"_s);
    const QByteArray cfg = "home = " + home.toUtf8() + "\ninclude-system-site-packages = "
        + (systemSite ? "true" : "false") + "\nversion = " + version.toUtf8() + "\n";
    writeFile(QDir(venv).filePath(u"pyvenv.cfg"_s), cfg);
    fakeInterpreter(QDir(venv).filePath(u"bin/python"_s));
    return venv;
}

void TestAlembicVersionProbe::readsMetadataLayouts_data()
{
    QTest::addColumn<QString>("entry"); // relative to site-packages
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("initVersion"); // __init__.py's __version__, empty: no package
    QTest::addColumn<QString>("expected");

    QTest::newRow("wheel dist-info") << u"alembic-1.13.1.dist-info/METADATA"_s
                                     << metadata("alembic", "1.13.1") << QString() << u"1.13.1"_s;
    QTest::newRow("egg-info folder")
        << u"alembic-1.8.1.dev0.egg-info/PKG-INFO"_s << metadata("alembic", "1.8.1.dev0")
        << QString() << u"1.8.1.dev0"_s;
    QTest::newRow("egg-info file") << u"alembic-1.7.7-py3.10.egg-info"_s
                                   << metadata("alembic", "1.7.7") << QString() << u"1.7.7"_s;
    QTest::newRow("package version wins")
        << u"alembic-1.8.1.dev0.egg-info/PKG-INFO"_s << metadata("alembic", "1.8.1.dev0")
        << u"1.8.1"_s << u"1.8.1"_s;
    QTest::newRow("package without metadata")
        << QString() << QByteArray() << u"1.12.0"_s << u"1.12.0"_s;
}

void TestAlembicVersionProbe::readsMetadataLayouts()
{
    QFETCH(QString, entry);
    QFETCH(QByteArray, content);
    QFETCH(QString, initVersion);
    QFETCH(QString, expected);
    const QString venv = makeVenv(u"/nonexistent/bin"_s, false);
    const QString site = QDir(venv).filePath(u"lib/python3.11/site-packages"_s);
    QVERIFY(QDir().mkpath(site));
    if (!entry.isEmpty())
        QVERIFY(writeFile(QDir(site).filePath(entry), content));
    if (!initVersion.isEmpty())
        QVERIFY(writeFile(QDir(site).filePath(u"alembic/__init__.py"_s),
            "import sys\n\nfrom . import context\n\n__version__ = \"" + initVersion.toUtf8()
                + "\"\n"));
    QVERIFY(writeFile(QDir(site).filePath(u"SQLAlchemy-2.0.40.dist-info/METADATA"_s),
        metadata("SQLAlchemy", "2.0.40")));

    const auto probed = AlembicVersionProbe::probe(venv);
    QVERIFY2(probed.ok(), qPrintable(probed.ok() ? QString() : probed.error().message));
    QCOMPARE(probed->alembic.version, expected);
    QCOMPARE(probed->alembic.sitePackages, QFileInfo(site).canonicalFilePath());
    QCOMPARE(probed->sqlalchemy.version, u"2.0.40"_s);
    QCOMPARE(probed->searchPath, QStringList {QFileInfo(site).canonicalFilePath()});
}

void TestAlembicVersionProbe::venvFolderAndItsInterpreter()
{
    const QString venv = makeVenv(u"/nonexistent/bin"_s, false, u"3.12.1"_s);
    const QString site = QDir(venv).filePath(u"lib/python3.12/site-packages"_s);
    QVERIFY(writeFile(QDir(site).filePath(u"alembic-1.13.2.dist-info/METADATA"_s),
        metadata("alembic", "1.13.2")));
    // pip normalizes names; older installs keep "SQLAlchemy" — both must match.
    QVERIFY(writeFile(QDir(site).filePath(u"sqlalchemy-2.0.31.dist-info/METADATA"_s),
        metadata("SQLAlchemy", "2.0.31")));
    // Another Python's folder in the same venv is not on this interpreter's path.
    QVERIFY(writeFile(
        QDir(venv).filePath(u"lib/python3.11/site-packages/alembic-1.0.0.dist-info/METADATA"_s),
        metadata("alembic", "1.0.0")));
    for (const QString &input : {venv, QDir(venv).filePath(u"bin/python"_s)}) {
        QCOMPARE(PythonSitePath::venvRoot(input), QDir::cleanPath(venv));
        const auto probed = AlembicVersionProbe::probe(input);
        QVERIFY(probed.ok());
        QCOMPARE(probed->alembic.version, u"1.13.2"_s);
        QCOMPARE(probed->sqlalchemy.version, u"2.0.31"_s);
        QVERIFY(probed->alembic.metadataPath.endsWith(u"alembic-1.13.2.dist-info/METADATA"_s));
    }
}

void TestAlembicVersionProbe::venvWithSystemSitePackages_data()
{
    QTest::addColumn<bool>("systemSite");
    QTest::addColumn<QString>("expectedSqlalchemy"); // empty: not found
    QTest::newRow("included") << true << u"1.4.46"_s;
    QTest::newRow("isolated") << false << QString();
}

void TestAlembicVersionProbe::venvWithSystemSitePackages()
{
    QFETCH(bool, systemSite);
    QFETCH(QString, expectedSqlalchemy);
    // The base installation: <prefix>/bin/python3.11 and Debian's dist-packages.
    const QString prefix = QDir(m_root).filePath(u"usr"_s);
    QVERIFY(fakeInterpreter(QDir(prefix).filePath(u"bin/python3.11"_s)));
    QVERIFY(writeFile(
        QDir(prefix).filePath(u"lib/python3/dist-packages/SQLAlchemy-1.4.46.egg-info/PKG-INFO"_s),
        metadata("SQLAlchemy", "1.4.46")));
    QVERIFY(writeFile(
        QDir(prefix).filePath(u"lib/python3/dist-packages/alembic-1.8.1.dev0.egg-info/PKG-INFO"_s),
        metadata("alembic", "1.8.1.dev0")));
    const QString venv = makeVenv(QDir(prefix).filePath(u"bin"_s), systemSite);
    QVERIFY(writeFile(
        QDir(venv).filePath(u"lib/python3.11/site-packages/alembic-1.12.1.dist-info/METADATA"_s),
        metadata("alembic", "1.12.1")));

    const auto probed = AlembicVersionProbe::probe(QDir(venv).filePath(u"bin/python"_s));
    QVERIFY(probed.ok());
    QCOMPARE(probed->alembic.version, u"1.12.1"_s); // the venv's own comes first
    QCOMPARE(probed->sqlalchemy.version, expectedSqlalchemy);
    QCOMPARE(probed->sqlalchemy.found(), !expectedSqlalchemy.isEmpty());
    QCOMPARE(probed->searchPath.size(), systemSite ? 2 : 1);
}

void TestAlembicVersionProbe::debianLayoutPrefersTheFirstFolder()
{
    // python3 -> python3.11, with /usr/local's dist-packages ahead of /usr/lib/python3's.
    const QString prefix = QDir(m_root).filePath(u"usr"_s);
    QVERIFY(fakeInterpreter(QDir(prefix).filePath(u"bin/python3.11"_s)));
    QVERIFY(QFile::link(u"python3.11"_s, QDir(prefix).filePath(u"bin/python3"_s)));
    QVERIFY(
        writeFile(QDir(prefix).filePath(
                      u"local/lib/python3.11/dist-packages/alembic-1.13.0.dist-info/METADATA"_s),
            metadata("alembic", "1.13.0")));
    QVERIFY(writeFile(
        QDir(prefix).filePath(u"lib/python3/dist-packages/alembic-1.8.1.dev0.egg-info/PKG-INFO"_s),
        metadata("alembic", "1.8.1.dev0")));
    QVERIFY(writeFile(
        QDir(prefix).filePath(u"lib/python3.12/dist-packages/alembic-9.9.dist-info/METADATA"_s),
        metadata("alembic", "9.9")));

    const auto probed = AlembicVersionProbe::probe(QDir(prefix).filePath(u"bin/python3"_s));
    QVERIFY(probed.ok());
    QCOMPARE(probed->alembic.version, u"1.13.0"_s);
    QVERIFY(!probed->searchPath.join(u'\n').contains(u"python3.12"_s));
    QVERIFY(PythonSitePath::venvRoot(QDir(prefix).filePath(u"bin/python3"_s)).isEmpty());
}

void TestAlembicVersionProbe::noAlembicIsAnError()
{
    const QString venv = makeVenv(u"/nonexistent/bin"_s, false);
    QVERIFY(writeFile(QDir(venv).filePath(u"lib/python3.11/site-packages/sqlalchemy/__init__.py"_s),
        "__version__ = \"2.0.1\"\n"));
    const auto probed = AlembicVersionProbe::probe(venv);
    QVERIFY(!probed.ok());
    QCOMPARE(probed.error().kind, Error::Kind::Config);
    QVERIFY(probed.error().message.contains(u"No Alembic installation"_s));
    QVERIFY(probed.error().message.contains(u"site-packages"_s));
}

void TestAlembicVersionProbe::matchesTheRealInterpreter()
{
    QVERIFY2(QFileInfo(testPython()).isExecutable(),
        "set RETORT_TEST_PYTHON to a Python with alembic and sqlalchemy");
    // The one place this test runs Python: to learn what the probe must find without running it.
    QProcess python;
    python.start(testPython(),
        {u"-c"_s,
            u"import alembic, sqlalchemy; print(alembic.__version__); "
            u"print(sqlalchemy.__version__)"_s});
    QVERIFY(python.waitForFinished(60000));
    const QStringList actual
        = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(actual.size(), 2);

    const auto probed = AlembicVersionProbe::probe(testPython());
    QVERIFY2(probed.ok(), qPrintable(probed.ok() ? QString() : probed.error().message));
    QCOMPARE(probed->alembic.version, actual.at(0));
    QCOMPARE(probed->sqlalchemy.version, actual.at(1));
    QVERIFY(!probed->alembic.metadataVersion.isEmpty());
    QVERIFY(probed->alembic.metadataVersion.startsWith(actual.at(0)));
}

QTEST_GUILESS_MAIN(TestAlembicVersionProbe)
#include "tst_alembicversionprobe.moc"
