// SPDX-License-Identifier: MIT
// ProjectConfig over the projects in tests/data/config/projects/. Expected values follow
// Alembic's Config / ScriptDirectory.from_config (1.16+ rules); paths are relative to that
// folder.
#include "config/ProjectConfig.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using retort::ProjectConfig;

namespace {

QString projects()
{
    return QDir::cleanPath(QStringLiteral(RETORT_TEST_DATA_DIR "/config/projects"));
}

QString abs(const QString &relative)
{
    return QDir::cleanPath(projects() + u'/' + relative);
}

QStringList absAll(const QStringList &relative)
{
    QStringList out;
    for (const QString &path : relative)
        out.append(abs(path));
    return out;
}

const QString kNone = u"<none>"_s;

} // namespace

class TestProjectConfig : public QObject {
    Q_OBJECT

private slots:
    void loads_data();
    void loads();
    void files_data();
    void files();
    void options_data();
    void options();
    void errors_data();
    void errors();
    void errorNamesPathAsGiven_data();
    void errorNamesPathAsGiven();
    void sections_data();
    void sections();
    void olderRules_data();
    void olderRules();
    void rulesForVersion_data();
    void rulesForVersion();
};

void TestProjectConfig::loads_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("scriptLocation");
    QTest::addColumn<QStringList>("versionLocations");
    QTest::addColumn<bool>("explicitVersions");
    QTest::addColumn<QStringList>("prependSysPath");
    QTest::addColumn<QString>("fileTemplate");
    QTest::addColumn<int>("truncateSlugLength");
    QTest::addColumn<bool>("sourceless");
    QTest::addColumn<bool>("recursive");
    QTest::addColumn<QString>("url"); // "{P}" is the projects folder

    const QString defaultTemplate = u"%(rev)s_%(slug)s"_s;
    QTest::newRow("ini, folder given")
        << u"ini_basic"_s << u"alembic"_s << u"ini_basic/migrations"_s
        << QStringList {u"ini_basic/migrations/versions"_s} << false << QStringList {u"ini_basic"_s}
        << u"%(year)d_%(month).2d_%(rev)s_%(slug)s"_s << 20 << true << false
        << u"sqlite:///{P}/ini_basic/app.db"_s;
    QTest::newRow("ini, file given")
        << u"ini_basic/alembic.ini"_s << u"alembic"_s << u"ini_basic/migrations"_s
        << QStringList {u"ini_basic/migrations/versions"_s} << false << QStringList {u"ini_basic"_s}
        << u"%(year)d_%(month).2d_%(rev)s_%(slug)s"_s << 20 << true << false
        << u"sqlite:///{P}/ini_basic/app.db"_s;
    QTest::newRow("-n dev: slug 0 means 40, only exact 'true' is true")
        << u"ini_sections"_s << u"dev"_s << u"ini_sections/dev_migrations"_s
        << QStringList {u"ini_sections/dev_migrations/versions"_s} << false << QStringList {}
        << defaultTemplate << 40 << false << true << u"sqlite:///dev.db"_s;
    QTest::newRow("script_location from DEFAULT")
        << u"ini_sections/alembic.ini"_s << u"alembic"_s << u"ini_sections/shared"_s
        << QStringList {u"ini_sections/shared/versions"_s} << false << QStringList {}
        << defaultTemplate << 40 << false << false << u"sqlite:///main.db"_s;
    QTest::newRow("package:dir through prepend_sys_path")
        << u"package"_s << u"alembic"_s << u"package/src/myapp/migrations"_s
        << QStringList {u"package/src/myapp/migrations/versions"_s, u"package/other"_s,
               u"package/absolute"_s}
        << true << QStringList {u"package/src"_s} << defaultTemplate << 40 << false << false
        << kNone;
    QTest::newRow("namespace package in the project folder")
        << u"namespace"_s << u"alembic"_s << u"namespace/nspkg/sub/mig"_s
        << QStringList {u"namespace/nspkg/sub/mig/versions"_s} << false << QStringList {}
        << defaultTemplate << 40 << false << false << kNone;
    QTest::newRow("pyproject.toml only")
        << u"pyproject_only"_s << u"alembic"_s << u"pyproject_only/alembic"_s
        << QStringList {u"pyproject_only/alembic/versions"_s, u"pyproject_only/extra/versions"_s}
        << true << QStringList {u"pyproject_only"_s} << u"%(rev)s_%(slug)s_toml"_s << 12 << false
        << true << kNone;
    QTest::newRow("pyproject.toml given as a file")
        << u"pyproject_only/pyproject.toml"_s << u"alembic"_s << u"pyproject_only/alembic"_s
        << QStringList {u"pyproject_only/alembic/versions"_s, u"pyproject_only/extra/versions"_s}
        << true << QStringList {u"pyproject_only"_s} << u"%(rev)s_%(slug)s_toml"_s << 12 << false
        << true << kNone;
    QTest::newRow("ini wins over pyproject.toml, which fills the gaps")
        << u"ini_and_pyproject"_s << u"alembic"_s << u"ini_and_pyproject/from_toml"_s
        << QStringList {u"ini_and_pyproject/from_toml/versions"_s} << false << QStringList {}
        << u"from_ini_%(rev)s"_s << 40 << true << false
        << u"sqlite:///{P}/ini_and_pyproject/both.db"_s;

    const auto separators = [&](const char *name, const QString &file, const QStringList &versions,
                                const QStringList &sysPath) {
        QStringList versionPaths, sysPaths;
        for (const QString &v : versions)
            versionPaths.append(u"separators/"_s + v);
        for (const QString &p : sysPath)
            sysPaths.append(u"separators/"_s + p);
        QTest::newRow(name) << u"separators/"_s + file << u"alembic"_s << u"separators/migrations"_s
                            << versionPaths << true << sysPaths << defaultTemplate << 40 << false
                            << false << kNone;
    };
    separators("path_separator = space", u"sep_space.ini"_s, {u"a"_s, u"b"_s, u"c"_s},
        {u"src"_s, u"lib"_s});
    separators("path_separator = os", u"sep_os.ini"_s, {u"a"_s, u"b"_s}, {u"src"_s, u"lib"_s});
    separators("path_separator = : (entries stripped)", u"sep_colon.ini"_s,
        {u"a"_s, u"b"_s, u"c"_s}, {u"src"_s, u"lib"_s});
    separators("path_separator = ;", u"sep_semicolon.ini"_s, {u"a"_s, u"b c"_s, u"d"_s},
        {u"src"_s, u"lib dir"_s});
    separators(
        "path_separator = newline", u"sep_newline.ini"_s, {u"a"_s, u"b c"_s}, {u"src"_s, u"lib"_s});
    separators("legacy split", u"sep_legacy.ini"_s, {u"a"_s, u"b"_s, u"c"_s, u"d"_s},
        {u"src"_s, u"lib"_s, u"more"_s, u"other"_s});
    separators("version_path_separator; prepend_sys_path legacy", u"sep_version_path.ini"_s,
        {u"a"_s, u"b c"_s}, {u"src"_s, u"lib"_s});
    separators("path_separator wins over version_path_separator", u"sep_both.ini"_s,
        {u"a;b"_s, u"c"_s}, {u"src"_s, u"lib"_s});
    QTest::newRow("empty version_locations: the default folder")
        << u"separators/sep_empty_list.ini"_s << u"alembic"_s << u"separators/migrations"_s
        << QStringList {u"separators/migrations/versions"_s} << false << QStringList {}
        << defaultTemplate << 40 << false << false << kNone;
}

