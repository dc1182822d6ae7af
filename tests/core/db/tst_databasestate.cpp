// SPDX-License-Identifier: MIT
#include "db/DatabaseState.h"
#include "db/SqlIdentifier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using retort::DatabaseState;
using Status = DatabaseState::Status;

Q_DECLARE_METATYPE(DatabaseState::Status)

namespace {

/// Runs `statements` on a fresh SQLite file through a writable connection of the test's own.
void makeDatabase(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("fixture-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(
                query.exec(sql), qPrintable(sql + QLatin1String(": ") + query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestDatabaseState : public QObject {
    Q_OBJECT

private slots:
    void readsDatabase_data();
    void readsDatabase();
    void missingFileIsNotCreated();
    void notADatabase_data();
    void notADatabase();
    void lockedDatabase();
    void walDatabaseLeavesNoSideFiles();
    void permissionDenied();
    void quotesIdentifiers_data();
    void quotesIdentifiers();

private:
    QTemporaryDir m_dir;
};

void TestDatabaseState::readsDatabase_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("table");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QStringList>("versions");

    const QString create = QStringLiteral(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
    QTest::newRow("empty database") << QStringList {} << DatabaseState::defaultVersionTable()
                                    << Status::NoVersionTable << QStringList {};
    QTest::newRow("other tables only")
        << QStringList {QStringLiteral("CREATE TABLE users (id INTEGER)")}
        << DatabaseState::defaultVersionTable() << Status::NoVersionTable << QStringList {};
    QTest::newRow("empty version table")
        << QStringList {create} << DatabaseState::defaultVersionTable() << Status::Versioned
        << QStringList {};
    QTest::newRow("one row") << QStringList {create,
        QStringLiteral("INSERT INTO alembic_version VALUES ('ae1027a6acf')")}
                             << DatabaseState::defaultVersionTable() << Status::Versioned
                             << QStringList {QStringLiteral("ae1027a6acf")};
    QTest::newRow("several rows") << QStringList {create,
        QStringLiteral("INSERT INTO alembic_version VALUES ('b2')"),
        QStringLiteral("INSERT INTO alembic_version VALUES ('a1')"),
        QStringLiteral("INSERT INTO alembic_version VALUES ('c3')")}
                                  << DatabaseState::defaultVersionTable() << Status::Versioned
                                  << QStringList {QStringLiteral("b2"), QStringLiteral("a1"),
                                         QStringLiteral("c3")};
    QTest::newRow("custom table name")
        << QStringList {QStringLiteral(
                            "CREATE TABLE \"my \"\"odd\"\" versions\" (version_num TEXT)"),
               QStringLiteral("INSERT INTO \"my \"\"odd\"\" versions\" VALUES ('x9')"), create,
               QStringLiteral("INSERT INTO alembic_version VALUES ('other')")}
        << QStringLiteral("my \"odd\" versions") << Status::Versioned
        << QStringList {QStringLiteral("x9")};
    QTest::newRow("custom table absent") << QStringList {create} << QStringLiteral("app_version")
                                         << Status::NoVersionTable << QStringList {};
    QTest::newRow("table without version_num")
        << QStringList {QStringLiteral("CREATE TABLE alembic_version (v TEXT)")}
        << DatabaseState::defaultVersionTable() << Status::Unreadable << QStringList {};
}

void TestDatabaseState::readsDatabase()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, table);
    QFETCH(Status, status);
    QFETCH(QStringList, versions);

    const QString path
        = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QLatin1String(".db"));
    makeDatabase(path, statements);
    if (statements.isEmpty()) // an empty file is how SQLite stores an empty database
        QVERIFY(QFile(path).open(QIODevice::WriteOnly));
    const QByteArray before = fileDigest(path);

    const DatabaseState state = DatabaseState::read(path, table);
    QCOMPARE(state.status(), status);
    QCOMPARE(state.versions(), versions);
    QCOMPARE(state.ok(), state.error() == std::nullopt);
    QCOMPARE(state.ok(), status != Status::Unreadable);
    QCOMPARE(fileDigest(path), before);
    QVERIFY(!QFile::exists(path + QLatin1String("-journal")));
}

void TestDatabaseState::missingFileIsNotCreated()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.db"));
    const DatabaseState state = DatabaseState::read(path);
    QCOMPARE(state.status(), Status::MissingFile);
    QVERIFY(state.error().has_value());
    QCOMPARE(state.error()->kind, retort::Error::Kind::Database);
    QVERIFY(state.error()->message.contains(path));
    QVERIFY(!QFile::exists(path));
}

