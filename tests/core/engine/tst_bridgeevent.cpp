// SPDX-License-Identifier: MIT
#include "engine/BridgeEvent.h"

#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;

class TestBridgeEvent : public QObject {
    Q_OBJECT

private slots:
    void fromLine_data();
    void fromLine();
    void errorFields();
};

void TestBridgeEvent::fromLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text"); // text() for Log events, else revision()

    QTest::newRow("log") << QByteArray(R"({"event": "log", "stream": "stdout", "text": "hi"})")
                         << int(BridgeEvent::Type::Log) << u"hi"_s;
    QTest::newRow("step start") << QByteArray(
        R"({"event": "step_start", "revision": "abc", "direction": "upgrade"})")
                                << int(BridgeEvent::Type::StepStart) << u"abc"_s;
    QTest::newRow("step end") << QByteArray(R"({"event": "step_end", "revision": "abc"})")
                              << int(BridgeEvent::Type::StepEnd) << u"abc"_s;
    QTest::newRow("sql") << QByteArray(
        R"({"event": "sql", "statement": "DROP TABLE t", "revision": "r1"})")
                         << int(BridgeEvent::Type::Sql) << u"r1"_s;
    QTest::newRow("result") << QByteArray(R"({"event": "result", "operation": "current"})")
                            << int(BridgeEvent::Type::Result) << QString();
    QTest::newRow("error") << QByteArray(R"({"event": "error", "revision": "bad"})")
                           << int(BridgeEvent::Type::Error) << u"bad"_s;
    // Anything else is kept as a log line, so no output is lost.
    QTest::newRow("unknown event") << QByteArray(R"({"event": "surprise"})")
                                   << int(BridgeEvent::Type::Log) << u"{\"event\": \"surprise\"}"_s;
    QTest::newRow("not json") << QByteArray("Traceback (most recent call last):")
                              << int(BridgeEvent::Type::Log)
                              << u"Traceback (most recent call last):"_s;
}

void TestBridgeEvent::fromLine()
{
    QFETCH(QByteArray, line);
    QFETCH(int, type);
    QFETCH(QString, text);
    const BridgeEvent event = BridgeEvent::fromLine(line);
    QCOMPARE(int(event.type), type);
    QCOMPARE(event.type == BridgeEvent::Type::Log ? event.text() : event.revision(), text);
}

void TestBridgeEvent::errorFields()
{
    const BridgeEvent event = BridgeEvent::fromLine(
        R"({"event": "error", "type": "RuntimeError", "message": "boom", "revision": "4d",)"
        R"( "file": "/p/versions/4d.py", "line": 20, "traceback": "..."})");
    QCOMPARE(event.string("type"), u"RuntimeError"_s);
    QCOMPARE(event.string("message"), u"boom"_s);
    QCOMPARE(event.file(), u"/p/versions/4d.py"_s);
    QCOMPARE(event.line(), 20);

    const BridgeEvent stderrLine = BridgeEvent::logLine(u"INFO  [alembic] x"_s, u"stderr"_s);
    QCOMPARE(stderrLine.type, BridgeEvent::Type::Log);
    QCOMPARE(stderrLine.string("stream"), u"stderr"_s);
    QCOMPARE(stderrLine.text(), u"INFO  [alembic] x"_s);
}

QTEST_GUILESS_MAIN(TestBridgeEvent)
#include "tst_bridgeevent.moc"