void TestProjectConfig::loads()
{
    QFETCH(QString, target);
    QFETCH(QString, section);
    const auto config = ProjectConfig::load(abs(target), section);
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));

    QFETCH(QString, scriptLocation);
    QCOMPARE(config->scriptLocation(), abs(scriptLocation));
    QFETCH(QStringList, versionLocations);
    QCOMPARE(config->versionLocations(), absAll(versionLocations));
    QTEST(config->hasExplicitVersionLocations(), "explicitVersions");
    QFETCH(QStringList, prependSysPath);
    QCOMPARE(config->prependSysPath(), absAll(prependSysPath));
    QTEST(config->fileTemplate(), "fileTemplate");
    QTEST(config->truncateSlugLength(), "truncateSlugLength");
    QTEST(config->sourceless(), "sourceless");
    QTEST(config->recursiveVersionLocations(), "recursive");
    QFETCH(QString, url);
    QCOMPARE(config->sqlalchemyUrl().value_or(kNone), QString(url).replace(u"{P}"_s, projects()));
    QCOMPARE(config->section(), section);
}

void TestProjectConfig::files_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("iniPath");
    QTest::addColumn<QString>("pyprojectPath");
    QTest::addColumn<QString>("projectDir");
    QTest::newRow("ini only") << u"ini_basic"_s << u"ini_basic/alembic.ini"_s << QString()
                              << u"ini_basic"_s;
    QTest::newRow("pyproject only") << u"pyproject_only"_s << QString()
                                    << u"pyproject_only/pyproject.toml"_s << u"pyproject_only"_s;
    QTest::newRow("both, folder given")
        << u"ini_and_pyproject"_s << u"ini_and_pyproject/alembic.ini"_s
        << u"ini_and_pyproject/pyproject.toml"_s << u"ini_and_pyproject"_s;
    QTest::newRow("both, pyproject.toml given")
        << u"ini_and_pyproject/pyproject.toml"_s << u"ini_and_pyproject/alembic.ini"_s
        << u"ini_and_pyproject/pyproject.toml"_s << u"ini_and_pyproject"_s;
    QTest::newRow("relative segments cleaned")
        << u"separators/../ini_basic/./alembic.ini"_s << u"ini_basic/alembic.ini"_s << QString()
        << u"ini_basic"_s;
}

