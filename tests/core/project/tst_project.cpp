// SPDX-License-Identifier: MIT
#include "project/Project.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using retort::DatabaseState;
using retort::Error;
using retort::Project;

Q_DECLARE_METATYPE(retort::Error::Kind)
Q_DECLARE_METATYPE(retort::DatabaseState::Status)

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray script(const char *revision, const char *downRevision, const char *message)
{
    return QByteArray("\"\"\"") + message + "\n\nRevision ID: " + revision
        + "\n\"\"\"\nrevision = '" + revision + "'\ndown_revision = " + downRevision
        + "\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n";
}

/// A two-revision project (aaaa1111 <- bbbb2222) whose ini has `url` as sqlalchemy.url (none when
/// empty) and, when `versions` is not null, an app.db with those version rows.
QString makeProject(const QTemporaryDir &dir, const QString &url, const QStringList *versions)
{
    const QString root = dir.path();
    QByteArray ini = "[alembic]\nscript_location = migrations\n";
    if (!url.isEmpty())
        ini += "sqlalchemy.url = " + url.toUtf8() + "\n";
    writeFile(root + QStringLiteral("/alembic.ini"), ini);
    writeFile(root + QStringLiteral("/migrations/versions/aaaa1111_first.py"),
        script("aaaa1111", "None", "first"));
    writeFile(root + QStringLiteral("/migrations/versions/bbbb2222_second.py"),
        script("bbbb2222", "'aaaa1111'", "second"));
    if (versions) {
        const QString name = QStringLiteral("make-") + root;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(root + QStringLiteral("/app.db"));
            db.open();
            QSqlQuery query(db);
            query.exec(QStringLiteral("CREATE TABLE users (id INTEGER)"));
            if (!versions->isEmpty())
                query.exec(QStringLiteral("CREATE TABLE alembic_version (version_num TEXT)"));
            for (const QString &version : *versions) {
                query.prepare(QStringLiteral("INSERT INTO alembic_version VALUES (?)"));
                query.addBindValue(version);
                query.exec();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    return root;
}

} // namespace

class TestProject : public QObject {
    Q_OBJECT

private slots:
    void loadsScriptsAndMap_data();
    void loadsScriptsAndMap();
    void loadFailures();
    void headerCacheAndHeadersOnly();
    void database_data();
    void database();
};

void TestProject::loadsScriptsAndMap_data()
{
    QTest::addColumn<bool>("byFolder");
    QTest::newRow("ini file") << false;
    QTest::newRow("project folder") << true;
}

void TestProject::loadsScriptsAndMap()
{
    QFETCH(bool, byFolder);
    QTemporaryDir dir;
    const QString root = makeProject(dir, QStringLiteral("sqlite:///app.db"), nullptr);
    Project::Options options;
    options.configPath = byFolder ? root : root + QStringLiteral("/alembic.ini");
    const auto project = Project::load(options);
    QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().message));
    QCOMPARE(project->scripts().size(), 2);
    QCOMPARE(project->revisionMap().heads(), QStringList {QStringLiteral("bbbb2222")});
    const retort::Revision *head = project->revisionMap().revision(QStringLiteral("bbbb2222"));
    QVERIFY(head);
    QCOMPARE(project->script(*head).path,
        root + QStringLiteral("/migrations/versions/bbbb2222_second.py"));
    QCOMPARE(project->script(*head).message(), QStringLiteral("second"));
    // The database is missing: that is the database's problem, not the project's.
    QCOMPARE(project->databasePath(), root + QStringLiteral("/app.db"));
    QVERIFY(project->databaseProblem().has_value());
    QCOMPARE(project->databaseState()->status(), DatabaseState::Status::MissingFile);
    QVERIFY(!QFile::exists(root + QStringLiteral("/app.db")));
}

void TestProject::headerCacheAndHeadersOnly()
{
    QTemporaryDir dir;
    QTemporaryDir cacheDir;
    const QString root = makeProject(dir, QStringLiteral("sqlite:///app.db"), nullptr);
    QVERIFY(writeFile(root + QStringLiteral("/migrations/versions/cccc3333_third.py"),
        script("cccc3333", "'bbbb2222'", "third")
            .replace("def upgrade():\n    pass", "def upgrade():\n    op.drop_table('t')")));
    Project::Options options;
    options.configPath = root;
    const auto full = Project::load(options);
    QVERIFY(full.ok());
    options.operations = false;
    options.headerCacheDir = cacheDir.path();
    auto compare = [&](const Project &project) {
        QCOMPARE(project.revisionMap().heads(), full->revisionMap().heads());
        QCOMPARE(project.scripts().size(), full->scripts().size());
        for (qsizetype i = 0; i < project.scripts().size(); ++i) {
            const retort::RevisionScript &a = project.scripts().at(i);
            const retort::RevisionScript &b = full->scripts().at(i);
            QCOMPARE(a.path, b.path);
            QCOMPARE(a.revision, b.revision);
            QCOMPARE(a.downRevisions, b.downRevisions);
            QCOMPARE(a.docstring, b.docstring);
            QCOMPARE(a.upgradeLine, b.upgradeLine);
            QVERIFY(a.upgradeOps.isEmpty());
        }
    };
    const auto fresh = Project::load(options);
    QVERIFY(fresh.ok());
    compare(*fresh);
    QCOMPARE(fresh->cachedScripts(), 0); // files written under two seconds ago are not cached
    QCOMPARE(full->scripts().at(2).upgradeOps.size(), 1);

    QTest::qWait(2100);
    const auto storing = Project::load(options);
    QVERIFY(storing.ok());
    compare(*storing);
    QCOMPARE(storing->cachedScripts(), 0);
    const auto cached = Project::load(options);
    QVERIFY(cached.ok());
    compare(*cached);
    QCOMPARE(cached->cachedScripts(), 3);
}

