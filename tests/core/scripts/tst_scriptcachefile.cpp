// SPDX-License-Identifier: MIT
#include "scripts/ScriptCacheFile.h"
#include "scripts/ScriptDirectory.h"
#include "scripts/ScriptParser.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace retort;

namespace {

bool write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray script(const QString &revision, const QString &down = QStringLiteral("None"))
{
    return "\"\"\"Change " + revision.toUtf8()
        + "\n\nCreate Date: 2024-01-02 03:04:05\n\"\"\"\nrevision = '" + revision.toUtf8()
        + "'\ndown_revision = " + down.toUtf8()
        + "\nbranch_labels = ('lbl',)\ndepends_on = None\n\n\ndef upgrade():\n"
          "    op.add_column('t', sa.Column('c'))\n\n\ndef downgrade():\n    pass\n";
}

// Scans `dir` the way one run of the CLI does: restore, scan without operations, save.
struct Run {
    ScriptScan scan;
    qsizetype restored = 0;
    qsizetype hits = 0;
};

Run runOnce(const QString &dir, const QString &cacheFile)
{
    ScriptDirectoryOptions options;
    options.versionLocations = {dir};
    options.rule = ScriptListingRule::SortedWalk;
    options.operations = false;
    ScriptCache cache(0); // no settle window: the tests order their writes themselves
    Run run;
    run.restored = ScriptCacheFile::read(cacheFile, dir, &cache);
    run.scan = ScriptDirectory::scan(options, &cache);
    run.hits = cache.hits();
    if (cache.changedSinceRestore()) {
        if (!ScriptCacheFile::write(cacheFile, dir, cache)) {
            qWarning("cache not written");
        }
    }
    return run;
}

QStringList revisions(const ScriptScan &scan)
{
    QStringList ids;
    for (const RevisionScript &s : scan.scripts) {
        ids.append(s.revision);
    }
    return ids;
}

void tick()
{
    QThread::msleep(30); // past the file system's timestamp granularity
}

} // namespace

class tst_ScriptCacheFile : public QObject {
    Q_OBJECT

private slots:
    void roundTripKeepsEveryHeaderField();
    void neverServesStaleData_data();
    void neverServesStaleData();
    void damagedFilesAreIgnored_data();
    void damagedFilesAreIgnored();
    void restoredEntriesHaveNoOperations();
    void dropsEntriesOfVanishedFiles();
};

void tst_ScriptCacheFile::roundTripKeepsEveryHeaderField()
{
    QTemporaryDir dir;
    const QString cacheFile = dir.filePath(QStringLiteral("cache/headers.bin"));
    const QString versions = dir.filePath(QStringLiteral("versions"));
    QVERIFY(QDir().mkpath(versions));
    QVERIFY(write(versions + QStringLiteral("/a.py"), script(QStringLiteral("a1"))));
    QVERIFY(write(versions + QStringLiteral("/b.py"),
        script(QStringLiteral("b1"), QStringLiteral("('a1',)"))));
    tick();
    const Run first = runOnce(versions, cacheFile);
    QCOMPARE(first.restored, 0);
    QVERIFY(QFileInfo::exists(cacheFile));
    const Run second = runOnce(versions, cacheFile);
    QCOMPARE(second.restored, 2);
    QCOMPARE(second.hits, 2);
    for (int i = 0; i < 2; ++i) {
        const RevisionScript &a = first.scan.scripts.at(i);
        const RevisionScript &b = second.scan.scripts.at(i);
        QCOMPARE(b.path, a.path);
        QCOMPARE(b.fileName, a.fileName);
        QCOMPARE(b.revision, a.revision);
        QCOMPARE(b.downRevisions, a.downRevisions);
        QCOMPARE(b.downRevisionIsTuple, a.downRevisionIsTuple);
        QCOMPARE(b.branchLabels, a.branchLabels);
        QCOMPARE(b.dependsOn, a.dependsOn);
        QCOMPARE(b.revisionLine, a.revisionLine);
        QCOMPARE(b.downRevisionLine, a.downRevisionLine);
        QCOMPARE(b.docstring, a.docstring);
        QCOMPARE(b.createDate, a.createDate);
        QCOMPARE(b.upgradeLine, a.upgradeLine);
        QCOMPARE(b.downgradeLine, a.downgradeLine);
        QVERIFY(!b.error);
    }
    QCOMPARE(second.scan.scripts.at(1).downRevisions, QStringList {QStringLiteral("a1")});
    QVERIFY(second.scan.scripts.at(1).downRevisionIsTuple);
}