void TestProjectConfig::files()
{
    QFETCH(QString, target);
    QFETCH(QString, iniPath);
    QFETCH(QString, pyprojectPath);
    QFETCH(QString, projectDir);
    const auto config = ProjectConfig::load(projects() + u'/' + target);
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
    QCOMPARE(config->iniPath(), iniPath.isEmpty() ? QString() : abs(iniPath));
    QCOMPARE(config->pyprojectPath(), pyprojectPath.isEmpty() ? QString() : abs(pyprojectPath));
    QCOMPARE(config->projectDir(), abs(projectDir));
}

void TestProjectConfig::options_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // "{P}" is the projects folder
    QTest::newRow("ini option") << u"ini_basic"_s << u"alembic"_s << u"timezone"_s << u"UTC"_s;
    QTest::newRow("key case ignored")
        << u"ini_basic"_s << u"alembic"_s << u"TimeZone"_s << u"UTC"_s;
    QTest::newRow("here is a default every section sees")
        << u"ini_basic"_s << u"alembic"_s << u"here"_s << u"{P}/ini_basic"_s;
    QTest::newRow("absent") << u"ini_basic"_s << u"alembic"_s << u"output_encoding"_s << kNone;
    QTest::newRow("other section's own value")
        << u"ini_sections"_s << u"dev"_s << u"script_location"_s << u"dev_migrations"_s;
    QTest::newRow("toml integer") << u"pyproject_only"_s << u"alembic"_s
                                  << u"truncate_slug_length"_s << u"12"_s;
    QTest::newRow("toml boolean") << u"pyproject_only"_s << u"alembic"_s
                                  << u"recursive_version_locations"_s << u"true"_s;
    QTest::newRow("ini first") << u"ini_and_pyproject"_s << u"alembic"_s << u"file_template"_s
                               << u"from_ini_%(rev)s"_s;
    QTest::newRow("then toml, with the toml's here")
        << u"ini_and_pyproject"_s << u"alembic"_s << u"script_location"_s
        << u"{P}/ini_and_pyproject/from_toml"_s;
    QTest::newRow("toml ignores the section name")
        << u"pyproject_only"_s << u"anything"_s << u"script_location"_s
        << u"{P}/pyproject_only/alembic"_s;
}

void TestProjectConfig::options()
{
    QFETCH(QString, target);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const auto config = ProjectConfig::load(abs(target), section);
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
    const auto option = config->option(key);
    QVERIFY(option.ok());
    QCOMPARE(option->value_or(kNone), value.replace(u"{P}"_s, projects()));
}

