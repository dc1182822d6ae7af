// SPDX-License-Identifier: MIT
#include "EngineFixture.h"
#include "engine/BackupStore.h"
#include "engine/SqliteConnection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;
using namespace enginefixture;

class TestBackupStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void createRecordsRevisionsAndCopiesContent();
    void createFails_data();
    void createFails();
    void createFailsWhenLockedExclusively();
    void listIsNewestFirstAndFiltered();
    void restoreTakesASafetyCopyFirst();
    void restoreWithoutSafetyCopy();
    void restoreDropsStaleJournalAndKeepsPermissions();
    void removeDeletesBackupAndSidecar();
    void retentionKeepsTheNewest();
    void restoreUnderATightRetentionLimit();
    void restoreKeepsTheJournalMode_data();
    void restoreKeepsTheJournalMode();

private:
    QTemporaryDir m_dir;
    QString m_database;
    QString m_folder;
};

void TestBackupStore::init()
{
    QVERIFY(m_dir.isValid());
    const QString sub = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(QDir().mkpath(sub));
    m_database = QDir(sub).filePath(u"app.db"_s);
    m_folder = QDir(sub).filePath(u"backups"_s);
    QVERIFY(execute(m_database,
        {u"CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s,
            u"INSERT INTO account VALUES (1, 'ada'), (2, 'grace')"_s,
            u"CREATE INDEX ix_name ON account (name)"_s,
            u"CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"_s,
            u"INSERT INTO alembic_version VALUES ('2b3c4d5e6f70'), ('1a2b3c4d5e6f')"_s}));
}

void TestBackupStore::createRecordsRevisionsAndCopiesContent()
{
    BackupStore store(m_folder);
    const auto backup = store.create(m_database, u"before upgrade head"_s);
    QVERIFY2(backup.ok(), qPrintable(backup.ok() ? QString() : backup.error().message));
    QCOMPARE(backup->revisions, QStringList({u"1a2b3c4d5e6f"_s, u"2b3c4d5e6f70"_s}));
    QCOMPARE(backup->sourcePath, QFileInfo(m_database).canonicalFilePath());
    QCOMPARE(backup->reason, u"before upgrade head"_s);
    QCOMPARE(backup->size, QFileInfo(backup->path).size());
    QVERIFY(backup->path.startsWith(m_folder));
    QCOMPARE(snapshot(backup->path), snapshot(m_database));

    // The sidecar holds the same facts.
    const auto listed = store.list(m_database);
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().id, backup->id);
    QCOMPARE(listed->first().revisions, backup->revisions);
    QCOMPARE(listed->first().created, backup->created);
    QCOMPARE(listed->first().size, backup->size);
}

void TestBackupStore::createFails_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing file") << QByteArray() << u"does not exist"_s;
    QTest::newRow("not a database") << QByteArray(4096, 'x') << u"Cannot"_s;
}

void TestBackupStore::createFails()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(u"broken-"_s + QUuid::createUuid().toString(QUuid::Id128));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    BackupStore store(m_folder);
    const auto backup = store.create(path);
    QVERIFY(!backup.ok());
    QVERIFY2(backup.error().message.contains(expected), qPrintable(backup.error().message));
    QCOMPARE(QDir(m_folder).entryList(QDir::Files), QStringList());
}

