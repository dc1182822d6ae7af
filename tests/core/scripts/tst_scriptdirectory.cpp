// SPDX-License-Identifier: MIT
#include "scripts/ScriptDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace retort;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray script(const QString &revision)
{
    return "revision = '" + revision.toUtf8() + "'\ndown_revision = None\n";
}

// Runs /usr/bin/python3 with `code`; an empty result when Python (or a module) is missing.
QByteArray python(const QString &code, const QStringList &args)
{
    if (!QFileInfo::exists(kPython)) {
        return {};
    }
    QProcess process;
    process.start(kPython, QStringList {QStringLiteral("-B"), QStringLiteral("-c"), code} + args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("python failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

QStringList fileNames(const QList<ScriptFile> &files)
{
    QStringList names;
    for (const ScriptFile &file : files) {
        names.append(file.fileName);
    }
    return names;
}

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        out.append(item.toString());
    }
    return out;
}

} // namespace

class tst_ScriptDirectory : public QObject {
    Q_OBJECT

private slots:
    void rawOrderIsListdirOrder();
    void ruleForVersion_data();
    void ruleForVersion();
    void fileRules_data();
    void fileRules();
    void sortedWalkOrder();
    void duplicatesWarnOnce();
    void matchesInstalledAlembic_data();
    void matchesInstalledAlembic();
    void scanKeepsOrderAndErrors();
    void cacheServesOnlyUnchangedFiles();
    void cacheWaitsForFilesToSettle();
};

void tst_ScriptDirectory::rawOrderIsListdirOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int i = 0; i < 300; ++i) {
        const QString name
            = QStringLiteral("%1_rev%2.py").arg((i * 7919) % 1000, 4, 16, QLatin1Char('0')).arg(i);
        QVERIFY(write(dir.filePath(name), script(name)));
    }
    QVERIFY(write(dir.filePath(QString::fromUtf8(".hidden_caf\xC3\xA9.py")), "x"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub.py")));
    const QByteArray out
        = python(QStringLiteral("import os, sys, json; print(json.dumps(os.listdir(sys.argv[1])))"),
            {dir.path()});
    // The reference is Python's own os.listdir: without it the test cannot judge, so it fails.
    QVERIFY2(!out.isEmpty(), "needs /usr/bin/python3 (packaging/install-deps.sh installs it)");
    const QStringList expected = jsonStrings(QJsonDocument::fromJson(out).array());
    QCOMPARE(expected.size(), 302);
    QCOMPARE(ScriptListing::rawEntries(dir.path()), expected);
}

void tst_ScriptDirectory::ruleForVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<ScriptListingRule>("rule");
    const auto raw = ScriptListingRule::RawListdir;
    const auto sorted = ScriptListingRule::SortedWalk;
    QTest::newRow("1.8.1") << "1.8.1" << raw;
    QTest::newRow("1.9.4") << "1.9.4" << raw;
    QTest::newRow("1.10.0") << "1.10.0" << sorted;
    QTest::newRow("1.13.1") << "1.13.1" << sorted;
    QTest::newRow("2.0") << "2.0" << sorted;
    QTest::newRow("0.9.10") << "0.9.10" << raw;
    QTest::newRow("unknown") << "" << raw;
    QTest::newRow("garbage") << "dev" << raw;
}

void tst_ScriptDirectory::ruleForVersion()
{
    QFETCH(QString, version);
    QFETCH(ScriptListingRule, rule);
    QCOMPARE(ScriptListing::ruleFor(version), rule);
    ScriptDirectoryOptions options;
    options.alembicVersion = version;
    QCOMPARE(ScriptListing::ruleOf(options), rule);
    options.rule = ScriptListingRule::SortedWalk;
    QCOMPARE(ScriptListing::ruleOf(options), ScriptListingRule::SortedWalk);
}