void TestDatabaseState::notADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("revision = 'abc'\nthis is not a database\n");
    QTest::newRow("garbage header") << QByteArray(4096, 'x');
    QTest::newRow("truncated header") << QByteArray("SQLite format 3");
}

void TestDatabaseState::notADatabase()
{
    QFETCH(QByteArray, content);
    const QString path
        = m_dir.filePath(QStringLiteral("corrupt-") + QString::fromLatin1(QTest::currentDataTag()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const DatabaseState state = DatabaseState::read(path);
    QCOMPARE(state.status(), Status::NotADatabase);
    QVERIFY(state.error().has_value());
    QCOMPARE(fileDigest(path), QCryptographicHash::hash(content, QCryptographicHash::Sha256));

    const DatabaseState folder = DatabaseState::read(m_dir.path());
    QCOMPARE(folder.status(), Status::NotADatabase);
}

void TestDatabaseState::lockedDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    makeDatabase(path,
        {QStringLiteral("CREATE TABLE alembic_version (version_num TEXT)"),
            QStringLiteral("INSERT INTO alembic_version VALUES ('abc')")});
    const QString name = QStringLiteral("holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery query(holder);
        QVERIFY2(
            query.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(query.lastError().text()));

        const DatabaseState locked = DatabaseState::read(path);
        QCOMPARE(locked.status(), Status::Locked);
        QVERIFY(locked.error().has_value());
        QVERIFY(locked.versions().isEmpty());

        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        const DatabaseState released = DatabaseState::read(path);
        QCOMPARE(released.status(), Status::Versioned);
        QCOMPARE(released.versions(), QStringList {QStringLiteral("abc")});
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestDatabaseState::walDatabaseLeavesNoSideFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("wal ?#%.db")); // needs URI escaping
    makeDatabase(path,
        {QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("CREATE TABLE alembic_version (version_num TEXT)"),
            QStringLiteral("INSERT INTO alembic_version VALUES ('w1')")});
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    const QByteArray before = fileDigest(path);

    const DatabaseState state = DatabaseState::read(path);
    QCOMPARE(state.status(), Status::Versioned);
    QCOMPARE(state.versions(), QStringList {QStringLiteral("w1")});
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    QVERIFY(!QFile::exists(path + QLatin1String("-shm")));
    QCOMPARE(fileDigest(path), before);

    // While another connection has it open, the database is read through the WAL as usual.
    const QString name = QStringLiteral("wal-writer");
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        writer.setDatabaseName(path);
        QVERIFY(writer.open());
        QSqlQuery query(writer);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO alembic_version VALUES ('w2')")));
        QVERIFY(QFile::exists(path + QLatin1String("-wal")));
        const DatabaseState open = DatabaseState::read(path);
        QCOMPARE(open.versions(), (QStringList {QStringLiteral("w1"), QStringLiteral("w2")}));
        writer.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestDatabaseState::permissionDenied()
{
    const QString path = m_dir.filePath(QStringLiteral("private.db"));
    makeDatabase(path, {QStringLiteral("CREATE TABLE alembic_version (version_num TEXT)")});
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("this user reads files regardless of permissions (root)");
    const DatabaseState state = DatabaseState::read(path);
    QCOMPARE(state.status(), Status::PermissionDenied);
    QVERIFY(state.error().has_value());
}

void TestDatabaseState::quotesIdentifiers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("alembic_version")
                           << QStringLiteral("\"alembic_version\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
    QTest::newRow("injection") << QStringLiteral("x\"; DROP TABLE t; --")
                               << QStringLiteral("\"x\"\"; DROP TABLE t; --\"");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
}

void TestDatabaseState::quotesIdentifiers()
{
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(retort::SqlIdentifier::quote(name), quoted);
}

QTEST_GUILESS_MAIN(TestDatabaseState)
#include "tst_databasestate.moc"
