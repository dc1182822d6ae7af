// SPDX-License-Identifier: MIT
// pythonRepr against Python's repr(); each expected value was printed by /usr/bin/python3.
#include "config/PythonRepr.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPythonRepr : public QObject {
    Q_OBJECT

private slots:
    void repr_data();
    void repr();
};

void TestPythonRepr::repr_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"plain"_s << u"'plain'"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("single quote: double quotes") << u"it's"_s << u"\"it's\""_s;
    QTest::newRow("double quotes kept") << u"say \"hi\""_s << u"'say \"hi\"'"_s;
    QTest::newRow("both quotes") << u"both ' and \""_s << u"'both \\' and \"'"_s;
    QTest::newRow("backslash") << u"back\\slash"_s << u"'back\\\\slash'"_s;
    QTest::newRow("newline, return, tab") << u"line\nbreak\r\t"_s << u"'line\\nbreak\\r\\t'"_s;
    QTest::newRow("control characters")
        << QString::fromUtf8("\x01\x1f\x7f", 3) << u"'\\x01\\x1f\\x7f'"_s;
    QTest::newRow("NUL") << QString(QChar(0)) << u"'\\x00'"_s;
    QTest::newRow("printable non-ASCII") << u"é ✓ 日本"_s << u"'é ✓ 日本'"_s;
    QTest::newRow("no-break space") << u"\u00a0nbsp"_s << u"'\\xa0nbsp'"_s;
    QTest::newRow("zero-width space") << u"\u200bzw"_s << u"'\\u200bzw'"_s;
    QTest::newRow("emoji (astral, printable)") << u"\U0001F600"_s << u"'\U0001F600'"_s;
    QTest::newRow("astral format character") << u"\U000E0001"_s << u"'\\U000e0001'"_s;
}

void TestPythonRepr::repr()
{
    QFETCH(QString, text);
    QTEST(retort::pythonRepr(text), "expected");
}

QTEST_GUILESS_MAIN(TestPythonRepr)
#include "tst_pythonrepr.moc"