void tst_ScriptDirectory::fileRules_data()
{
    QTest::addColumn<ScriptListingRule>("rule");
    QTest::addColumn<bool>("sourceless");
    QTest::addColumn<QStringList>("expected"); // sorted, as the raw order is the file system's

    const auto raw = ScriptListingRule::RawListdir;
    const auto sorted = ScriptListingRule::SortedWalk;
    const QStringList sources {
        QStringLiteral("a.py"), QStringLiteral("d.py"), QStringLiteral("x__init__.py")};
    QTest::newRow("1.8 sources") << raw << false << sources;
    QTest::newRow("1.10 sources") << sorted << false << sources;
    QTest::newRow("1.8 sourceless")
        << raw << true
        << QStringList {QStringLiteral("__pycache__/f.cpython-311.pyc"), QStringLiteral("a.py"),
               QStringLiteral("b.pyc"), QStringLiteral("c.pyo"), QStringLiteral("d.py"),
               QStringLiteral("e.pyc"), QStringLiteral("x__init__.py")};
    QTest::newRow("1.10 sourceless")
        << sorted << true
        << QStringList {QStringLiteral("a.py"), QStringLiteral("b.pyc"), QStringLiteral("c.pyo"),
               QStringLiteral("d.py"), QStringLiteral("e.pyc"), QStringLiteral("f.cpython-311.pyc"),
               QStringLiteral("x__init__.py")};
}

void tst_ScriptDirectory::fileRules()
{
    QFETCH(ScriptListingRule, rule);
    QFETCH(bool, sourceless);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QStringList files {QStringLiteral("a.py"), QStringLiteral("b.pyc"),
        QStringLiteral("c.pyo"), QStringLiteral("__init__.py"), QStringLiteral("__init__.pyc"),
        QStringLiteral("x__init__.py"), QStringLiteral(".#a.py"), QStringLiteral("notes.txt"),
        QStringLiteral("a.py~"), QStringLiteral("d.py"), QStringLiteral("d.pyc"),
        QStringLiteral("e.pyc"), QStringLiteral("e.pyo"),
        QStringLiteral("__pycache__/a.cpython-311.pyc"),
        QStringLiteral("__pycache__/f.cpython-311.pyc"), QStringLiteral("sub/g.py")};
    for (const QString &name : files) {
        QVERIFY(write(dir.filePath(name), "x"));
    }
    ScriptDirectoryOptions options;
    options.versionLocations = {dir.path()};
    options.sourceless = sourceless;
    options.rule = rule;
    const QList<ScriptFile> listed = ScriptListing::list(options, nullptr);
    QStringList names = fileNames(listed);
    names.sort();
    QCOMPARE(names, expected);
    for (const ScriptFile &file : listed) {
        QCOMPARE(file.compiled, !file.fileName.endsWith(QLatin1String(".py")));
        QVERIFY(QFileInfo::exists(file.path));
    }
}

void tst_ScriptDirectory::sortedWalkOrder()
{
    QTemporaryDir dir;
    for (const char *name : {"b.py", "a.py", "B.py", "z/c.py", "m/d.py", "m/n/e.py", "m/a.py",
             "__pycache__/q.py", "m/__pycache__/r.py"}) {
        QVERIFY(write(dir.filePath(QLatin1String(name)), "x"));
    }
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("z")), dir.filePath(QStringLiteral("link"))));
    ScriptDirectoryOptions options;
    options.versionLocations = {dir.path()};
    options.rule = ScriptListingRule::SortedWalk;
    QCOMPARE(fileNames(ScriptListing::list(options, nullptr)),
        (QStringList {QStringLiteral("B.py"), QStringLiteral("a.py"), QStringLiteral("b.py")}));
    options.recursive = true;
    const QList<ScriptFile> files = ScriptListing::list(options, nullptr);
    QStringList relative;
    for (const ScriptFile &file : files) {
        relative.append(QDir(dir.path()).relativeFilePath(file.path));
    }
    QCOMPARE(relative,
        (QStringList {QStringLiteral("B.py"), QStringLiteral("a.py"), QStringLiteral("b.py"),
            QStringLiteral("m/a.py"), QStringLiteral("m/d.py"), QStringLiteral("m/n/e.py"),
            QStringLiteral("z/c.py")}));
}

void tst_ScriptDirectory::duplicatesWarnOnce()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(QStringLiteral("v/a.py")), script(QStringLiteral("a"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("v")), dir.filePath(QStringLiteral("w"))));
    ScriptDirectoryOptions options;
    options.versionLocations = {dir.filePath(QStringLiteral("v")),
        dir.filePath(QStringLiteral("w")), dir.filePath(QStringLiteral("missing"))};
    QStringList warnings;
    const QList<ScriptFile> files = ScriptListing::list(options, &warnings);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].path, dir.filePath(QStringLiteral("v/a.py")));
    const QString real = QFileInfo(dir.filePath(QStringLiteral("v/a.py"))).canonicalFilePath();
    QCOMPARE(warnings,
        QStringList {QStringLiteral("File %1 loaded twice! ignoring. Please ensure "
                                    "version_locations is unique.")
                         .arg(real)});
}

