// SPDX-License-Identifier: MIT
#include "lint/CallArguments.h"

#include <QTest>

using namespace retort;

class tst_CallArguments : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void call_data();
    void call();
};

void tst_CallArguments::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // keyword=value or value, joined by " | "

    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("positional and keywords")
        << "'users', sa.Column('x', sa.Integer(), nullable=False), schema = None"
        << "'users' | sa.Column('x', sa.Integer(), nullable=False) | schema=None";
    QTest::newRow("commas in strings and brackets")
        << "\"a, b\", ['c', 'd'], {'e': 1, 'f': 2}, t=(1, 2),"
        << "\"a, b\" | ['c', 'd'] | {'e': 1, 'f': 2} | t=(1, 2)";
    QTest::newRow("comparison is not a keyword") << "x == 1, y=\"=\""
                                                 << "x == 1 | y=\"=\"";
    QTest::newRow("escaped quote") << "'it\\'s, fine', n=1"
                                   << "'it\\'s, fine' | n=1";
    QTest::newRow("triple quotes") << "\"\"\"a, \"b\", c\"\"\", k=2"
                                   << "\"\"\"a, \"b\", c\"\"\" | k=2";
}

void tst_CallArguments::parse()
{
    QFETCH(QString, text);
    QStringList parts;
    for (const CallArguments::Argument &argument : CallArguments::parse(text).all()) {
        parts.append(
            argument.keyword.isEmpty() ? argument.value : argument.keyword + u'=' + argument.value);
    }
    QTEST(parts.join(QStringLiteral(" | ")), "expected");
}

void tst_CallArguments::call_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("arguments");

    QTest::newRow("dotted") << "sa.Column('x', sa.String(5))"
                            << "Column"
                            << "'x', sa.String(5)";
    QTest::newRow("bare name") << "Text()"
                               << "Text"
                               << "";
    QTest::newRow("not a call") << "sa.Integer"
                                << ""
                                << "";
    QTest::newRow("call then attribute") << "sa.func.now().label('x')"
                                         << ""
                                         << "";
    QTest::newRow("paren in string") << "text(')')"
                                     << "text"
                                     << "')'";
}

void tst_CallArguments::call()
{
    QFETCH(QString, value);
    const std::optional<CallArguments::Call> call = CallArguments::call(value);
    QTEST(call ? call->name : QString(), "name");
    QTEST(call ? call->arguments : QString(), "arguments");
}

QTEST_GUILESS_MAIN(tst_CallArguments)
#include "tst_callarguments.moc"
