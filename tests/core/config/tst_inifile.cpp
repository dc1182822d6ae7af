// SPDX-License-Identifier: MIT
// IniFile against Python's configparser: tests/data/config/make_golden.py records what
// /usr/bin/python3 reads from each tests/data/config/ini/*.ini; every file is one row here.
#include "config/IniFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using retort::IniFile;

namespace {

QString iniDir()
{
    return QStringLiteral(RETORT_TEST_DATA_DIR "/config/ini");
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

class TestIniFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesConfigparser_data();
    void matchesConfigparser();
    void lines_data();
    void lines();
    void caseRules_data();
    void caseRules();
    void errorsCarryFileAndLine();
};

void TestIniFile::initTestCase()
{
    // Messages name the file as it is given; the golden files were made from inside ini/.
    QVERIFY(QDir::setCurrent(iniDir()));
}

void TestIniFile::matchesConfigparser_data()
{
    QTest::addColumn<QString>("iniName");
    QTest::addColumn<QJsonObject>("golden");
    const QStringList goldens = QDir(iniDir()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY2(goldens.size() >= 10, "golden files missing: run tests/data/config/make_golden.py");
    for (const QString &name : goldens) {
        QFile file(QDir(iniDir()).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject golden = QJsonDocument::fromJson(file.readAll()).object();
        const QString iniName = name.chopped(5) + u".ini"_s;
        QTest::newRow(qPrintable(iniName)) << iniName << golden;
    }
}

void TestIniFile::matchesConfigparser()
{
    QFETCH(QString, iniName);
    QFETCH(QJsonObject, golden);
    const QString here = golden.value(u"here"_s).toString();
    const auto ini = IniFile::load(iniName, {{u"here"_s, here}});

    const QJsonObject expectedError = golden.value(u"error"_s).toObject();
    if (!expectedError.isEmpty()) {
        QVERIFY2(!ini.ok(), "configparser rejects this file");
        QCOMPARE(ini.error().message, expectedError.value(u"message"_s).toString());
        QCOMPARE(ini.error().line, expectedError.value(u"line"_s).toInt());
        QCOMPARE(ini.error().kind, retort::Error::Kind::Config);
        return;
    }
    QVERIFY2(ini.ok(), qPrintable(ini.ok() ? QString() : ini.error().message));
    QCOMPARE(ini->sections(), toStringList(golden.value(u"sections"_s)));
    const QJsonObject options = golden.value(u"options"_s).toObject();
    for (auto it = options.begin(); it != options.end(); ++it)
        QCOMPARE(ini->options(it.key()), toStringList(it.value()));

    for (const QJsonValue &item : golden.value(u"values"_s).toArray()) {
        const QJsonObject entry = item.toObject();
        const QString section = entry.value(u"section"_s).toString();
        const QString option = entry.value(u"option"_s).toString();
        const QString where = section + u'/' + option;
        QVERIFY2(ini->hasOption(section, option), qPrintable(where));
        QCOMPARE(ini->rawValue(section, option).value_or(u"<absent>"_s),
            entry.value(u"raw"_s).toString());
        const auto value = ini->value(section, option);
        if (entry.value(u"error"_s).isNull()) {
            QVERIFY2(value.ok(),
                qPrintable(where + u": "_s + (value.ok() ? QString() : value.error().message)));
            QCOMPARE(*value, entry.value(u"value"_s).toString());
        } else {
            QVERIFY2(!value.ok(), qPrintable(where + u" should not interpolate"_s));
            QCOMPARE(value.error().message, entry.value(u"error"_s).toString());
        }
    }
}

void TestIniFile::lines_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("option");
    QTest::addColumn<int>("line");
    QTest::newRow("first option") << u"alembic"_s << u"script_location"_s << 3;
    QTest::newRow("key looked up case-insensitively") << u"alembic"_s << u"FILE_TEMPLATE"_s << 5;
    QTest::newRow("option of another section") << u"loggers"_s << u"keys"_s << 17;
    QTest::newRow("default given before reading") << u"alembic"_s << u"here"_s << 0;
    QTest::newRow("absent") << u"alembic"_s << u"nothing"_s << 0;
    QTest::newRow("no such section") << u"nowhere"_s << u"keys"_s << 0;
}

void TestIniFile::lines()
{
    QFETCH(QString, section);
    QFETCH(QString, option);
    QFETCH(int, line);
    const auto ini = IniFile::load(u"basic.ini"_s, {{u"here"_s, u"/HERE"_s}});
    QVERIFY(ini.ok());
    QCOMPARE(ini->line(section, option), line);
}

void TestIniFile::caseRules_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("hasOption");
    QTest::newRow("upper-case key") << u"s"_s << u"KEY"_s << true;
    QTest::newRow("mixed-case key") << u"s"_s << u"Key"_s << true;
    QTest::newRow("section name is case-sensitive") << u"S"_s << u"key"_s << false;
    QTest::newRow("DEFAULT options seen from a section") << u"s"_s << u"shared"_s << true;
    QTest::newRow("DEFAULT itself") << u"DEFAULT"_s << u"shared"_s << true;
}

void TestIniFile::caseRules()
{
    QFETCH(QString, section);
    QFETCH(QString, option);
    QFETCH(bool, hasOption);
    const auto ini = IniFile::parse(u"[DEFAULT]\nShared = 1\n[s]\nKey = v\n"_s, u"<text>"_s);
    QVERIFY(ini.ok());
    QCOMPARE(ini->hasOption(section, option), hasOption);
    QCOMPARE(ini->hasSection(u"DEFAULT"_s), false);
}

void TestIniFile::errorsCarryFileAndLine()
{
    const auto ini = IniFile::load(u"dup_option.ini"_s);
    QVERIFY(!ini.ok());
    QCOMPARE(ini.error().file, QDir(iniDir()).absoluteFilePath(u"dup_option.ini"_s));
    QCOMPARE(ini.error().line, 3);

    const auto missing = IniFile::load(u"no_such_file.ini"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, retort::Error::Kind::Io);

    const auto notUtf8
        = IniFile::load(QStringLiteral(RETORT_TEST_DATA_DIR "/config/invalid_utf8.ini"));
    QVERIFY(!notUtf8.ok());
    QVERIFY(notUtf8.error().message.endsWith(u"invalid_utf8.ini is not valid UTF-8."_s));

    const auto parsed = IniFile::parse(u"[a]\nx = %(y)s\n"_s, u"<text>"_s);
    QVERIFY(parsed.ok());
    const auto value = parsed->value(u"a"_s, u"x"_s);
    QVERIFY(!value.ok());
    QCOMPARE(value.error().line, 2);
    QCOMPARE(parsed->value(u"b"_s, u"x"_s).error().message, u"No section: 'b'"_s);
    QCOMPARE(parsed->value(u"a"_s, u"Z"_s).error().message, u"No option 'z' in section: 'a'"_s);
}

QTEST_GUILESS_MAIN(TestIniFile)
#include "tst_inifile.moc"