void tst_ScriptDirectory::matchesInstalledAlembic_data()
{
    QTest::addColumn<bool>("recursive");
    QTest::addColumn<bool>("sourceless");
    QTest::newRow("flat") << false << false;
    QTest::newRow("recursive") << true << false;
    QTest::newRow("sourceless") << false << true;
    QTest::newRow("recursive sourceless") << true << true;
}

// The installed Alembic's own _load_revisions on the same folders: same files, order, warnings.
void tst_ScriptDirectory::matchesInstalledAlembic()
{
    QFETCH(bool, recursive);
    QFETCH(bool, sourceless);
    QTemporaryDir dir;
    for (int i = 0; i < 120; ++i) {
        const QString name = QStringLiteral("%1_step_%2.py").arg((i * 37) % 101).arg(i);
        QVERIFY(write(dir.filePath(QStringLiteral("one/") + name), script(name)));
    }
    QVERIFY(write(dir.filePath(QStringLiteral("one/__init__.py")), ""));
    QVERIFY(write(dir.filePath(QStringLiteral("one/readme.txt")), ""));
    QVERIFY(write(dir.filePath(QStringLiteral("one/sub/s2.py")), script(QStringLiteral("s2"))));
    QVERIFY(write(dir.filePath(QStringLiteral("one/sub/s1.py")), script(QStringLiteral("s1"))));
    QVERIFY(write(dir.filePath(QStringLiteral("two/t.py")), script(QStringLiteral("t"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("two/t.py")),
        dir.filePath(QStringLiteral("one/link_to_t.py"))));
    // With sourceless, Python compiles these and removes the sources before listing.
    for (const char *name : {"one/gone_a.py", "one/cached_b.py", "one/sub/cached_c.py"}) {
        QVERIFY(write(dir.filePath(QLatin1String(name)), script(QLatin1String(name).mid(4))));
    }
    const QStringList locations {
        dir.filePath(QStringLiteral("one")), dir.filePath(QStringLiteral("two"))};
    const QString code = QStringLiteral(
        "import sys, os, glob, json, warnings, py_compile, alembic\n"
        "from alembic.script import ScriptDirectory\n"
        "sourceless = sys.argv[1][1] == '1'\n"
        "if sourceless:\n"
        "    for f in glob.glob(os.path.join(sys.argv[2], '**', 'gone_*.py'), recursive=True):\n"
        "        py_compile.compile(f, cfile=f + 'c'); os.remove(f)\n"
        "    for f in glob.glob(os.path.join(sys.argv[2], '**', 'cached_*.py'), recursive=True):\n"
        "        py_compile.compile(f); os.remove(f)\n"
        "kw = {'sourceless': sourceless}\n"
        "if tuple(int(p) for p in alembic.__version__.split('.')[:2]) >= (1, 10):\n"
        "    kw['recursive_version_locations'] = sys.argv[1][0] == '1'\n"
        "sd = ScriptDirectory(sys.argv[2], version_locations=sys.argv[2:], **kw)\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    paths = [s.path for s in sd._load_revisions()]\n"
        "print(json.dumps({'version': alembic.__version__, 'paths': paths,\n"
        "                  'warnings': [str(w.message) for w in caught]}))\n");
    const QString flags
        = QLatin1String(recursive ? "1" : "0") + QLatin1String(sourceless ? "1" : "0");
    const QByteArray out = python(code, QStringList {flags} + locations);
    QVERIFY2(!out.isEmpty(),
        "needs /usr/bin/python3 with alembic (packaging/install-deps.sh installs it)");
    const QJsonObject alembic = QJsonDocument::fromJson(out).object();
    ScriptDirectoryOptions options;
    options.versionLocations = locations;
    options.recursive = recursive;
    options.sourceless = sourceless;
    options.alembicVersion = alembic.value(QLatin1String("version")).toString();
    QStringList warnings;
    QStringList paths;
    for (const ScriptFile &file : ScriptListing::list(options, &warnings)) {
        paths.append(file.path);
    }
    QCOMPARE(paths, jsonStrings(alembic.value(QLatin1String("paths"))));
    // gone_a.pyc and __pycache__/cached_b.*.pyc; sub/__pycache__ only in a recursive walk.
    const bool walksSub
        = recursive && ScriptListing::ruleOf(options) == ScriptListingRule::SortedWalk;
    QCOMPARE(paths.filter(QStringLiteral(".pyc")).size(), sourceless ? (walksSub ? 3 : 2) : 0);
    QCOMPARE(warnings, jsonStrings(alembic.value(QLatin1String("warnings"))));
}

void tst_ScriptDirectory::scanKeepsOrderAndErrors()
{
    QTemporaryDir dir;
    for (int i = 0; i < 64; ++i) {
        QVERIFY(write(dir.filePath(QStringLiteral("r%1.py").arg(i, 2, 10, QLatin1Char('0'))),
            script(QStringLiteral("rev%1").arg(i))));
    }
    QVERIFY(write(dir.filePath(QStringLiteral("broken.py")), "revision = 'x\n"));
    QVERIFY(write(dir.filePath(QStringLiteral("compiled.pyc")), "\x00\x01"));
    ScriptDirectoryOptions options;
    options.versionLocations = {dir.path()};
    options.sourceless = true;
    options.threads = 4;
    const QList<ScriptFile> files = ScriptListing::list(options, nullptr);
    const ScriptScan scan = ScriptDirectory::scan(options);
    QCOMPARE(scan.scripts.size(), 66);
    QCOMPARE(files.size(), 66);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const RevisionScript &s = scan.scripts[i];
        QCOMPARE(s.path, files[i].path);
        if (files[i].fileName == QLatin1String("broken.py")) {
            QVERIFY(s.error && s.error->kind == Error::Kind::Parse && s.error->line == 1);
        } else if (files[i].compiled) {
            QVERIFY(s.error && s.error->kind == Error::Kind::Unsupported && s.error->line == 0);
            QCOMPARE(s.error->file, files[i].path);
        } else {
            QVERIFY(!s.error);
            QCOMPARE(
                s.revision, QStringLiteral("rev") + QString::number(s.fileName.mid(1, 2).toInt()));
        }
    }
}

