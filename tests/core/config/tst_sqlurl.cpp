// SPDX-License-Identifier: MIT
// SqlUrl against SQLAlchemy: tests/data/config/make_golden.py records what make_url() and the
// pysqlite dialect make of each URL in tests/data/config/sqlurl/urls.txt; each URL is one row.
// URI filenames and Retort's own messages are checked by hand-written rows.
#include "config/ProjectConfig.h"
#include "config/SqlUrl.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using retort::SqlUrl;

namespace {

QString urlDir()
{
    return QDir::cleanPath(QStringLiteral(RETORT_TEST_DATA_DIR "/config/sqlurl"));
}

// A JSON string or null as the optional the accessors return.
std::optional<QString> optionalString(const QJsonValue &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

} // namespace

class TestSqlUrl : public QObject {
    Q_OBJECT

private slots:
    void matchesSqlAlchemy_data();
    void matchesSqlAlchemy();
    void sqliteTargets_data();
    void sqliteTargets();
    void unsupported_data();
    void unsupported();
    void redactedMask();
    void fromAlembicIni();
};

void TestSqlUrl::matchesSqlAlchemy_data()
{
    QTest::addColumn<QJsonObject>("golden");
    QFile file(urlDir() + u"/urls.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), "run tests/data/config/make_golden.py");
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(entries.size() >= 10);
    for (const QJsonValue &entry : entries)
        QTest::newRow(qPrintable(entry[u"url"_s].toString())) << entry.toObject();
}

void TestSqlUrl::matchesSqlAlchemy()
{
    QFETCH(QJsonObject, golden);
    const auto url = SqlUrl::parse(golden[u"url"_s].toString());
    if (!golden[u"error"_s].isNull()) {
        QVERIFY2(!url.ok(), "SQLAlchemy rejects this URL");
        QCOMPARE(url.error().message, golden[u"error"_s].toString());
        return;
    }
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    QCOMPARE(url->drivername(), golden[u"drivername"_s].toString());
    QCOMPARE(url->username(), optionalString(golden[u"username"_s]));
    QCOMPARE(url->password(), optionalString(golden[u"password"_s]));
    QCOMPARE(url->host(), optionalString(golden[u"host"_s]));
    QCOMPARE(url->port().value_or(-1), golden[u"port"_s].toInt(-1));
    QCOMPARE(url->database(), optionalString(golden[u"database"_s]));
    SqlUrl::Query query;
    for (const QJsonValue &pair : golden[u"query"_s].toArray())
        query.append({pair[0].toString(), pair[1].toString()});
    QCOMPARE(url->query(), query);
    QCOMPARE(url->toString(), golden[u"rendered"_s].toString());
    QCOMPARE(url->redacted(), golden[u"hidden"_s].toString());

    if (!url->isSqlite())
        return;
    const auto target = url->sqliteTarget(urlDir());
    if (!golden[u"sqlite_error"_s].isNull()) {
        QVERIFY(!target.ok());
        QCOMPARE(target.error().message, golden[u"sqlite_error"_s].toString());
        return;
    }
    QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
    const QString expected = golden[u"sqlite_file"_s].toString().replace(u"{BASE}"_s, urlDir());
    QCOMPARE(target->databaseName, expected);
    QCOMPARE(target->inMemory, expected == u":memory:"_s);
    QCOMPARE(target->path, target->inMemory ? QString() : expected);
    QVERIFY(!target->uri);
}

void TestSqlUrl::sqliteTargets_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("inMemory");
    QTest::addColumn<QString>("path"); // "{B}" is the base folder
    QTest::addColumn<QString>("databaseName"); // "{B}" is the base folder
    QTest::newRow("uri, relative file, driver options dropped")
        << u"sqlite:///file:x.db?mode=ro&uri=true&timeout=5"_s << false << u"{B}/x.db"_s
        << u"file:{B}/x.db?mode=ro"_s;
    QTest::newRow("uri, absolute file")
        << u"sqlite:///file:/data/app.db?uri=true&cache=shared&mode=rw"_s << false
        << u"/data/app.db"_s << u"file:/data/app.db?cache=shared&mode=rw"_s;
    QTest::newRow("uri, file:/// form") << u"sqlite:///file:///data/app.db?uri=1"_s << false
                                        << u"/data/app.db"_s << u"file:/data/app.db"_s;
    QTest::newRow("uri, special characters escaped")
        << u"sqlite:///file:my%3Fdb.db?uri=yes"_s << false << u"{B}/my?db.db"_s
        << u"file:{B}/my%3Fdb.db"_s;
    QTest::newRow("uri, memory") << u"sqlite:///file::memory:?uri=true&cache=shared"_s << true
                                 << QString() << u"file::memory:?cache=shared"_s;
    QTest::newRow("uri, mode=memory") << u"sqlite:///file:mem?mode=memory&uri=true"_s << true
                                      << QString() << u"file:mem?mode=memory"_s;
    QTest::newRow("uri=false is a plain file")
        << u"sqlite:///plain.db?uri=false"_s << false << u"{B}/plain.db"_s << u"{B}/plain.db"_s;
}

void TestSqlUrl::sqliteTargets()
{
    QFETCH(QString, url);
    QFETCH(bool, inMemory);
    QFETCH(QString, path);
    QFETCH(QString, databaseName);
    const QString base = u"/base/dir"_s;
    const auto parsed = SqlUrl::parse(url);
    QVERIFY(parsed.ok());
    const auto target = parsed->sqliteTarget(base);
    QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
    QCOMPARE(target->inMemory, inMemory);
    QCOMPARE(target->path, path.replace(u"{B}"_s, base));
    QCOMPARE(target->databaseName, databaseName.replace(u"{B}"_s, base));
    const bool uri = !url.contains(u"uri=false"_s);
    QCOMPARE(target->uri, uri);
    QCOMPARE(target->connectOptions, uri ? u"QSQLITE_OPEN_URI"_s : QString());
}

void TestSqlUrl::unsupported_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<retort::Error::Kind>("kind");
    QTest::addColumn<QString>("message");
    using Kind = retort::Error::Kind;
    QTest::newRow("postgresql, password hidden")
        << u"postgresql://scott:tiger@localhost/test"_s << Kind::Unsupported
        << u"Retort reads SQLite databases natively; postgresql://scott:***@localhost/test is a "
           "postgresql database URL."_s;
    QTest::newRow("mysql with a driver") << u"mysql+pymysql://u@h/db"_s << Kind::Unsupported
                                         << u"Retort reads SQLite databases natively; "
                                            "mysql+pymysql://u@h/db is a mysql database URL."_s;
    QTest::newRow("uri flag not a boolean")
        << u"sqlite:///x.db?uri=maybe"_s << Kind::Config << u"String is not true/false: 'maybe'"_s;
}

