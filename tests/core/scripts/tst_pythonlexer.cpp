// SPDX-License-Identifier: MIT
#include "scripts/PythonLexer.h"
#include "scripts/PythonStringLiteral.h"

#include <QTest>

using namespace retort;

namespace {

QString kindName(PythonTokenKind kind)
{
    switch (kind) {
    case PythonTokenKind::Name:
        return QStringLiteral("N");
    case PythonTokenKind::Number:
        return QStringLiteral("#");
    case PythonTokenKind::String:
        return QStringLiteral("S");
    case PythonTokenKind::Operator:
        return QStringLiteral("O");
    case PythonTokenKind::OpenBracket:
        return QStringLiteral("(");
    case PythonTokenKind::CloseBracket:
        return QStringLiteral(")");
    case PythonTokenKind::Comment:
        return QStringLiteral("C");
    case PythonTokenKind::Newline:
        return QStringLiteral("NL");
    case PythonTokenKind::Indent:
        return QStringLiteral("IN");
    case PythonTokenKind::Dedent:
        return QStringLiteral("DE");
    case PythonTokenKind::EndOfFile:
        return QStringLiteral("EOF");
    case PythonTokenKind::Error:
        return QStringLiteral("ERR");
    }
    return {};
}

// "N:revision@1 O:=@1 S:'x'@1 NL@1 EOF@2": kind, text (for tokens with text) and line.
QString dump(const QByteArray &source, bool keepComments = false)
{
    PythonLexer lexer(source, keepComments);
    QStringList parts;
    for (;;) {
        const PythonToken token = lexer.next();
        QString part = kindName(token.kind);
        if (token.size() > 0) {
            part += QLatin1Char(':') + QString::fromUtf8(lexer.text(token));
        }
        parts.append(part + QLatin1Char('@') + QString::number(token.line));
        if (token.kind == PythonTokenKind::EndOfFile || token.kind == PythonTokenKind::Error) {
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class tst_PythonLexer : public QObject {
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void comments();
    void errors_data();
    void errors();
    void strings_data();
    void strings();
    void nextAfterEndRepeats();
};

void tst_PythonLexer::tokens_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("assignment") << QByteArray("revision = 'ab12'\n")
                                << "N:revision@1 O:=@1 S:'ab12'@1 NL@1 EOF@2";
    QTest::newRow("typed") << QByteArray("down_revision: Union[str, None] = None\n")
                           << "N:down_revision@1 O::@1 N:Union@1 (:[@1 N:str@1 O:,@1 N:None@1 "
                              "):]@1 O:=@1 N:None@1 NL@1 EOF@2";
    QTest::newRow("prefixes") << QByteArray("x = rb'a' BR\"b\" f'c' U'd' Rb'''e''' fR\"f\"\n")
                              << "N:x@1 O:=@1 S:rb'a'@1 S:BR\"b\"@1 S:f'c'@1 S:U'd'@1 "
                                 "S:Rb'''e'''@1 S:fR\"f\"@1 NL@1 EOF@2";
    QTest::newRow("prefix-like names")
        << QByteArray("rbx = fr + ub\n") << "N:rbx@1 O:=@1 N:fr@1 O:+@1 N:ub@1 NL@1 EOF@2";
    QTest::newRow("triple quoted lines") << QByteArray("\"\"\"a\n'b'\n\"\"\"\nx = 1\n")
                                         << "S:\"\"\"a\n'b'\n\"\"\"@1 NL@3 N:x@4 O:=@4 #:1@4 NL@4 "
                                            "EOF@5";
    QTest::newRow("escaped quote") << QByteArray("x = 'it\\'s' \"q\\\"\"\n")
                                   << "N:x@1 O:=@1 S:'it\\'s'@1 S:\"q\\\"\"@1 NL@1 EOF@2";
    QTest::newRow("implicit joining") << QByteArray("x = (\n  'a',\n\n  'b')\ny\n")
                                      << "N:x@1 O:=@1 (:(@1 S:'a'@2 O:,@2 S:'b'@4 ):)@4 NL@4 "
                                         "N:y@5 NL@5 EOF@6";
    QTest::newRow("backslash continuation")
        << QByteArray("x = \\\n    'a'\n") << "N:x@1 O:=@1 S:'a'@2 NL@2 EOF@3";
    QTest::newRow("blocks") << QByteArray("def f():\n    if x:\n        y()\n    z\nw\n")
                            << "N:def@1 N:f@1 (:(@1 ):)@1 O::@1 NL@1 IN@2 N:if@2 N:x@2 O::@2 "
                               "NL@2 IN@3 N:y@3 (:(@3 ):)@3 NL@3 DE@4 N:z@4 NL@4 DE@5 N:w@5 "
                               "NL@5 EOF@6";
    QTest::newRow("blank and comment lines keep the block")
        << QByteArray("def f():\n    a\n\n# c\n        # d\n    b\n")
        << "N:def@1 N:f@1 (:(@1 ):)@1 O::@1 NL@1 IN@2 N:a@2 NL@2 N:b@6 NL@6 DE@7 EOF@7";
    QTest::newRow("tab is eight columns") << QByteArray("if x:\n\ta\n        b\n")
                                          << "N:if@1 N:x@1 O::@1 NL@1 IN@2 N:a@2 NL@2 N:b@3 "
                                             "NL@3 DE@4 EOF@4";
    QTest::newRow("several dedents") << QByteArray("if a:\n if b:\n  c\nd\n")
                                     << "N:if@1 N:a@1 O::@1 NL@1 IN@2 N:if@2 N:b@2 O::@2 NL@2 "
                                        "IN@3 N:c@3 NL@3 DE@4 DE@4 N:d@4 NL@4 EOF@5";
    QTest::newRow("operators") << QByteArray("def f() -> X: a **= b == c != d := e // f ...\n")
                               << "N:def@1 N:f@1 (:(@1 ):)@1 O:->@1 N:X@1 O::@1 N:a@1 O:**=@1 "
                                  "N:b@1 O:==@1 N:c@1 O:!=@1 N:d@1 O::=@1 N:e@1 O://@1 N:f@1 "
                                  "O:...@1 NL@1 EOF@2";
    QTest::newRow("numbers") << QByteArray("a = 1e-5 + 0x1F + 1_000.5j + .5\n")
                             << "N:a@1 O:=@1 #:1e-5@1 O:+@1 #:0x1F@1 O:+@1 #:1_000.5j@1 O:+@1 "
                                "#:.5@1 NL@1 EOF@2";
    QTest::newRow("crlf") << QByteArray("a = 1\r\nif a:\r\n    b\r\n")
                          << "N:a@1 O:=@1 #:1@1 NL@1 N:if@2 N:a@2 O::@2 NL@2 IN@3 N:b@3 NL@3 "
                             "DE@4 EOF@4";
    QTest::newRow("no final newline")
        << QByteArray("if a:\n    b") << "N:if@1 N:a@1 O::@1 NL@1 IN@2 N:b@2 NL@2 DE@2 EOF@2";
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFx\n") << "N:x@1 NL@1 EOF@2";
    QTest::newRow("utf8 identifier") << QByteArray("caf\xC3\xA9 = 1\n")
                                     << QString::fromUtf8("N:caf\xC3\xA9@1 O:=@1 #:1@1 NL@1 EOF@2");
    QTest::newRow("empty") << QByteArray() << "EOF@1";
}

void tst_PythonLexer::tokens()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QCOMPARE(dump(source), expected);
}

void tst_PythonLexer::comments()
{
    const QByteArray source("# head\nx = 1  # tail\n");
    QCOMPARE(
        dump(source, true), QStringLiteral("C:# head@1 N:x@2 O:=@2 #:1@2 C:# tail@2 NL@2 EOF@3"));
    QCOMPARE(dump(source, false), QStringLiteral("N:x@2 O:=@2 #:1@2 NL@2 EOF@3"));
}

void tst_PythonLexer::errors_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    QTest::newRow("unterminated") << QByteArray("a = 1\nb = 'abc\n")
                                  << "unterminated string literal (detected at line 2)" << 2;
    QTest::newRow("unterminated triple")
        << QByteArray("x = 1\n\"\"\"doc\nmore\n")
        << "unterminated triple-quoted string literal (detected at line 3)" << 2;
    QTest::newRow("unmatched") << QByteArray("a = 1)\n") << "unmatched ')'" << 1;
    QTest::newRow("never closed") << QByteArray("a = (1,\nb = 2\n") << "'(' was never closed" << 1;
    QTest::newRow("innermost never closed")
        << QByteArray("a = (b[\n") << "'[' was never closed" << 1;
    QTest::newRow("mismatch") << QByteArray("a = (1]\n")
                              << "closing parenthesis ']' does not match opening parenthesis '('"
                              << 1;
    QTest::newRow("mismatch across lines")
        << QByteArray("a = [\n1)\n")
        << "closing parenthesis ')' does not match opening parenthesis '[' on line 1" << 2;
    QTest::newRow("unindent") << QByteArray("if a:\n    b\n  c\n")
                              << "unindent does not match any outer indentation level" << 3;
    QTest::newRow("continuation") << QByteArray("a = \\ 1\n")
                                  << "unexpected character after line continuation character" << 1;
    QTest::newRow("null byte") << QByteArray("a = 1\0\n", 7)
                               << "source code cannot contain null bytes" << 1;
}

void tst_PythonLexer::errors()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, message);
    QFETCH(int, line);
    PythonLexer lexer(source);
    std::vector<PythonToken> tokens;
    QVERIFY(!lexer.tokenizeAll(tokens));
    QCOMPARE(tokens.back().kind, PythonTokenKind::Error);
    QCOMPARE(lexer.errorMessage(), message);
    QCOMPARE(lexer.errorLine(), line);
}

