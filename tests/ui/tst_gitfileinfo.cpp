// SPDX-License-Identifier: MIT
#include "details/GitFileInfo.h"
#include "details/RevisionDetailsPane.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace retort;
using namespace Qt::StringLiterals;

/// The last git commit of a revision file, looked up off the UI thread, in a temporary repo.
class TestGitFileInfo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void lastCommitOfAFile();
    void outsideARepository();
    void detailsShowTheAuthor();

private:
    bool git(const QStringList &arguments, const QDateTime &date = {});
    static bool writeFile(const QString &path, const QByteArray &text);

    QString m_git;
    QTemporaryDir m_repo;
    QString m_committed;
    QString m_untracked;
    QDateTime m_date;
};

bool TestGitFileInfo::writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

bool TestGitFileInfo::git(const QStringList &arguments, const QDateTime &date)
{
    QProcess process;
    process.setWorkingDirectory(m_repo.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"HOME"_s, m_repo.path()); // no user config
    env.insert(u"GIT_AUTHOR_NAME"_s, u"Ada Lovelace"_s);
    env.insert(u"GIT_AUTHOR_EMAIL"_s, u"ada@example.com"_s);
    env.insert(u"GIT_COMMITTER_NAME"_s, u"Ada Lovelace"_s);
    env.insert(u"GIT_COMMITTER_EMAIL"_s, u"ada@example.com"_s);
    if (date.isValid())
        env.insert(u"GIT_AUTHOR_DATE"_s, date.toString(Qt::ISODate));
    process.setProcessEnvironment(env);
    process.start(m_git, arguments);
    return process.waitForFinished(20000) && process.exitCode() == 0;
}

void TestGitFileInfo::initTestCase()
{
    m_git = GitFileInfo::gitProgram();
    if (m_git.isEmpty())
        QSKIP("git is not installed; the workbench then shows no commit (nothing to test)");
    QVERIFY(m_repo.isValid());
    m_committed = m_repo.filePath(u"a1_base.py"_s);
    m_untracked = m_repo.filePath(u"b2_next.py"_s);
    QVERIFY(writeFile(m_committed, "revision = 'a1'\ndown_revision = None\n"));
    QVERIFY(writeFile(m_untracked, "revision = 'b2'\ndown_revision = 'a1'\n"));
    m_date = QDateTime(QDate(2024, 5, 20), QTime(11, 30, 0), QTimeZone::utc());
    QVERIFY(git({u"init"_s, u"-q"_s}));
    QVERIFY(git({u"add"_s, u"a1_base.py"_s}));
    QVERIFY(git({u"commit"_s, u"-q"_s, u"-m"_s, u"Add the base revision"_s}, m_date));
}

void TestGitFileInfo::lastCommitOfAFile()
{
    const std::optional<GitCommit> commit = GitFileInfo::lastCommit(m_committed, m_git);
    QVERIFY(commit);
    QCOMPARE(commit->author, u"Ada Lovelace"_s);
    QCOMPARE(commit->date.toUTC(), m_date);
    QCOMPARE(commit->subject, u"Add the base revision"_s);
    QVERIFY(!commit->hash.isEmpty());
    // Never committed: no commit, not an error.
    QVERIFY(!GitFileInfo::lastCommit(m_untracked, m_git));
}

void TestGitFileInfo::outsideARepository()
{
    QTemporaryDir plain;
    const QString file = plain.filePath(u"x.py"_s);
    QVERIFY(writeFile(file, "revision = 'x'\n"));
    QVERIFY(!GitFileInfo::lastCommit(file, m_git));
    QVERIFY(!GitFileInfo::lastCommit(file, QString()));
}

void TestGitFileInfo::detailsShowTheAuthor()
{
    RevisionDetailsPane pane;
    RevisionEntry entry;
    entry.id = u"a1"_s;
    entry.filePath = m_committed;
    entry.fileName = u"a1_base.py"_s;
    pane.showRevision(&entry, m_repo.path());
    // Looked up in the background; the pane fills in when git answers.
    QTRY_VERIFY_WITH_TIMEOUT(pane.plainText().contains(u"Ada Lovelace"_s), 20000);
    QVERIFY(pane.plainText().contains(u"Add the base revision"_s));

    RevisionEntry untracked = entry;
    untracked.id = u"b2"_s;
    untracked.filePath = m_untracked;
    pane.showRevision(&untracked, m_repo.path());
    QTRY_VERIFY_WITH_TIMEOUT(pane.plainText().contains(u"not committed"_s), 20000);
    QVERIFY(!pane.plainText().contains(u"Ada Lovelace"_s));
}

QTEST_MAIN(TestGitFileInfo)
#include "tst_gitfileinfo.moc"
