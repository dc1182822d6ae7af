// SPDX-License-Identifier: MIT
#include "lint/LintFormat.h"

#include <QJsonDocument>
#include <QTest>

using namespace retort;

namespace {

QList<LintFinding> sample()
{
    return {
        LintFinding {QStringLiteral("GRAPH005"), LintSeverity::Error,
            QStringLiteral("Cycle is detected in revisions (a, b)"), {}, 0},
        LintFinding {QStringLiteral("SQLITE001"), LintSeverity::Error,
            QStringLiteral("100% sure: bad,\nreally"), QStringLiteral("/p/versions/a_x.py"), 12},
        LintFinding {QStringLiteral("FILE001"), LintSeverity::Info, QStringLiteral("name"),
            QStringLiteral("/elsewhere/b,c.py"), 3},
    };
}

} // namespace

class tst_LintFormat : public QObject {
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
};

void tst_LintFormat::formats_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << 0
                           << "ERROR GRAPH005 Cycle is detected in revisions (a, b)\n"
                              "versions/a_x.py:12: ERROR SQLITE001 100% sure: bad,\nreally\n"
                              "/elsewhere/b,c.py:3: INFO FILE001 name\n";
    QTest::newRow("github")
        << 1
        << "::error title=GRAPH005::Cycle is detected in revisions (a, b)\n"
           "::error file=versions/a_x.py,line=12,title=SQLITE001::100%25 sure: bad,%0Areally\n"
           "::notice file=/elsewhere/b%2Cc.py,line=3,title=FILE001::name\n";
    QTest::newRow("json") << 2
                          << "[\n    {\n        \"file\": \"\",\n        \"line\": 0,\n"
                             "        \"message\": \"Cycle is detected in revisions (a, b)\",\n"
                             "        \"rule\": \"GRAPH005\",\n"
                             "        \"severity\": \"error\"\n    }\n]\n";
}

void tst_LintFormat::formats()
{
    QFETCH(int, format);
    const QString base = QStringLiteral("/p");
    const QString actual = format == 0 ? LintFormat::plain(sample(), base)
        : format == 1                  ? LintFormat::github(sample(), base)
                                       : LintFormat::json(sample().mid(0, 1), base);
    QFETCH(QString, expected);
    if (format == 2) {
        // Compared as JSON: Qt releases differ in how they indent.
        QCOMPARE(
            QJsonDocument::fromJson(actual.toUtf8()), QJsonDocument::fromJson(expected.toUtf8()));
        QVERIFY(actual.endsWith(QLatin1Char('\n')));
    } else {
        QCOMPARE(actual, expected);
    }
}

QTEST_GUILESS_MAIN(tst_LintFormat)
#include "tst_lintformat.moc"
