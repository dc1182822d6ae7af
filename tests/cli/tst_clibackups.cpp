// SPDX-License-Identifier: MIT
// `retort backup`, `retort backups` and `retort restore`, run as the built binary on a copy of
// examples/bookshelf with a private home: no Python runs, so no trust is needed.

#include "CliRunner.h"
#include "EngineFixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace clirunner;
using namespace Qt::StringLiterals;

class TestCliBackups : public QObject {
    Q_OBJECT

private slots:
    void init();
    void backupListRestore();
    void restoreNeedsAKnownId();
    void missingDatabase();

private:
    Run retort(const QString &arguments) const
    {
        return clirunner::retort(arguments.split(u' ', Qt::SkipEmptyParts), m_project, m_home);
    }

    QTemporaryDir m_dir;
    QString m_home;
    QString m_project;
    QString m_database;
};

void TestCliBackups::init()
{
    QVERIFY(m_dir.isValid());
    const QString sub = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
    m_home = sub + u"/home"_s;
    QVERIFY(QDir().mkpath(m_home));
    QVERIFY(copyExample(u"bookshelf"_s, sub + u"/bookshelf"_s));
    m_project = QDir(sub + u"/bookshelf"_s).canonicalPath();
    m_database = m_project + u"/bookshelf.db"_s;
}

void TestCliBackups::backupListRestore()
{
    const QStringList original = enginefixture::snapshot(m_database);
    const Run none = retort(u"backups"_s);
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
    QVERIFY2(none.err.startsWith(u"No backups of "_s), qPrintable(none.err));

    const Run taken = retort(u"backup --json"_s);
    QCOMPARE(taken.exitCode, 0);
    bool ok = false;
    const QJsonObject backup = taken.json(&ok).value(u"backup"_s).toObject();
    QVERIFY2(ok, qPrintable(taken.out + taken.err));
    const QString id = backup.value(u"id"_s).toString();
    QCOMPARE(backup.value(u"revisions"_s).toArray(), QJsonArray {u"a6c3d2e1f0b9"_s});
    QCOMPARE(backup.value(u"source"_s).toString(), m_database);
    // Under the private home: the user's own data folder is never touched.
    QVERIFY2(backup.value(u"path"_s).toString().startsWith(m_home + u"/data/Retort/retort/"_s),
        qPrintable(backup.value(u"path"_s).toString()));
    QCOMPARE(enginefixture::snapshot(backup.value(u"path"_s).toString()), original);
    QVERIFY(backup.value(u"size"_s).toInteger() > 0);

    // Change the database behind Retort's back, then restore.
    QVERIFY(enginefixture::execute(m_database,
        {u"DELETE FROM reviews"_s, u"UPDATE alembic_version SET version_num = '5e9a0b7c3f12'"_s}));
    const QStringList changed = enginefixture::snapshot(m_database);
    QVERIFY(changed != original);

    const Run listed = retort(u"backups"_s);
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"ID "_s));
    for (const QString &part : {id, u"a6c3d2e1f0b9"_s, m_database, u"UTC"_s})
        QVERIFY2(lines.at(1).contains(part), qPrintable(lines.at(1)));

    const Run restored = retort(u"restore "_s + id.left(id.size() - 2));
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY2(restored.out.contains(id), qPrintable(restored.out));
    QVERIFY2(restored.out.contains(u"backed up as"_s), qPrintable(restored.out));
    QCOMPARE(enginefixture::snapshot(m_database), original);

    // The state before the restore was kept, newest first.
    const Run after = retort(u"backups --json"_s);
    const QJsonArray backups = after.json(&ok).value(u"backups"_s).toArray();
    QVERIFY(ok);
    QCOMPARE(backups.size(), 2);
    const QJsonObject safety = backups.at(0).toObject();
    QCOMPARE(safety.value(u"revisions"_s).toArray(), QJsonArray {u"5e9a0b7c3f12"_s});
    QCOMPARE(enginefixture::snapshot(safety.value(u"path"_s).toString()), changed);
    QCOMPARE(backups.at(1).toObject().value(u"id"_s).toString(), id);

    // And restoring that one brings the change back.
    const Run back = retort(u"restore --json "_s + safety.value(u"id"_s).toString());
    QCOMPARE(back.exitCode, 0);
    QVERIFY(back.json(&ok).value(u"previous_state"_s).isObject());
    QVERIFY(ok);
    QCOMPARE(enginefixture::snapshot(m_database), changed);
}

void TestCliBackups::restoreNeedsAKnownId()
{
    const QStringList original = enginefixture::snapshot(m_database);
    const Run run = retort(u"restore 19990101"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"FAILED: No backup of "_s), qPrintable(run.err));
    QCOMPARE(retort(u"restore"_s).exitCode, 2);
    QCOMPARE(enginefixture::snapshot(m_database), original);
}

void TestCliBackups::missingDatabase()
{
    const Run run = retort(u"--db missing.db backup"_s);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"missing.db"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_project + u"/missing.db"_s));
}

QTEST_GUILESS_MAIN(TestCliBackups)
#include "tst_clibackups.moc"