void TestProject::loadFailures()
{
    QTemporaryDir dir;
    Project::Options options;
    options.configPath = dir.filePath(QStringLiteral("alembic.ini"));
    const auto noConfig = Project::load(options);
    QVERIFY(!noConfig.ok());
    QCOMPARE(noConfig.error().kind, Error::Kind::Config);

    QVERIFY(writeFile(options.configPath, "[alembic]\nscript_location = nowhere\n"));
    const auto noScripts = Project::load(options);
    QVERIFY(!noScripts.ok());
    QCOMPARE(noScripts.error().kind, Error::Kind::Config);
    QVERIFY2(noScripts.error().message.startsWith(QLatin1String("Path doesn't exist: ")),
        qPrintable(noScripts.error().message));
}

void TestProject::database_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("override");
    QTest::addColumn<bool>("makeDatabase");
    QTest::addColumn<QStringList>("versions");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Error::Kind>("problem");
    QTest::addColumn<QStringList>("unknown");

    const QString sqlite = QStringLiteral("sqlite:///app.db");
    const QStringList none;
    const QStringList head {QStringLiteral("bbbb2222")};
    QTest::newRow("at head") << sqlite << QString() << true << head << true << Error::Kind::Io
                             << none;
    QTest::newRow("two rows") << sqlite << QString() << true
                              << QStringList {QStringLiteral("aaaa1111"),
                                     QStringLiteral("bbbb2222")}
                              << true << Error::Kind::Io << none;
    QTest::newRow("no version table")
        << sqlite << QString() << true << none << true << Error::Kind::Io << none;
    QTest::newRow("override") << QStringLiteral("sqlite:///elsewhere.db")
                              << QStringLiteral("app.db") << true << head << true << Error::Kind::Io
                              << none;
    QTest::newRow("override without url")
        << QString() << QStringLiteral("app.db") << true << head << true << Error::Kind::Io << none;
    QTest::newRow("missing file") << sqlite << QString() << false << none << false
                                  << Error::Kind::Database << none;
    QTest::newRow("unknown revision")
        << sqlite << QString() << true
        << QStringList {QStringLiteral("bbbb2222"), QStringLiteral("cccc3333")} << false
        << Error::Kind::Resolution << QStringList {QStringLiteral("cccc3333")};
    QTest::newRow("partial id") << sqlite << QString() << true
                                << QStringList {QStringLiteral("bbbb")} << true << Error::Kind::Io
                                << none;
    QTest::newRow("server url") << QStringLiteral("postgresql://u:p@localhost/app") << QString()
                                << false << none << false << Error::Kind::Unsupported << none;
    QTest::newRow("in memory") << QStringLiteral("sqlite://") << QString() << false << none << false
                               << Error::Kind::Unsupported << none;
    QTest::newRow("no url") << QString() << QString() << false << none << false
                            << Error::Kind::Config << none;
}

void TestProject::database()
{
    QFETCH(QString, url);
    QFETCH(QString, override);
    QFETCH(bool, makeDatabase);
    QFETCH(QStringList, versions);
    QFETCH(bool, ok);
    QFETCH(Error::Kind, problem);
    QFETCH(QStringList, unknown);

    QTemporaryDir dir;
    const QString root = makeProject(dir, url, makeDatabase ? &versions : nullptr);
    Project::Options options;
    options.configPath = root;
    options.databaseOverride = override;
    options.workingDir = root;
    const auto project = Project::load(options);
    QVERIFY(project.ok());
    QCOMPARE(project->unknownRevisions(), unknown);
    const auto current = project->currentRevisions();
    QCOMPARE(current.ok(), ok);
    QCOMPARE(project->databaseProblem().has_value(), !ok);
    if (ok) {
        QCOMPARE(*current, versions);
        QCOMPARE(project->databasePath(), root + QStringLiteral("/app.db"));
    } else {
        QCOMPARE(current.error().kind, problem);
        QCOMPARE(project->databaseProblem()->kind, problem);
    }
    if (problem == Error::Kind::Resolution) {
        QCOMPARE(current.error().message,
            QStringLiteral("Can't locate revision identified by 'cccc3333'"));
        const auto tolerated = project->currentRevisions(true);
        QVERIFY(tolerated.ok());
        QCOMPARE(*tolerated, versions);
    }
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
