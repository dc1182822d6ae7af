// SPDX-License-Identifier: MIT
#include "engine/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;

class TestTrustStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void untrustedByDefault();
    void trustIsByCanonicalPath_data();
    void trustIsByCanonicalPath();
    void trustPersistsAcrossInstances();
    void revoke();
    void missingFolderCannotBeTrusted();

private:
    QTemporaryDir m_dir;
    QString m_settings;
    QString m_project;
};

void TestTrustStore::init()
{
    QVERIFY(m_dir.isValid());
    const QString sub = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
    m_project = QDir(sub).filePath(u"project"_s);
    QVERIFY(QDir().mkpath(m_project));
    QVERIFY(QDir().mkpath(QDir(sub).filePath(u"sibling"_s)));
    QVERIFY(QFile::link(m_project, QDir(sub).filePath(u"link"_s)));
    m_settings = QDir(sub).filePath(u"trust.ini"_s);
}

void TestTrustStore::untrustedByDefault()
{
    TrustStore store(m_settings);
    QVERIFY(!store.isTrusted(m_project));
    QVERIFY(store.trustedFolders().isEmpty());
    const Error error = TrustStore::untrustedError(m_project);
    QVERIFY(error.message.contains(m_project));
}

void TestTrustStore::trustIsByCanonicalPath_data()
{
    QTest::addColumn<QString>("asked"); // relative to the test's folder
    QTest::addColumn<bool>("trusted");

    QTest::newRow("same path") << u"project"_s << true;
    QTest::newRow("trailing slash") << u"project/"_s << true;
    QTest::newRow("dot-dot spelling") << u"sibling/../project"_s << true;
    QTest::newRow("symlink") << u"link"_s << true;
    QTest::newRow("sibling") << u"sibling"_s << false;
    QTest::newRow("parent") << u"."_s << false;
    QTest::newRow("missing") << u"nowhere"_s << false;
}

void TestTrustStore::trustIsByCanonicalPath()
{
    QFETCH(QString, asked);
    QFETCH(bool, trusted);
    TrustStore store(m_settings);
    QVERIFY(store.trust(m_project).ok());
    const QString base = QFileInfo(m_project).absolutePath();
    QCOMPARE(store.isTrusted(base + u'/' + asked), trusted);
}

void TestTrustStore::trustPersistsAcrossInstances()
{
    QVERIFY(TrustStore(m_settings).trust(m_project + u"/"_s).ok());
    QVERIFY(TrustStore(m_settings).trust(m_project).ok()); // no duplicate
    const TrustStore reopened(m_settings);
    QVERIFY(reopened.isTrusted(m_project));
    QCOMPARE(reopened.trustedFolders(), QStringList {QFileInfo(m_project).canonicalFilePath()});
}

void TestTrustStore::revoke()
{
    TrustStore store(m_settings);
    QVERIFY(store.trust(m_project).ok());
    store.revoke(QFileInfo(m_project).absolutePath() + u"/link"_s);
    QVERIFY(!store.isTrusted(m_project));
    QVERIFY(TrustStore(m_settings).trustedFolders().isEmpty());
}

void TestTrustStore::missingFolderCannotBeTrusted()
{
    TrustStore store(m_settings);
    const auto trusted = store.trust(m_dir.filePath(u"nowhere"_s));
    QVERIFY(!trusted.ok());
    QCOMPARE(trusted.error().kind, Error::Kind::Io);
    QVERIFY(store.trustedFolders().isEmpty());
}

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