void tst_ScriptCacheFile::neverServesStaleData_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qsizetype>("hits");
    const QStringList a2b1 {QStringLiteral("a2"), QStringLiteral("b1")};
    QTest::newRow("edit keeping size and mtime") << QStringLiteral("edit") << a2b1 << qsizetype(1);
    QTest::newRow("touch") << QStringLiteral("touch")
                           << QStringList {QStringLiteral("a1"), QStringLiteral("b1")}
                           << qsizetype(1);
    QTest::newRow("replace by rename") << QStringLiteral("replace") << a2b1 << qsizetype(1);
    QTest::newRow("rename another file onto it")
        << QStringLiteral("rename") << QStringList {QStringLiteral("b1")} << qsizetype(0);
    QTest::newRow("delete and recreate") << QStringLiteral("recreate") << a2b1 << qsizetype(1);
    QTest::newRow("file added") << QStringLiteral("add")
                                << QStringList {QStringLiteral("a1"), QStringLiteral("b1"),
                                       QStringLiteral("c1")}
                                << qsizetype(2);
    QTest::newRow("file removed")
        << QStringLiteral("remove") << QStringList {QStringLiteral("b1")} << qsizetype(1);
    // a.py becomes c.py: same inode and content, another path, so it is read again.
    QTest::newRow("renamed away") << QStringLiteral("move")
                                  << QStringList {QStringLiteral("b1"), QStringLiteral("a1")}
                                  << qsizetype(1);
    QTest::newRow("grown, same times") << QStringLiteral("grow") << a2b1 << qsizetype(1);
}

void tst_ScriptCacheFile::neverServesStaleData()
{
#ifndef Q_OS_UNIX
    QSKIP("file stamps need POSIX");
#endif
    QFETCH(QString, change);
    QFETCH(QStringList, expected);
    QFETCH(qsizetype, hits);
    QTemporaryDir dir;
    const QString cacheFile = dir.filePath(QStringLiteral("headers.bin"));
    const QString versions = dir.filePath(QStringLiteral("versions"));
    QVERIFY(QDir().mkpath(versions));
    const QString a = versions + QStringLiteral("/a.py");
    const QString b = versions + QStringLiteral("/b.py");
    QVERIFY(write(a, script(QStringLiteral("a1"))));
    QVERIFY(write(b, script(QStringLiteral("b1"))));
    tick();
    runOnce(versions, cacheFile);
    QCOMPARE(runOnce(versions, cacheFile).hits, 2); // both cached

    const QDateTime modified = QFileInfo(a).lastModified();
    tick();
    if (change == QLatin1String("edit")) {
        QVERIFY(write(a, script(QStringLiteral("a2")))); // same size
        QFile file(a);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    } else if (change == QLatin1String("touch")) {
        QFile file(a);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified.addSecs(-10), QFileDevice::FileModificationTime));
    } else if (change == QLatin1String("replace")) {
        const QString temp = versions + QStringLiteral("/a.tmp");
        QVERIFY(write(temp, script(QStringLiteral("a2"))));
        QVERIFY(
            ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(a).constData()) == 0);
    } else if (change == QLatin1String("add")) {
        QVERIFY(write(versions + QStringLiteral("/c.py"), script(QStringLiteral("c1"))));
    } else if (change == QLatin1String("remove")) {
        QVERIFY(QFile::remove(a));
    } else if (change == QLatin1String("move")) {
        const QString c = versions + QStringLiteral("/c.py");
        QVERIFY(::rename(QFile::encodeName(a).constData(), QFile::encodeName(c).constData()) == 0);
    } else if (change == QLatin1String("grow")) {
        QVERIFY(write(a, script(QStringLiteral("a2")) + "\n# longer\n"));
        QFile file(a);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    } else if (change == QLatin1String("rename")) {
        QVERIFY(::rename(QFile::encodeName(b).constData(), QFile::encodeName(a).constData()) == 0);
    } else {
        QVERIFY(QFile::remove(a));
        QVERIFY(write(a, script(QStringLiteral("a2"))));
    }
    tick();
    const Run after = runOnce(versions, cacheFile);
    QCOMPARE(revisions(after.scan), expected);
    QCOMPARE(after.hits, hits);
    const Run again = runOnce(versions, cacheFile); // the fresh parse was cached in turn
    QCOMPARE(revisions(again.scan), expected);
    QCOMPARE(again.hits, qsizetype(expected.size()));
}