void tst_ScriptDirectory::cacheServesOnlyUnchangedFiles()
{
#ifndef Q_OS_UNIX
    QSKIP("file stamps need POSIX");
#endif
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(QStringLiteral("a.py")), script(QStringLiteral("a1"))));
    QVERIFY(write(dir.filePath(QStringLiteral("b.py")), script(QStringLiteral("b1"))));
    ScriptDirectoryOptions options;
    options.versionLocations = {dir.path()};
    options.rule = ScriptListingRule::SortedWalk;
    ScriptCache cache(0); // no settle window: this test orders its writes itself
    QCOMPARE(ScriptDirectory::scan(options, &cache).scripts.size(), 2);
    QCOMPARE(cache.size(), 2);
    QCOMPARE(cache.hits(), 0);
    const ScriptScan again = ScriptDirectory::scan(options, &cache);
    QCOMPARE(cache.hits(), 2);
    QCOMPARE(again.scripts[0].revision, QStringLiteral("a1"));

    // Same size, modification time put back: the change time still tells.
    const QString a = dir.filePath(QStringLiteral("a.py"));
    const QDateTime modified = QFileInfo(a).lastModified();
    QThread::msleep(50); // let the file system's clock tick past the first write
    QVERIFY(write(a, script(QStringLiteral("a2"))));
    QFile file(a);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();
    const ScriptScan changed = ScriptDirectory::scan(options, &cache);
    QCOMPARE(changed.scripts[0].revision, QStringLiteral("a2"));
    QCOMPARE(changed.scripts[1].revision, QStringLiteral("b1"));
    QCOMPARE(cache.hits(), 3);

    // Another Python's docstring rule is another parse.
    options.pythonVersion = QStringLiteral("3.13.0");
    ScriptDirectory::scan(options, &cache);
    QCOMPARE(cache.hits(), 3);
}

void tst_ScriptDirectory::cacheWaitsForFilesToSettle()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(QStringLiteral("a.py")), script(QStringLiteral("a1"))));
    ScriptDirectoryOptions options;
    options.versionLocations = {dir.path()};
    ScriptCache cache; // files written in the last two seconds are never stored
    QCOMPARE(
        ScriptDirectory::scan(options, &cache).scripts.value(0).revision, QStringLiteral("a1"));
    QCOMPARE(cache.size(), 0);
}

QTEST_GUILESS_MAIN(tst_ScriptDirectory)
#include "tst_scriptdirectory.moc"