void TestBackupStore::createFailsWhenLockedExclusively()
{
    const QString name = u"locker"_s;
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        locker.setDatabaseName(m_database);
        QVERIFY(locker.open());
        QSqlQuery query(locker);
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        BackupStore store(m_folder);
        store.setBusyTimeout(200);
        const auto backup = store.create(m_database);
        QVERIFY(!backup.ok());
        QCOMPARE(backup.error().kind, Error::Kind::Database);
        QVERIFY2(backup.error().message.contains(u"locked"_s), qPrintable(backup.error().message));
        QVERIFY(query.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(QDir(m_folder).entryList(QDir::Files), QStringList());
}

void TestBackupStore::listIsNewestFirstAndFiltered()
{
    const QString other = QFileInfo(m_database).absoluteDir().filePath(u"other.db"_s);
    QVERIFY(execute(other, {u"CREATE TABLE t (x)"_s}));
    BackupStore store(m_folder);
    const auto first = store.create(m_database);
    const auto second = store.create(other);
    const auto third = store.create(m_database);
    QVERIFY(first && second && third);

    const auto mine = store.list(m_database);
    QVERIFY(mine.ok());
    QCOMPARE(mine->size(), 2);
    QCOMPARE(mine->at(0).id, third->id);
    QCOMPARE(mine->at(1).id, first->id);
    const auto all = store.list();
    QCOMPARE(all->size(), 3);
    QVERIFY(all->at(0).created >= all->at(1).created);
    QVERIFY(all->at(1).created >= all->at(2).created);
}

void TestBackupStore::restoreTakesASafetyCopyFirst()
{
    BackupStore store(m_folder);
    const QStringList original = snapshot(m_database);
    const auto backup = store.create(m_database);
    QVERIFY(backup.ok());
    QVERIFY(execute(m_database,
        {u"DELETE FROM account WHERE id = 1"_s, u"CREATE TABLE extra (y)"_s,
            u"DELETE FROM alembic_version WHERE version_num = '1a2b3c4d5e6f'"_s}));
    const QStringList changed = snapshot(m_database);
    QVERIFY(changed != original);

    const auto restored = store.restore(*backup);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QCOMPARE(snapshot(m_database), original);
    QVERIFY(restored->has_value());
    QCOMPARE(snapshot(restored->value().path), changed);
    QVERIFY(restored->value().reason.contains(backup->id));
    QCOMPARE(store.list(m_database)->size(), 2);
}

void TestBackupStore::restoreWithoutSafetyCopy()
{
    BackupStore store(m_folder);
    const QStringList original = snapshot(m_database);
    const auto backup = store.create(m_database);
    QVERIFY(execute(m_database, {u"DROP TABLE account"_s}));
    const auto restored = store.restore(*backup, BackupStore::SafetyCopy::Skip);
    QVERIFY(restored.ok());
    QVERIFY(!restored->has_value());
    QCOMPARE(snapshot(m_database), original);
    QCOMPARE(store.list(m_database)->size(), 1);
}

void TestBackupStore::restoreDropsStaleJournalAndKeepsPermissions()
{
    BackupStore store(m_folder);
    const QStringList original = snapshot(m_database);
    const auto backup = store.create(m_database);
    QVERIFY(execute(m_database, {u"DELETE FROM account"_s}));
    QFile journal(m_database + u"-journal"_s);
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(QByteArray(1024, '\x5a'));
    journal.close();
    const auto permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(m_database, permissions));

    QVERIFY(store.restore(*backup, BackupStore::SafetyCopy::Skip).ok());
    QVERIFY(!QFileInfo::exists(m_database + u"-journal"_s));
    QCOMPARE(QFileInfo(m_database).permissions() & 0x7077, permissions & 0x7077);
    QCOMPARE(snapshot(m_database), original);
    // No temporary file is left next to the database.
    QCOMPARE(QFileInfo(m_database)
                 .absoluteDir()
                 .entryList({u".*retort-restore*"_s}, QDir::Files | QDir::Hidden),
        QStringList());
}

void TestBackupStore::removeDeletesBackupAndSidecar()
{
    BackupStore store(m_folder);
    const auto backup = store.create(m_database);
    QVERIFY(backup.ok());
    QCOMPARE(QDir(m_folder).entryList(QDir::Files).size(), 2);
    QVERIFY(store.remove(*backup).ok());
    QCOMPARE(QDir(m_folder).entryList(QDir::Files), QStringList());
    QCOMPARE(store.list()->size(), 0);
}

void TestBackupStore::retentionKeepsTheNewest()
{
    BackupStore store(m_folder);
    store.setRetentionLimit(2);
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        const auto backup = store.create(m_database, u"run %1"_s.arg(i));
        QVERIFY(backup.ok());
        ids << backup->id;
    }
    const auto kept = store.list(m_database);
    QCOMPARE(kept->size(), 2);
    QCOMPARE(kept->at(0).id, ids.at(3));
    QCOMPARE(kept->at(1).id, ids.at(2));
    QCOMPARE(QDir(m_folder).entryList(QDir::Files).size(), 4);
}

void TestBackupStore::restoreUnderATightRetentionLimit()
{
    BackupStore store(m_folder);
    store.setRetentionLimit(1);
    const QStringList original = snapshot(m_database);
    const auto backup = store.create(m_database);
    QVERIFY(backup.ok());
    QVERIFY(execute(m_database, {u"DELETE FROM account"_s}));
    const QStringList changed = snapshot(m_database);
    // The safety copy must not push out the backup being restored before it is read.
    const auto restored = store.restore(*backup);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QCOMPARE(snapshot(m_database), original);
    const auto kept = store.list(m_database);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().id, restored->value().id);
    QCOMPARE(snapshot(kept->first().path), changed);
}

// Only WAL is stored in the file; other modes belong to each connection.
void TestBackupStore::restoreKeepsTheJournalMode_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("wal") << u"wal"_s;
    QTest::newRow("delete") << u"delete"_s;
}

void TestBackupStore::restoreKeepsTheJournalMode()
{
    QFETCH(QString, mode);
    const auto journalMode = [this] {
        SqliteConnection connection(m_database, SqliteConnection::Mode::ReadOnly, 1000);
        return connection.open() ? connection.journalMode() : QString();
    };
    {
        SqliteConnection connection(m_database, SqliteConnection::Mode::ReadWrite, 1000);
        QVERIFY(connection.open().ok());
        QVERIFY(connection.setJournalMode(mode).ok());
    }
    const QStringList original = snapshot(m_database);
    BackupStore store(m_folder);
    const auto backup = store.create(m_database);
    QVERIFY(backup.ok());
    QCOMPARE(backup->journalMode, mode);
    QCOMPARE(store.list(m_database)->first().journalMode, mode);
    QVERIFY(execute(m_database, {u"DELETE FROM account"_s}));

    QVERIFY(store.restore(*backup, BackupStore::SafetyCopy::Skip).ok());
    QCOMPARE(snapshot(m_database), original);
    QCOMPARE(journalMode(), mode);
}

QTEST_GUILESS_MAIN(TestBackupStore)
#include "tst_backupstore.moc"