void TestSqlUrl::unsupported()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const auto parsed = SqlUrl::parse(url);
    QVERIFY(parsed.ok());
    const auto target = parsed->sqliteTarget(u"/base"_s);
    QVERIFY(!target.ok());
    QTEST(target.error().kind, "kind");
    QCOMPARE(target.error().message, message);
}

void TestSqlUrl::redactedMask()
{
    // Alembic 1.8 printed XXXXX (obfuscate_url_pw with SQLAlchemy 1.4).
    const auto url = SqlUrl::parse(u"postgresql://scott:tiger@localhost/test"_s);
    QVERIFY(url.ok());
    QCOMPARE(url->redacted(u"XXXXX"_s), u"postgresql://scott:XXXXX@localhost/test"_s);
    QCOMPARE(url->backendName(), u"postgresql"_s);
    QCOMPARE(url->driver(), QString());
    const auto withDriver = SqlUrl::parse(u"sqlite+pysqlite:///x.db"_s);
    QVERIFY(withDriver.ok());
    QCOMPARE(withDriver->driver(), u"pysqlite"_s);
    QVERIFY(withDriver->isSqlite());
}

void TestSqlUrl::fromAlembicIni()
{
    // `sqlite:///%(here)s/app.db` in an alembic.ini: after interpolation an absolute file.
    const QString project
        = QDir::cleanPath(QStringLiteral(RETORT_TEST_DATA_DIR "/config/projects/ini_basic"));
    const auto config = retort::ProjectConfig::load(project);
    QVERIFY(config.ok());
    QVERIFY(config->sqlalchemyUrl().has_value());
    const auto url = SqlUrl::parse(*config->sqlalchemyUrl());
    QVERIFY(url.ok());
    const auto target = url->sqliteTarget(config->projectDir());
    QVERIFY(target.ok());
    QCOMPARE(target->path, project + u"/app.db"_s);
    QVERIFY(!target->inMemory);
}

QTEST_GUILESS_MAIN(TestSqlUrl)
#include "tst_sqlurl.moc"