void TestProjectConfig::errors_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("section");
    QTest::addColumn<retort::Error::Kind>("kind");
    QTest::addColumn<QString>("message"); // "{P}" is the projects folder; "..." ends a prefix
    QTest::addColumn<QString>("file"); // relative to the projects folder, empty for none
    QTest::addColumn<int>("line");
    using Kind = retort::Error::Kind;
    QTest::newRow("no such section")
        << u"ini_sections"_s << u"staging"_s << Kind::Config
        << u"No config file '{P}/ini_sections/alembic.ini' found, or file has no '[staging]' "
           "section"_s
        << u"ini_sections/alembic.ini"_s << 0;
    QTest::newRow("no alembic section")
        << u"broken/no_section.ini"_s << u"alembic"_s << Kind::Config
        << u"No config file '{P}/broken/no_section.ini' found, or file has no '[alembic]' "
           "section"_s
        << u"broken/no_section.ini"_s << 0;
    QTest::newRow("missing file")
        << u"broken/missing.ini"_s << u"alembic"_s << Kind::Config
        << u"No config file '{P}/broken/missing.ini' found, or file has no '[alembic]' section"_s
        << u"broken/missing.ini"_s << 0;
    QTest::newRow("no script_location")
        << u"broken/no_script_location.ini"_s << u"alembic"_s << Kind::Config
        << u"No 'script_location' key found in configuration."_s
        << u"broken/no_script_location.ini"_s << 0;
    QTest::newRow("broken ini")
        << u"broken/duplicate_section.ini"_s << u"alembic"_s << Kind::Config
        << u"While reading from '{P}/broken/duplicate_section.ini' [line  3]: section 'alembic' "
           "already exists"_s
        << u"broken/duplicate_section.ini"_s << 3;
    QTest::newRow("bad interpolation")
        << u"broken/bad_interpolation.ini"_s << u"alembic"_s << Kind::Config
        << u"Bad value substitution: option 'script_location' in section 'alembic' contains an "
           "interpolation key 'nowhere' which is not a valid option name. Raw value: "
           "'%(nowhere)s/m'"_s
        << u"broken/bad_interpolation.ini"_s << 2;
    QTest::newRow("slug length not a number")
        << u"broken/bad_slug.ini"_s << u"alembic"_s << Kind::Config
        << u"invalid literal for int() with base 10: 'forty'"_s << u"broken/bad_slug.ini"_s << 0;
    QTest::newRow("invalid path_separator")
        << u"separators/sep_invalid.ini"_s << u"alembic"_s << Kind::Config
        << u"'comma' is not a valid value for path_separator; expected 'space', 'newline', 'os', "
           "':', ';'"_s
        << u"separators/sep_invalid.ini"_s << 3;
    QTest::newRow("package not found")
        << u"broken/bad_package"_s << u"alembic"_s << Kind::Config
        << u"Cannot resolve 'missingpkg:migrations': no package 'missingpkg'..."_s << QString()
        << 0;
    QTest::newRow("broken toml") << u"broken/bad_toml"_s << u"alembic"_s << Kind::Config
                                 << u"{P}/broken/bad_toml/pyproject.toml is not valid TOML: ..."_s
                                 << u"broken/bad_toml/pyproject.toml"_s << 5;
    QTest::newRow("toml flag not a boolean")
        << u"broken/toml_not_bool"_s << u"alembic"_s << Kind::Config
        << u"boolean value expected for TOML parameter 'sourceless'"_s
        << u"broken/toml_not_bool/pyproject.toml"_s << 3;
    QTest::newRow("tool.alembic not a table")
        << u"broken/toml_not_table"_s << u"alembic"_s << Kind::Config << u"Incorrect TOML format"_s
        << u"broken/toml_not_table/pyproject.toml"_s << 2;
    QTest::newRow("toml list expected")
        << u"broken/toml_bad_list"_s << u"alembic"_s << Kind::Config
        << u"[tool.alembic] key 'version_locations' must be a list of strings"_s
        << u"broken/toml_bad_list/pyproject.toml"_s << 3;
    const QString notFound = u"No Alembic configuration found in {P}/%1: looked for alembic.ini "
                             "and for a pyproject.toml with a [tool.alembic] table."_s;
    QTest::newRow("empty folder") << u"broken/no_config"_s << u"alembic"_s << Kind::Config
                                  << notFound.arg(u"broken/no_config"_s) << QString() << 0;
    QTest::newRow("pyproject.toml without [tool.alembic]")
        << u"broken/pyproject_without_table"_s << u"alembic"_s << Kind::Config
        << notFound.arg(u"broken/pyproject_without_table"_s) << QString() << 0;
}

