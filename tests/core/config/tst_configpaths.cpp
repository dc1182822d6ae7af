// SPDX-License-Identifier: MIT
// ConfigPaths: Alembic's splitting of version_locations / prepend_sys_path and its separator
// values. Expected lists follow Alembic's code (config.py 1.16, script/base.py 1.8 / 1.13).
#include "config/ConfigPaths.h"

#include <QDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using retort::AlembicRules;
using retort::ConfigPaths;

class TestConfigPaths : public QObject {
    Q_OBJECT

private slots:
    void separator_data();
    void separator();
    void split_data();
    void split();
    void resolvePlainPaths_data();
    void resolvePlainPaths();
};

void TestConfigPaths::separator_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("version"); // empty: current Alembic
    QTest::addColumn<QString>("separator"); // empty: an error with `message`
    QTest::addColumn<QString>("message");
    QTest::newRow("space") << u"space"_s << QString() << u" "_s << QString();
    QTest::newRow("newline") << u"newline"_s << QString() << u"\n"_s << QString();
    QTest::newRow("os") << u"os"_s << QString() << QString(QDir::listSeparator()) << QString();
    QTest::newRow(":") << u":"_s << QString() << u":"_s << QString();
    QTest::newRow(";") << u";"_s << QString() << u";"_s << QString();
    QTest::newRow("comma is not a value")
        << u","_s << QString() << QString()
        << u"',' is not a valid value for path_separator; expected 'space', 'newline', 'os', ':', "
           "';'"_s;
    QTest::newRow("case matters") << u"Space"_s << QString() << QString()
                                  << u"'Space' is not a valid value for path_separator; expected "
                                     "'space', 'newline', 'os', ':', ';'"_s;
    QTest::newRow("1.8: no newline")
        << u"newline"_s << u"1.8.1"_s << QString()
        << u"'newline' is not a valid value for path_separator; expected 'space', 'os', ':', ';'"_s;
}

void TestConfigPaths::separator()
{
    QFETCH(QString, setting);
    QFETCH(QString, version);
    QFETCH(QString, separator);
    QFETCH(QString, message);
    const AlembicRules rules
        = version.isEmpty() ? AlembicRules() : AlembicRules::forVersion(version);
    const auto result = ConfigPaths::separator(setting, u"path_separator"_s, rules);
    if (separator.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, message);
    } else {
        QVERIFY(result.ok());
        QCOMPARE(*result, separator);
    }
}

void TestConfigPaths::split_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("separator"); // "<legacy>" for none
    QTest::addColumn<bool>("versionLocations");
    QTest::addColumn<QString>("version"); // empty: current Alembic
    QTest::addColumn<QStringList>("entries");
    const QString legacy = u"<legacy>"_s;
    QTest::newRow("legacy versions: commas and spaces")
        << u"a, b  c,d"_s << legacy << true << QString()
        << QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    QTest::newRow("legacy versions keep colons")
        << u"a:b c"_s << legacy << true << QString() << QStringList {u"a:b"_s, u"c"_s};
    QTest::newRow("legacy versions keep empty entries")
        << u"a,,b"_s << legacy << true << QString() << QStringList {u"a"_s, QString(), u"b"_s};
    QTest::newRow("legacy sys path: colons too")
        << u"src:lib, more"_s << legacy << false << QString()
        << QStringList {u"src"_s, u"lib"_s, u"more"_s};
    QTest::newRow("separator: empty entries dropped, others stripped")
        << u"a; ;;b "_s << u";"_s << true << QString() << QStringList {u"a"_s, QString(), u"b"_s};
    QTest::newRow("1.8: entries not stripped")
        << u"a ; b"_s << u";"_s << true << u"1.8.1"_s << QStringList {u"a "_s, u" b"_s};
    QTest::newRow("newline") << u"\na\nb c"_s << u"\n"_s << true << QString()
                             << QStringList {u"a"_s, u"b c"_s};
    QTest::newRow("sys path with a separator is stripped")
        << u" src : lib "_s << u":"_s << false << QString() << QStringList {u"src"_s, u"lib"_s};
}

void TestConfigPaths::split()
{
    QFETCH(QString, value);
    QFETCH(QString, separator);
    QFETCH(bool, versionLocations);
    QFETCH(QString, version);
    const std::optional<QString> sep
        = separator == u"<legacy>"_s ? std::nullopt : std::optional<QString>(separator);
    const AlembicRules rules
        = version.isEmpty() ? AlembicRules() : AlembicRules::forVersion(version);
    const QStringList entries = versionLocations
        ? ConfigPaths::splitVersionLocations(value, sep, rules)
        : ConfigPaths::splitPrependSysPath(value, sep);
    QTEST(entries, "entries");
}

void TestConfigPaths::resolvePlainPaths_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("resolved");
    QTest::newRow("relative") << u"migrations"_s << u"/project/migrations"_s;
    QTest::newRow("dot segments") << u"./a/../migrations/"_s << u"/project/migrations"_s;
    QTest::newRow("absolute") << u"/elsewhere//m"_s << u"/elsewhere/m"_s;
    QTest::newRow("empty is the base folder") << QString() << u"/project"_s;
}

void TestConfigPaths::resolvePlainPaths()
{
    QFETCH(QString, location);
    const auto resolved = ConfigPaths::resolve(location, u"/project"_s, {});
    QVERIFY(resolved.ok());
    QTEST(*resolved, "resolved");
    const auto missing = ConfigPaths::resolve(u"nopkg:dir"_s, u"/project"_s, {u"/project"_s});
    QVERIFY(!missing.ok());
}

QTEST_GUILESS_MAIN(TestConfigPaths)
#include "tst_configpaths.moc"
