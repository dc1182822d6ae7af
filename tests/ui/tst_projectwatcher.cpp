// SPDX-License-Identifier: MIT
#include "watch/ProjectWatcher.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace retort;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(retort::ProjectWatcher::Backend)

/// Both backends see what a terminal, an editor or a git checkout does to a project: scripts
/// added, edited in place, replaced by a rename, removed; and the native one ignores what
/// Alembic would not read.
class TestProjectWatcher : public QObject {
    Q_OBJECT

private slots:
    void init();
    void scriptsInAVersionFolder_data();
    void scriptsInAVersionFolder();
    void watchedFileAlone_data();
    void watchedFileAlone();
    void entriesAlembicDoesNotReadAreIgnored();
    void stopsWatching_data();
    void stopsWatching();
    void nativeOnLinux();

private:
    static void backends();
    /// Runs `act` and says whether the watcher reported a change for it.
    static bool reports(ProjectWatcher &watcher, const std::function<void()> &act);
    /// Runs `act` and says whether the watcher stayed silent (events arrive in milliseconds).
    static bool quiet(ProjectWatcher &watcher, const std::function<void()> &act);
    static bool write(const QString &path, const QByteArray &content);
    static bool replace(const QString &path, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_versions;
    QString m_script;
    QString m_ini;
};

void TestProjectWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"migrations/versions"_s));
    m_versions = m_dir->filePath(u"migrations/versions"_s);
    m_script = m_versions + u"/1a2b3c4d5e6f_first.py"_s;
    m_ini = m_dir->filePath(u"alembic.ini"_s);
    QVERIFY(write(m_script, "revision = '1a2b3c4d5e6f'\ndown_revision = None\n"));
    QVERIFY(write(m_ini, "[alembic]\nscript_location = migrations\n"));
    QVERIFY(write(m_dir->filePath(u"README.txt"_s), "notes\n"));
}

void TestProjectWatcher::backends()
{
    QTest::addColumn<ProjectWatcher::Backend>("backend");
    QTest::newRow("native") << ProjectWatcher::Backend::Native;
    QTest::newRow("portable") << ProjectWatcher::Backend::Portable;
}

bool TestProjectWatcher::reports(ProjectWatcher &watcher, const std::function<void()> &act)
{
    QSignalSpy changed(&watcher, &ProjectWatcher::changed);
    act();
    return changed.wait(ProjectWatcher::settleMs + 2000);
}

bool TestProjectWatcher::quiet(ProjectWatcher &watcher, const std::function<void()> &act)
{
    QSignalSpy changed(&watcher, &ProjectWatcher::changed);
    act();
    return !changed.wait(ProjectWatcher::settleMs + 750);
}

bool TestProjectWatcher::write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) >= 0;
}

bool TestProjectWatcher::replace(const QString &path, const QByteArray &content)
{
    QSaveFile file(path); // a new file renamed over the old one, as many editors save
    return file.open(QIODevice::WriteOnly) && file.write(content) >= 0 && file.commit();
}

void TestProjectWatcher::scriptsInAVersionFolder_data()
{
    backends();
}

void TestProjectWatcher::scriptsInAVersionFolder()
{
    QFETCH(ProjectWatcher::Backend, backend);
    ProjectWatcher watcher(backend);
    watcher.watch({m_versions}, {m_ini, m_script});
    const QString added = m_versions + u"/2b3c4d5e6f70_second.py"_s;

    QVERIFY(reports(watcher, [&] { QVERIFY(write(added, "revision = '2b3c4d5e6f70'\n")); }));
    QVERIFY(reports(watcher, [&] { QVERIFY(write(m_script, "revision = '1a2b3c4d5e6f'\n#\n")); }));
    QVERIFY(reports(watcher, [&] { QVERIFY(replace(m_script, "revision = '1a2b3c4d5e6f'\n")); }));
    QVERIFY(reports(watcher, [&] { QVERIFY(QFile::remove(added)); }));
    QVERIFY(reports(watcher, [&] { QVERIFY(QDir(m_versions).mkdir(u"2026"_s)); }));
}

void TestProjectWatcher::watchedFileAlone_data()
{
    backends();
}

void TestProjectWatcher::watchedFileAlone()
{
    QFETCH(ProjectWatcher::Backend, backend);
    ProjectWatcher watcher(backend);
    watcher.watch({}, {m_ini});

    // A file beside the watched one is not watched, even in the same folder.
    QVERIFY(quiet(watcher, [&] { QVERIFY(write(m_dir->filePath(u"README.txt"_s), "x\n")); }));
    QVERIFY(reports(watcher, [&] { QVERIFY(write(m_ini, "[alembic]\n")); }));
    QVERIFY(reports(watcher, [&] { QVERIFY(replace(m_ini, "[alembic]\nscript_location = m\n")); }));
    // Replaced once, it is still watched.
    QVERIFY(reports(watcher, [&] { QVERIFY(write(m_ini, "[alembic]\n")); }));
    QVERIFY(reports(watcher, [&] { QVERIFY(QFile::remove(m_ini)); }));
}

void TestProjectWatcher::entriesAlembicDoesNotReadAreIgnored()
{
    ProjectWatcher watcher(ProjectWatcher::Backend::Native);
    if (watcher.backend() != ProjectWatcher::Backend::Native)
        QSKIP("no native file watching on this system");
    watcher.watch({m_versions}, {m_script});

    // An editor's swap file, notes, Python's bytecode cache.
    QVERIFY(quiet(watcher, [&] { QVERIFY(write(m_versions + u"/.first.py.swp"_s, "x")); }));
    QVERIFY(quiet(watcher, [&] { QVERIFY(write(m_versions + u"/NOTES.md"_s, "x")); }));
    QVERIFY(quiet(watcher, [&] {
        QVERIFY(QDir(m_versions).mkdir(u"__pycache__"_s));
        QVERIFY(write(m_versions + u"/__pycache__/first.cpython-311.pyc"_s, "x"));
    }));
    // A sourceless script does count.
    QVERIFY(reports(watcher, [&] { QVERIFY(write(m_versions + u"/3c4d_third.pyc"_s, "x")); }));
}

void TestProjectWatcher::stopsWatching_data()
{
    backends();
}

void TestProjectWatcher::stopsWatching()
{
    QFETCH(ProjectWatcher::Backend, backend);
    ProjectWatcher watcher(backend);
    watcher.watch({m_versions}, {m_ini, m_script});
    watcher.watch({}, {});
    QVERIFY(quiet(watcher, [&] {
        QVERIFY(write(m_script, "revision = '1a2b3c4d5e6f'\n#\n"));
        QVERIFY(write(m_versions + u"/2b3c4d5e6f70_second.py"_s, "x"));
        QVERIFY(write(m_ini, "[alembic]\n"));
    }));
    // Watching again after a stop works.
    watcher.watch({m_versions}, {m_script});
    QVERIFY(reports(watcher, [&] { QVERIFY(QFile::remove(m_script)); }));
}

void TestProjectWatcher::nativeOnLinux()
{
#if defined(Q_OS_LINUX)
    QCOMPARE(ProjectWatcher().backend(), ProjectWatcher::Backend::Native);
#else
    QCOMPARE(ProjectWatcher().backend(), ProjectWatcher::Backend::Portable);
#endif
    QCOMPARE(ProjectWatcher(ProjectWatcher::Backend::Portable).backend(),
        ProjectWatcher::Backend::Portable);
}

QTEST_MAIN(TestProjectWatcher)
#include "tst_projectwatcher.moc"