void tst_PythonLexer::strings_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("isBytes");
    QTest::addColumn<bool>("placeholders");
    QTest::addColumn<bool>("exact");

    QTest::newRow("plain") << QByteArray("'abc'") << "abc" << false << false << true;
    QTest::newRow("escapes") << QByteArray("\"a\\tb\\n\\\\\\'\\x41\\101\\u00e9\\U0001F600\"")
                             << QString::fromUtf8("a\tb\n\\'AA\xC3\xA9\xF0\x9F\x98\x80") << false
                             << false << true;
    QTest::newRow("raw keeps backslashes")
        << QByteArray("r'a\\nb\\''") << "a\\nb\\'" << false << false << true;
    QTest::newRow("unknown escape kept") << QByteArray("'\\d'") << "\\d" << false << false << true;
    QTest::newRow("line continuation in string")
        << QByteArray("'a\\\nb'") << "ab" << false << false << true;
    QTest::newRow("triple") << QByteArray("'''a\n\"b\"'''") << "a\n\"b\"" << false << false << true;
    QTest::newRow("crlf is lf") << QByteArray("'''a\r\nb\rc'''") << "a\nb\nc" << false << false
                                << true;
    QTest::newRow("bytes no unicode escapes")
        << QByteArray("b'\\u00e9\\xff'") << QString::fromLatin1("\\u00e9\xff") << true << false
        << true;
    QTest::newRow("fstring literal") << QByteArray("f'a{{b}}'") << "a{b}" << false << false << true;
    QTest::newRow("fstring field") << QByteArray("F\"a{b}\"") << "a{b}" << false << true << true;
    QTest::newRow("named escape") << QByteArray("'\\N{BULLET}'") << "\\N{BULLET}" << false << false
                                  << false;
    QTest::newRow("utf8 body") << QByteArray("'caf\xC3\xA9'") << QString::fromUtf8("caf\xC3\xA9")
                               << false << false << true;
    QTest::newRow("empty triple") << QByteArray("\"\"\"\"\"\"") << "" << false << false << true;
}

void tst_PythonLexer::strings()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, value);
    QFETCH(bool, isBytes);
    QFETCH(bool, placeholders);
    QFETCH(bool, exact);
    const PythonStringLiteral decoded = PythonStringLiteral::decode(literal);
    QCOMPARE(decoded.value, value);
    QCOMPARE(decoded.isBytes, isBytes);
    QCOMPARE(decoded.hasPlaceholders, placeholders);
    QCOMPARE(decoded.exact, exact);
}

void tst_PythonLexer::nextAfterEndRepeats()
{
    PythonLexer lexer(QByteArrayView("x"));
    PythonToken token;
    do {
        token = lexer.next();
    } while (token.kind != PythonTokenKind::EndOfFile);
    QCOMPARE(lexer.next().kind, PythonTokenKind::EndOfFile);
}

QTEST_GUILESS_MAIN(tst_PythonLexer)
#include "tst_pythonlexer.moc"
