// SPDX-License-Identifier: MIT
// The commands that run the project's Alembic (upgrade, downgrade, stamp, sql, check, revision,
// merge), run as the built `retort` on copies of the example projects, checked against the
// database's content and against what the real alembic CLI does on another copy.

#include "CliRunner.h"
#include "EngineFixture.h"
#include "engine/TrustStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace clirunner;
using namespace Qt::StringLiterals;

namespace {

const QString bookshelfAt = u"a6c3d2e1f0b9"_s; // where examples/bookshelf/bookshelf.db stands
const QString bookshelfHead = u"e4b8f7a2c5d6"_s;

QStringList args(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

/// A revision after the bookshelf head that creates a table, fills it and then raises.
const char *failingRevision = R"py("""create doomed, then fail

Revision ID: f00dfa11beef
Revises: e4b8f7a2c5d6
"""
from alembic import op
import sqlalchemy as sa

revision = "f00dfa11beef"
down_revision = "e4b8f7a2c5d6"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("doomed", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("INSERT INTO doomed (id) VALUES (1)")
    raise RuntimeError("boom in the middle of the upgrade")


def downgrade():
    op.drop_table("doomed")
)py";

/// A batch alteration without copy_from: Alembic cannot render it offline (it must reflect).
const char *reflectingRevision = R"py("""widen tag names

Revision ID: 7a9b5c3d1e2f
Revises: e4b8f7a2c5d6
"""
from alembic import op
import sqlalchemy as sa

revision = "7a9b5c3d1e2f"
down_revision = "e4b8f7a2c5d6"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("tags") as batch_op:
        batch_op.alter_column("name", existing_type=sa.String(50), type_=sa.String(80))


def downgrade():
    with op.batch_alter_table("tags") as batch_op:
        batch_op.alter_column("name", existing_type=sa.String(80), type_=sa.String(50))
)py";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

QStringList versionFiles(const QString &project)
{
    return QDir(project + u"/migrations/versions"_s).entryList({u"*.py"_s}, QDir::Files);
}

QStringList versionRows(const QString &database)
{
    return enginefixture::snapshot(database).filter(QRegularExpression(u"^alembic_version\\|"_s));
}

} // namespace

class TestCliEngine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void untrustedIsRefused_data();
    void untrustedIsRefused();
    void folderTrustedInTheStoreNeedsNoFlag();
    void upgradeAndDowngradeMatchAlembic();
    void stampSeveralRevisionsAndPurge();
    void offlineSqlMatchesAlembic();
    void sqlFromTheCurrentRevision();
    void sqlRehearsesWhereOfflineCannot();
    void check();
    void revisionAndMerge();
    void failingMigrationRestoresTheDatabase();
    void sqlModelProject();

private:
    Run retort(const QString &arguments, const QString &project = {}) const;
    Run retortArgs(const QStringList &arguments, const QString &project = {}) const;
    QString copy(const QString &example);

    QTemporaryDir m_dir;
    QString m_home;
    QString m_project; ///< a fresh copy of examples/bookshelf per test
    QString m_database;
    int m_copies = 0;
};

void TestCliEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(testPython()).isExecutable(), "RETORT_TEST_PYTHON must have alembic");
}

void TestCliEngine::init()
{
    // A new home per test: nothing trusted, no backups.
    m_home = m_dir.filePath(u"home-%1"_s.arg(++m_copies));
    QVERIFY(QDir().mkpath(m_home));
    m_project = copy(u"bookshelf"_s);
    QVERIFY(!m_project.isEmpty());
    m_database = m_project + u"/bookshelf.db"_s;
}

QString TestCliEngine::copy(const QString &example)
{
    const QString target = m_dir.filePath(u"%1-%2"_s.arg(example).arg(++m_copies));
    return copyExample(example, target) ? QDir(target).canonicalPath() : QString();
}

Run TestCliEngine::retort(const QString &arguments, const QString &project) const
{
    return retortArgs(args(arguments), project);
}

Run TestCliEngine::retortArgs(const QStringList &arguments, const QString &project) const
{
    return clirunner::retort(arguments, project.isEmpty() ? m_project : project, m_home);
}

void TestCliEngine::untrustedIsRefused_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::newRow("upgrade") << u"upgrade head"_s;
    QTest::newRow("downgrade") << u"downgrade -1"_s;
    QTest::newRow("stamp") << u"stamp head"_s;
    QTest::newRow("upgrade --sql") << u"upgrade a6c3d2e1f0b9:head --sql"_s;
    QTest::newRow("sql") << u"sql head"_s;
    QTest::newRow("check") << u"check"_s;
    QTest::newRow("revision") << u"revision -m new"_s;
    QTest::newRow("merge") << u"merge heads -m join"_s;
}

void TestCliEngine::untrustedIsRefused()
{
    QFETCH(QString, arguments);
    const QStringList before = enginefixture::snapshot(m_database);
    const QStringList files = versionFiles(m_project);
    const Run run = retort(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(u"FAILED: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"is not trusted"_s) && run.err.contains(u"--trust"_s),
        qPrintable(run.err));
    QCOMPARE(enginefixture::snapshot(m_database), before);
    QCOMPARE(versionFiles(m_project), files);
    // No backup either: nothing ran.
    QVERIFY(!QDir(m_home + u"/data/Retort/retort/backups"_s).exists()
        || QDir(m_home + u"/data/Retort/retort/backups"_s).isEmpty());
}

void TestCliEngine::folderTrustedInTheStoreNeedsNoFlag()
{
    // The window's trust store (organization Retort, application retort) is the CLI's too.
    retort::TrustStore store(m_home + u"/config/Retort/retort.conf"_s);
    QVERIFY(store.trust(m_project).ok());
    const Run run = retort(u"upgrade head"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(versionRows(m_database), QStringList {u"alembic_version|"_s + bookshelfHead});
    // Native commands never needed it.
    const Run other = retort(u"heads"_s, copy(u"bookshelf"_s));
    QCOMPARE(other.exitCode, 0);
}

void TestCliEngine::upgradeAndDowngradeMatchAlembic()
{
    const QString reference = copy(u"bookshelf"_s);
    for (const QString &step : {u"upgrade head"_s, u"downgrade c07b5e9f21d8"_s, u"downgrade base"_s,
             u"upgrade reviews@head"_s, u"upgrade heads"_s, u"downgrade -1"_s}) {
        const Run ours = retort(u"--trust "_s + step);
        const Run theirs = alembic(args(step), reference, m_home);
        // Alembic exits with 255 on its errors ("Ambiguous walk" for downgrade -1 from a merge).
        QVERIFY2(ours.exitCode == (theirs.exitCode == 255 ? 1 : theirs.exitCode),
            qPrintable(step + u": "_s + ours.err + theirs.err));
        if (theirs.exitCode == 0) {
            QCOMPARE(ours.out, theirs.out);
        } else {
            // Alembic 1.8 prints "FAILED: ..." on stdout; Retort keeps stdout for results.
            QVERIFY2(ours.err.contains(theirs.out.trimmed()), qPrintable(ours.err));
        }
        QCOMPARE(logLines(ours.err), logLines(theirs.err));
        QCOMPARE(enginefixture::snapshot(m_database),
            enginefixture::snapshot(reference + u"/bookshelf.db"_s));
    }
    // Each write took a backup first.
    const Run listed = retort(u"backups --json"_s);
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().value(u"backups"_s).toArray().size(), 6);

    const Run json = retort(u"--trust downgrade a6c3d2e1f0b9 --json"_s);
    QCOMPARE(json.exitCode, 0);
    bool ok = false;
    const QJsonObject result = json.json(&ok);
    QVERIFY2(ok, qPrintable(json.out));
    QCOMPARE(result.value(u"status"_s).toString(), u"succeeded"_s);
    QVERIFY(!result.value(u"steps"_s).toArray().isEmpty());
    QCOMPARE(result.value(u"steps"_s).toArray().at(0).toObject().value(u"revision"_s).toString(),
        bookshelfHead);
    QVERIFY(!result.value(u"backup"_s).toObject().value(u"id"_s).toString().isEmpty());
    QCOMPARE(alembic(args(u"downgrade a6c3d2e1f0b9"_s), reference, m_home).exitCode, 0);
    QCOMPARE(enginefixture::snapshot(m_database),
        enginefixture::snapshot(reference + u"/bookshelf.db"_s));
    QStringList heads;
    for (const auto &head : result.value(u"heads"_s).toArray())
        heads << u"alembic_version|"_s + head.toString();
    QCOMPARE(heads, versionRows(m_database));
}

void TestCliEngine::stampSeveralRevisionsAndPurge()
{
    const Run two = retort(u"--trust stamp 5e9a0b7c3f12 91f0c4d8e2a7"_s);
    QVERIFY2(two.exitCode == 0, qPrintable(two.err));
    QCOMPARE(versionRows(m_database),
        (QStringList {u"alembic_version|5e9a0b7c3f12"_s, u"alembic_version|91f0c4d8e2a7"_s}));
    const Run reference
        = alembic(args(u"stamp 5e9a0b7c3f12 91f0c4d8e2a7"_s), copy(u"bookshelf"_s), m_home);
    QCOMPARE(logLines(two.err), logLines(reference.err));

    const Run purge = retort(u"--trust stamp head --purge"_s);
    QVERIFY2(purge.exitCode == 0, qPrintable(purge.err));
    QCOMPARE(versionRows(m_database), QStringList {u"alembic_version|"_s + bookshelfHead});
    // Stamping changes the version table only.
    QVERIFY(!enginefixture::snapshot(m_database).filter(u"|tags|"_s).size());
}

void TestCliEngine::offlineSqlMatchesAlembic()
{
    const QStringList before = enginefixture::snapshot(m_database);
    for (const QString &command : {u"upgrade a6c3d2e1f0b9:head --sql"_s,
             u"downgrade a6c3d2e1f0b9:base --sql"_s, u"stamp head --sql"_s}) {
        const Run ours = retort(u"--trust "_s + command);
        const Run theirs = alembic(args(command), m_project, m_home);
        QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
        QCOMPARE(ours.out, theirs.out);
        QCOMPARE(logLines(ours.err), logLines(theirs.err));
    }
    QCOMPARE(enginefixture::snapshot(m_database), before);
    const Run range = retort(u"--trust upgrade a6c3d2e1f0b9:head"_s);
    QCOMPARE(range.exitCode, 1);
    QCOMPARE(range.err, u"FAILED: Range revision not allowed\n"_s);
}

void TestCliEngine::sqlFromTheCurrentRevision()
{
    const QStringList before = enginefixture::snapshot(m_database);
    const Run up = retort(u"--trust sql head"_s);
    QVERIFY2(up.exitCode == 0, qPrintable(up.err));
    QVERIFY2(up.err.contains(u"offline"_s), qPrintable(up.err));
    QCOMPARE(up.out, alembic(args(u"upgrade a6c3d2e1f0b9:head --sql"_s), m_project, m_home).out);

    // Below the current revision: a downgrade.
    const Run down = retort(u"--trust sql 8d41e6b2a913"_s);
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));
    QCOMPARE(down.out,
        alembic(args(u"downgrade a6c3d2e1f0b9:8d41e6b2a913 --sql"_s), m_project, m_home).out);

    const Run json = retort(u"--trust --json sql c07b5e9f21d8:91f0c4d8e2a7"_s);
    bool ok = false;
    const QJsonObject result = json.json(&ok);
    QVERIFY2(ok, qPrintable(json.out + json.err));
    QCOMPARE(result.value(u"mode"_s).toString(), u"offline"_s);
    QCOMPARE(result.value(u"operation"_s).toString(), u"upgrade"_s);
    QVERIFY(result.value(u"sql"_s).toString().contains(u"CREATE TABLE tags"_s));
    QCOMPARE(enginefixture::snapshot(m_database), before);

    const Run unknown = retort(u"--trust sql 0badc0ffee00"_s);
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"Can't locate revision identified by '0badc0ffee00'"_s),
        qPrintable(unknown.err));
}

void TestCliEngine::sqlRehearsesWhereOfflineCannot()
{
    QVERIFY(
        writeFile(m_project + u"/migrations/versions/7a9b5c3d1e2f_widen.py"_s, reflectingRevision));
    const QStringList before = enginefixture::snapshot(m_database);
    const Run run = retort(u"--trust sql head"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"rehearsal"_s), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"CREATE TABLE _alembic_tmp_tags"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"VARCHAR(80)"_s), qPrintable(run.out));
    QCOMPARE(enginefixture::snapshot(m_database), before);
}

void TestCliEngine::check()
{
    const Run behind = retort(u"--trust check"_s);
    QCOMPARE(behind.exitCode, 1);
    QVERIFY2(behind.err.contains(u"FAILED: Target database is not up to date."_s),
        qPrintable(behind.err));

    QCOMPARE(retort(u"--trust upgrade head"_s).exitCode, 0);
    const Run clean = retort(u"--trust check"_s);
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
    QCOMPARE(clean.out, u"No new upgrade operations detected.\n"_s);

    QFile models(m_project + u"/models.py"_s);
    QVERIFY(models.open(QIODevice::ReadOnly));
    QByteArray text = models.readAll();
    models.close();
    text.replace("    published_year = Column(Integer)\n",
        "    published_year = Column(Integer)\n    subtitle = Column(String(100))\n");
    QVERIFY(writeFile(models.fileName(), text));
    const Run differs = retort(u"--trust check"_s);
    QCOMPARE(differs.exitCode, 1);
    QVERIFY2(differs.err.contains(
                 u"FAILED: New upgrade operations detected: add_column books.subtitle"_s),
        qPrintable(differs.err));
    const Run json = retort(u"--trust check --json"_s);
    QCOMPARE(json.exitCode, 1);
    bool ok = false;
    const QJsonObject result = json.json(&ok);
    QVERIFY2(ok, qPrintable(json.out));
    QCOMPARE(result.value(u"clean"_s).toBool(), false);
    QCOMPARE(result.value(u"differences"_s).toArray(), QJsonArray {u"add_column books.subtitle"_s});
}

void TestCliEngine::revisionAndMerge()
{
    const Run plain = retort(u"--trust revision -m add_shelves --rev-id 1111aaaa2222"_s);
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    const QString file = m_project + u"/migrations/versions/1111aaaa2222_add_shelves.py"_s;
    QVERIFY(QFile::exists(file));
    QCOMPARE(plain.out, u"Generating %1 ...  done\n"_s.arg(file));

    // A second line of development from an older revision, then the merge of both heads.
    const Run branch
        = retort(u"--trust revision -m side --head c07b5e9f21d8 --splice --rev-id 3333bbbb4444 "
                 "--branch-label side --json"_s);
    QVERIFY2(branch.exitCode == 0, qPrintable(branch.err));
    bool ok = false;
    const QJsonObject written = branch.json(&ok);
    QVERIFY2(ok, qPrintable(branch.out));
    const QJsonObject script = written.value(u"scripts"_s).toArray().at(0).toObject();
    QCOMPARE(script.value(u"revision"_s).toString(), u"3333bbbb4444"_s);
    QCOMPARE(script.value(u"down_revisions"_s).toArray(), QJsonArray {u"c07b5e9f21d8"_s});
    QCOMPARE(script.value(u"branch_labels"_s).toArray(), QJsonArray {u"side"_s});
    QCOMPARE(retort(u"heads"_s).out.split(u'\n', Qt::SkipEmptyParts).size(), 2);

    const Run merge = retort(u"--trust merge heads -m join --rev-id 5555cccc6666"_s);
    QVERIFY2(merge.exitCode == 0, qPrintable(merge.err));
    QVERIFY(merge.out.startsWith(u"Generating "_s));
    const QString heads = retort(u"heads"_s).out;
    QVERIFY2(heads.startsWith(u"5555cccc6666 "_s) && heads.count(u'\n') == 1, qPrintable(heads));
    // Alembic reads the same graph (the order of the branch labels is a Python set's).
    QCOMPARE(alembic(args(u"heads"_s), m_project, m_home).out.section(u' ', 0, 0),
        heads.section(u' ', 0, 0));

    // Autogenerate compares with the database; the database is not written.
    QCOMPARE(retort(u"--trust upgrade heads"_s).exitCode, 0);
    const QStringList before = enginefixture::snapshot(m_database);
    const Run autogen
        = retort(u"--trust revision --autogenerate -m nothing --rev-id 7777dddd8888"_s);
    QVERIFY2(autogen.exitCode == 0, qPrintable(autogen.err));
    QCOMPARE(enginefixture::snapshot(m_database), before);
}

void TestCliEngine::failingMigrationRestoresTheDatabase()
{
    const QString file = m_project + u"/migrations/versions/f00dfa11beef_boom.py"_s;
    QVERIFY(writeFile(file, failingRevision));
    const int raiseLine = QString::fromLatin1(failingRevision)
                              .left(QString::fromLatin1(failingRevision).indexOf(u"raise "_s))
                              .count(u'\n')
        + 1;
    const QStringList before = enginefixture::snapshot(m_database);
    // Three steps: 91f0c4d8e2a7 and e4b8f7a2c5d6 succeed and are committed, then the failure.
    const Run run = retort(u"--trust upgrade head"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Running upgrade a6c3d2e1f0b9, 91f0c4d8e2a7 -> e4b8f7a2c5d6"_s),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(u"FAILED: upgrade failed in revision f00dfa11beef"_s),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(u"%1, line %2"_s.arg(file).arg(raiseLine)), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"boom in the middle of the upgrade"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"restored"_s), qPrintable(run.err));
    QCOMPARE(enginefixture::snapshot(m_database), before);

    const Run json = retort(u"--trust upgrade head --json"_s);
    QCOMPARE(json.exitCode, 1);
    bool ok = false;
    const QJsonObject result = json.json(&ok);
    QVERIFY2(ok, qPrintable(json.out));
    QCOMPARE(result.value(u"status"_s).toString(), u"restored"_s);
    const QJsonObject error = result.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"revision"_s).toString(), u"f00dfa11beef"_s);
    QCOMPARE(error.value(u"line"_s).toInt(), raiseLine);
    QCOMPARE(QFileInfo(error.value(u"file"_s).toString()).canonicalFilePath(), file);
    QCOMPARE(enginefixture::snapshot(m_database), before);
}

void TestCliEngine::sqlModelProject()
{
    const QString project = copy(u"notes-sqlmodel"_s);
    const QString reference = copy(u"notes-sqlmodel"_s);
    for (const QString &step : {u"downgrade base"_s, u"upgrade head"_s}) {
        const Run ours = retort(u"--trust "_s + step, project);
        const Run theirs = alembic(args(step), reference, m_home);
        QVERIFY2(ours.exitCode == 0 && theirs.exitCode == 0, qPrintable(ours.err + theirs.err));
        QCOMPARE(logLines(ours.err), logLines(theirs.err));
        QCOMPARE(enginefixture::snapshot(project + u"/notes.db"_s),
            enginefixture::snapshot(reference + u"/notes.db"_s));
    }
    const Run clean = retort(u"--trust check"_s, project);
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
}

QTEST_GUILESS_MAIN(TestCliEngine)
#include "tst_cliengine.moc"
