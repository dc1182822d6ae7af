// SPDX-License-Identifier: MIT
// AlembicToml: the [tool.alembic] table read the way Alembic 1.16's Config reads it
// (_get_toml_config_value, get_alembic_boolean_option); each row writes a pyproject.toml.
#include "config/AlembicToml.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using retort::AlembicToml;

namespace {

const QString kNone = u"<none>"_s;
const QString kError = u"<error>"_s;

} // namespace

class TestAlembicToml : public QObject {
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void tables_data();
    void tables();

private:
    // Writes `text` as pyproject.toml in a fresh folder and loads it.
    retort::Result<AlembicToml> load(const QString &text);
    QTemporaryDir m_dir;
};

retort::Result<AlembicToml> TestAlembicToml::load(const QString &text)
{
    const QString path = m_dir.filePath(u"pyproject.toml"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return retort::makeError(retort::Error::Kind::Io, u"cannot write the fixture"_s);
    file.write(text.toUtf8());
    file.close();
    return AlembicToml::load(path);
}

void TestAlembicToml::values_data()
{
    QTest::addColumn<QString>("toml"); // the body of [tool.alembic]
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("string"); // string(key): a value, <none> or <error>
    QTest::addColumn<QString>("stringList"); // stringList(key) joined with '|', <none>, <error>
    QTest::addColumn<QString>("boolean"); // boolean(key): true, false or <error>
    QTest::newRow("plain string") << u"k = \"v\""_s << u"k"_s << u"v"_s << kError << kError;
    QTest::newRow("here") << u"k = \"%(here)s/alembic\""_s << u"k"_s << u"{H}/alembic"_s << kError
                          << kError;
    QTest::newRow("escaped percent")
        << u"k = \"%%(rev)s_%%(slug)s\""_s << u"k"_s << u"%(rev)s_%(slug)s"_s << kError << kError;
    QTest::newRow("unknown substitution")
        << u"k = \"%(there)s\""_s << u"k"_s << kError << kError << kError;
    QTest::newRow("lone percent") << u"k = \"50% off\""_s << u"k"_s << kError << kError << kError;
    QTest::newRow("integer") << u"k = 12"_s << u"k"_s << u"12"_s << kError << kError;
    QTest::newRow("boolean") << u"k = true"_s << u"k"_s << u"true"_s << kError << u"true"_s;
    QTest::newRow("false") << u"k = false"_s << u"k"_s << u"false"_s << kError << u"false"_s;
    QTest::newRow("float is not supported") << u"k = 1.5"_s << u"k"_s << kError << kError << kError;
    QTest::newRow("list of strings")
        << u"k = [\"%(here)s/a\", \"b\"]"_s << u"k"_s << kError << u"{H}/a|b"_s << kError;
    QTest::newRow("empty list") << u"k = []"_s << u"k"_s << kError << QString() << kError;
    QTest::newRow("mixed list") << u"k = [\"a\", 1]"_s << u"k"_s << kError << kError << kError;
    QTest::newRow("absent: no value, boolean false")
        << u"other = 1"_s << u"k"_s << kNone << kNone << u"false"_s;
}

void TestAlembicToml::values()
{
    QFETCH(QString, toml);
    QFETCH(QString, key);
    QFETCH(QString, string);
    QFETCH(QString, stringList);
    QFETCH(QString, boolean);
    QVERIFY(m_dir.isValid());
    const auto loaded = load(u"[project]\nname = \"x\"\n\n[tool.alembic]\n"_s + toml + u'\n');
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY(loaded->hasAlembicTable());
    const QString here = QDir::cleanPath(m_dir.path());
    QCOMPARE(loaded->here(), here);

    const auto text = loaded->string(key);
    QCOMPARE(text.ok() ? text->value_or(kNone) : kError, string.replace(u"{H}"_s, here));
    const auto list = loaded->stringList(key);
    QCOMPARE(list.ok() ? (list->has_value() ? (*list)->join(u'|') : kNone) : kError,
        stringList.replace(u"{H}"_s, here));
    const auto flag = loaded->boolean(key);
    QCOMPARE(flag.ok() ? (*flag ? u"true"_s : u"false"_s) : kError, boolean);
    if (!text.ok() && loaded->contains(key)) {
        QCOMPARE(text.error().line, 5); // errors point at the value's line
        QCOMPARE(text.error().file, m_dir.filePath(u"pyproject.toml"_s));
    }
}

void TestAlembicToml::tables_data()
{
    QTest::addColumn<QString>("toml");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hasTable");
    QTest::addColumn<int>("errorLine");
    QTest::newRow("no tool table") << u"[project]\nname = \"x\"\n"_s << true << false << 0;
    QTest::newRow("other tools only")
        << u"[tool.black]\nline-length = 100\n"_s << true << false << 0;
    QTest::newRow("dotted keys") << u"tool.alembic.script_location = \"m\"\n"_s << true << true
                                 << 0;
    QTest::newRow("not a table") << u"[tool]\nalembic = \"m\"\n"_s << false << false << 2;
    QTest::newRow("syntax error") << u"[tool.alembic]\nscript_location = m\n"_s << false << false
                                  << 2;
}

void TestAlembicToml::tables()
{
    QFETCH(QString, toml);
    QFETCH(bool, ok);
    QFETCH(bool, hasTable);
    QFETCH(int, errorLine);
    const auto loaded = load(toml);
    QCOMPARE(loaded.ok(), ok);
    if (ok)
        QCOMPARE(loaded->hasAlembicTable(), hasTable);
    else
        QCOMPARE(loaded.error().line, errorLine);
}

QTEST_GUILESS_MAIN(TestAlembicToml)
#include "tst_alembictoml.moc"