void TestProjectConfig::errorNamesPathAsGiven_data()
{
    QTest::addColumn<QString>("target"); // relative to the projects folder, the current folder
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("shown"); // the path the message names
    QTest::addColumn<QString>("file"); // the error's file, relative to the projects folder
    QTest::newRow("folder") << u"ini_sections"_s << u"staging"_s << u"ini_sections/alembic.ini"_s
                            << u"ini_sections/alembic.ini"_s;
    QTest::newRow("folder with a trailing slash")
        << u"ini_sections/"_s << u"staging"_s << u"ini_sections/alembic.ini"_s
        << u"ini_sections/alembic.ini"_s;
    QTest::newRow("ini file, no such section")
        << u"ini_sections/alembic.ini"_s << u"staging"_s << u"ini_sections/alembic.ini"_s
        << u"ini_sections/alembic.ini"_s;
    QTest::newRow("ini file spelled with ./")
        << u"./broken/no_section.ini"_s << u"alembic"_s << u"./broken/no_section.ini"_s
        << u"broken/no_section.ini"_s;
    QTest::newRow("missing file") << u"broken/missing.ini"_s << u"alembic"_s
                                  << u"broken/missing.ini"_s << u"broken/missing.ini"_s;
}

void TestProjectConfig::errorNamesPathAsGiven()
{
    QFETCH(QString, target);
    QFETCH(QString, section);
    QFETCH(QString, shown);
    QFETCH(QString, file);
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(projects()));
    const auto config = ProjectConfig::load(target, section);
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY2(!config.ok(), "the load should fail");
    QCOMPARE(config.error().kind, retort::Error::Kind::Config);
    QCOMPARE(config.error().message,
        u"No config file '%1' found, or file has no '[%2]' section"_s.arg(shown, section));
    QCOMPARE(QDir::cleanPath(config.error().file), abs(file));
}

void TestProjectConfig::errors()
{
    QFETCH(QString, target);
    QFETCH(QString, section);
    QFETCH(QString, message);
    QFETCH(QString, file);
    const auto config = ProjectConfig::load(abs(target), section);
    QVERIFY2(!config.ok(), "the load should fail");
    QTEST(config.error().kind, "kind");
    message.replace(u"{P}"_s, projects());
    if (message.endsWith(u"..."_s))
        QVERIFY2(config.error().message.startsWith(message.chopped(3)),
            qPrintable(config.error().message));
    else
        QCOMPARE(config.error().message, message);
    QCOMPARE(config.error().file, file.isEmpty() ? QString() : abs(file));
    QTEST(config.error().line, "line");
}

void TestProjectConfig::sections_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("sections");
    QTest::newRow("folder") << u"ini_sections"_s << QStringList {u"alembic"_s, u"dev"_s, u"prod"_s};
    QTest::newRow("file") << u"ini_basic/alembic.ini"_s << QStringList {u"alembic"_s, u"loggers"_s};
}

void TestProjectConfig::sections()
{
    QFETCH(QString, target);
    const auto sections = ProjectConfig::sections(abs(target));
    QVERIFY(sections.ok());
    QTEST(*sections, "sections");
    QVERIFY(!ProjectConfig::sections(abs(u"broken/no_config"_s)).ok());
}