void tst_ScriptCacheFile::damagedFilesAreIgnored_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("flipped byte") << QStringLiteral("flip");
    QTest::newRow("truncated") << QStringLiteral("truncate");
    QTest::newRow("other version") << QStringLiteral("version");
    QTest::newRow("other key") << QStringLiteral("key");
    QTest::newRow("garbage") << QStringLiteral("garbage");
    QTest::newRow("empty") << QStringLiteral("empty");
}

void tst_ScriptCacheFile::damagedFilesAreIgnored()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString cacheFile = dir.filePath(QStringLiteral("headers.bin"));
    const QString versions = dir.filePath(QStringLiteral("versions"));
    QVERIFY(QDir().mkpath(versions));
    QVERIFY(write(versions + QStringLiteral("/a.py"), script(QStringLiteral("a1"))));
    tick();
    runOnce(versions, cacheFile);
    QFile file(cacheFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.size() > 40);
    QString key = versions;
    if (damage == QLatin1String("flip")) {
        bytes[bytes.size() - 7] = char(bytes.at(bytes.size() - 7) ^ 0x20);
    } else if (damage == QLatin1String("truncate")) {
        bytes.chop(5);
    } else if (damage == QLatin1String("version")) {
        bytes[4] = char(bytes.at(4) + 1); // the format version (native byte order)
    } else if (damage == QLatin1String("key")) {
        key = dir.path();
    } else if (damage == QLatin1String("garbage")) {
        bytes = QByteArray(bytes.size(), 'x');
    } else {
        bytes.clear();
    }
    QVERIFY(write(cacheFile, bytes));
    ScriptCache cache(0);
    QCOMPARE(ScriptCacheFile::read(cacheFile, key, &cache), qsizetype(0));
    QCOMPARE(cache.size(), 0);
    const Run run = runOnce(versions, cacheFile); // parsed again, and the file repaired
    QCOMPARE(revisions(run.scan), QStringList {QStringLiteral("a1")});
    QCOMPARE(runOnce(versions, cacheFile).hits, qsizetype(1));
}

void tst_ScriptCacheFile::restoredEntriesHaveNoOperations()
{
    QTemporaryDir dir;
    const QString cacheFile = dir.filePath(QStringLiteral("headers.bin"));
    const QString versions = dir.filePath(QStringLiteral("versions"));
    QVERIFY(QDir().mkpath(versions));
    QVERIFY(write(versions + QStringLiteral("/a.py"), script(QStringLiteral("a1"))));
    tick();
    const Run first = runOnce(versions, cacheFile);
    QVERIFY(first.scan.scripts.at(0).upgradeOps.isEmpty()); // parsed without operations
    runOnce(versions, cacheFile);

    ScriptDirectoryOptions options;
    options.versionLocations = {versions};
    options.rule = ScriptListingRule::SortedWalk;
    ScriptCache cache(0);
    QCOMPARE(ScriptCacheFile::read(cacheFile, versions, &cache), qsizetype(1));
    const ScriptScan full = ScriptDirectory::scan(options, &cache); // operations wanted
    QCOMPARE(cache.hits(), 0);
    QCOMPARE(full.scripts.at(0).upgradeOps.size(), 1);
    QCOMPARE(full.scripts.at(0).upgradeOps.at(0).name, QStringLiteral("add_column"));
}

void tst_ScriptCacheFile::dropsEntriesOfVanishedFiles()
{
    QTemporaryDir dir;
    const QString cacheFile = dir.filePath(QStringLiteral("headers.bin"));
    const QString versions = dir.filePath(QStringLiteral("versions"));
    QVERIFY(QDir().mkpath(versions));
    QVERIFY(write(versions + QStringLiteral("/a.py"), script(QStringLiteral("a1"))));
    QVERIFY(write(versions + QStringLiteral("/b.py"), script(QStringLiteral("b1"))));
    tick();
    runOnce(versions, cacheFile);
    QVERIFY(QFile::remove(versions + QStringLiteral("/b.py")));
    QCOMPARE(runOnce(versions, cacheFile).restored, 2);
    ScriptCache cache(0);
    QCOMPARE(ScriptCacheFile::read(cacheFile, versions, &cache), qsizetype(1));
}

QTEST_GUILESS_MAIN(tst_ScriptCacheFile)
#include "tst_scriptcachefile.moc"
