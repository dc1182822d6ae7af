// SPDX-License-Identifier: MIT
#include "lint/TypeNarrowing.h"

#include <QTest>

using namespace retort;

class tst_TypeNarrowing : public QObject {
    Q_OBJECT

private slots:
    void loss_data();
    void loss();
};

void tst_TypeNarrowing::loss_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("lost"); // empty: nothing lost

    QTest::newRow("text to string") << "sa.Text()"
                                    << "sa.String(20)"
                                    << "values longer than 20 characters are truncated or rejected";
    QTest::newRow("shorter varchar")
        << "VARCHAR(length=100)"
        << "sqlite.VARCHAR(10)"
        << "values longer than 10 characters are truncated or rejected";
    QTest::newRow("longer string") << "sa.String(10)"
                                   << "sa.String(100)"
                                   << "";
    QTest::newRow("string to text") << "sa.String(10)"
                                    << "sa.Text()"
                                    << "";
    QTest::newRow("unbounded string to bounded") << "sa.String()"
                                                 << "sa.Unicode(5)"
                                                 << "values longer than 5 characters are "
                                                    "truncated or rejected";
    QTest::newRow("big to int") << "sa.BigInteger()"
                                << "sa.Integer()"
                                << "integers outside the smaller range are rejected or wrapped";
    QTest::newRow("int to big") << "sa.Integer()"
                                << "sa.BigInteger"
                                << "";
    QTest::newRow("int to bool") << "sa.Integer()"
                                 << "sa.Boolean()"
                                 << "values other than 0 and 1 are lost";
    QTest::newRow("numeric to int") << "sa.Numeric(10, 2)"
                                    << "sa.Integer()"
                                    << "fractional parts are lost";
    QTest::newRow("numeric precision") << "sa.Numeric(10, 4)"
                                       << "sa.Numeric(precision=8, scale=2)"
                                       << "digits beyond precision 8 / scale 2 are lost";
    QTest::newRow("float to numeric") << "sa.Float()"
                                      << "sa.Numeric(10, 2)"
                                      << "floating-point values are rounded to the new precision";
    QTest::newRow("datetime to date") << "sa.DateTime(timezone=True)"
                                      << "sa.Date()"
                                      << "the time of day is lost";
    QTest::newRow("datetime to time") << "TIMESTAMP()"
                                      << "sa.Time()"
                                      << "the date is lost";
    QTest::newRow("date to datetime") << "sa.Date()"
                                      << "sa.DateTime()"
                                      << "";
    QTest::newRow("text to integer") << "sa.String(10)"
                                     << "sa.Integer()"
                                     << "text that does not convert is lost or rejected";
    QTest::newRow("unknown types") << "MyType()"
                                   << "sa.String(1)"
                                   << "";
}

void tst_TypeNarrowing::loss()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QTEST(TypeNarrowing::loss(from, to).value_or(QString()), "lost");
}

QTEST_GUILESS_MAIN(tst_TypeNarrowing)
#include "tst_typenarrowing.moc"