void TestProjectConfig::olderRules_data()
{
    // Rows marked "1.8.1" were checked against the alembic 1.8.1 of Debian 12.
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("versionLocations"); // empty: the load fails with `error`
    QTest::addColumn<QStringList>("prependSysPath");
    QTest::addColumn<bool>("recursive");
    QTest::addColumn<QString>("error"); // "{P}" is the projects folder
    const QString sep = u"separators/"_s;
    QTest::newRow("1.8.1 ignores path_separator")
        << u"separators/sep_semicolon.ini"_s << u"alembic"_s << u"1.8.1"_s
        << QStringList {sep + u"a;b"_s, sep + u"c;;d"_s}
        << QStringList {sep + u"src;lib"_s, sep + u"dir"_s} << false << QString();
    QTest::newRow("1.8.1 does not strip entries")
        << u"separators/sep_version_strip.ini"_s << u"alembic"_s << u"1.8.1"_s
        << QStringList {sep + u"a "_s, sep + u" b"_s} << QStringList {} << false << QString();
    QTest::newRow("1.13.3 strips entries")
        << u"separators/sep_version_strip.ini"_s << u"alembic"_s << u"1.13.3"_s
        << QStringList {sep + u"a"_s, sep + u"b"_s} << QStringList {} << false << QString();
    QTest::newRow("1.8.1 rejects newline")
        << u"separators/sep_version_newline.ini"_s << u"alembic"_s << u"1.8.1"_s << QStringList {}
        << QStringList {} << false
        << u"'newline' is not a valid value for version_path_separator; expected 'space', 'os', "
           "':', ';'"_s;
    QTest::newRow("1.13.3 accepts newline")
        << u"separators/sep_version_newline.ini"_s << u"alembic"_s << u"1.13.3"_s
        << QStringList {sep + u"a"_s, sep + u"b"_s} << QStringList {} << false << QString();
    QTest::newRow("1.13.1: prepend_sys_path split the legacy way")
        << u"separators/sep_space.ini"_s << u"alembic"_s << u"1.13.1"_s
        << QStringList {sep + u"a"_s, sep + u"b"_s, sep + u"c"_s}
        << QStringList {sep + u"src"_s, sep + u"lib"_s} << false << QString();
    QTest::newRow("1.8.1 has no recursive_version_locations")
        << u"ini_sections"_s << u"dev"_s << u"1.8.1"_s
        << QStringList {u"ini_sections/dev_migrations/versions"_s} << QStringList {} << false
        << QString();
    QTest::newRow("1.10.0 has recursive_version_locations")
        << u"ini_sections"_s << u"dev"_s << u"1.10.0"_s
        << QStringList {u"ini_sections/dev_migrations/versions"_s} << QStringList {} << true
        << QString();
    QTest::newRow("1.15.2 ignores pyproject.toml")
        << u"pyproject_only"_s << u"alembic"_s << u"1.15.2"_s << QStringList {} << QStringList {}
        << false
        << u"No config file '{P}/pyproject_only/alembic.ini' found, or file has no '[alembic]' "
           "section"_s;
    QTest::newRow("1.13.1: no script_location without pyproject.toml")
        << u"ini_and_pyproject"_s << u"alembic"_s << u"1.13.1"_s << QStringList {} << QStringList {}
        << false << u"No 'script_location' key found in configuration."_s;
}

void TestProjectConfig::olderRules()
{
    QFETCH(QString, target);
    QFETCH(QString, section);
    QFETCH(QString, version);
    QFETCH(QString, error);
    const auto config
        = ProjectConfig::load(abs(target), section, retort::AlembicRules::forVersion(version));
    if (!error.isEmpty()) {
        QVERIFY2(!config.ok(), "the load should fail");
        QCOMPARE(config.error().message, error.replace(u"{P}"_s, projects()));
        return;
    }
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
    QFETCH(QStringList, versionLocations);
    QCOMPARE(config->versionLocations(), absAll(versionLocations));
    QFETCH(QStringList, prependSysPath);
    QCOMPARE(config->prependSysPath(), absAll(prependSysPath));
    QTEST(config->recursiveVersionLocations(), "recursive");
}

void TestProjectConfig::rulesForVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("pyproject");
    QTest::addColumn<bool>("newline");
    QTest::addColumn<bool>("recursive");
    QTest::newRow("Debian 12") << u"1.8.1"_s << false << false << false;
    QTest::newRow("1.10") << u"1.10"_s << false << false << true;
    QTest::newRow("1.13.2") << u"1.13.2"_s << false << false << true;
    QTest::newRow("1.13.3") << u"1.13.3"_s << false << true << true;
    QTest::newRow("1.16.0") << u"1.16.0"_s << true << true << true;
    QTest::newRow("2.0.0b1") << u"2.0.0b1"_s << true << true << true;
    QTest::newRow("not a version: current rules") << u"unknown"_s << true << true << true;
}

void TestProjectConfig::rulesForVersion()
{
    QFETCH(QString, version);
    const retort::AlembicRules rules = retort::AlembicRules::forVersion(version);
    QTEST(rules.pyproject, "pyproject");
    QTEST(rules.pathSeparator, "pyproject");
    QTEST(rules.newlineSeparator, "newline");
    QTEST(rules.recursiveVersionLocations, "recursive");
}

QTEST_GUILESS_MAIN(TestProjectConfig)
#include "tst_projectconfig.moc"
