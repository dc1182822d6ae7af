// SPDX-License-Identifier: MIT
#include "config/ProjectConfig.h"

#include "config/ConfigPaths.h"
#include "config/PythonRepr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace retort {

namespace {

const QString kIniName = u"alembic.ini"_s;
const QString kPyprojectName = u"pyproject.toml"_s;

/// The files a load reads: absolute paths, empty when not used.
struct Located {
    QString ini;
    QString pyproject;
};

/// The alembic.ini a load of `target` reads, spelled from `target` as the user gave it: Alembic
/// names the config file as given on its command line (`'alembic.ini'`), not as an absolute path.
QString spelledIni(const QString &target)
{
    const QFileInfo info(target);
    if (info.isDir())
        return QDir::cleanPath(target + u'/' + kIniName);
    if (info.fileName() == kPyprojectName)
        return QDir::cleanPath(info.path() + u'/' + kIniName);
    return target;
}

bool hasAlembicTable(const QString &pyproject)
{
    auto toml = AlembicToml::load(pyproject);
    return !toml || toml->hasAlembicTable(); // a broken file is reported by the load itself
}

// Alembic's wording (Config.get_section_option) for a missing file or section.
Error noSection(const QString &configFile, const QString &section)
{
    return makeError(Error::Kind::Config,
        u"No config file %1 found, or file has no '[%2]' section"_s.arg(
            pythonRepr(configFile), section),
        QFileInfo(configFile).absoluteFilePath());
}

Result<Located> locate(const QString &target, const QString &section, const AlembicRules &rules)
{
    const QFileInfo info(target);
    if (info.isDir()) {
        const QDir dir(info.absoluteFilePath());
        const QString ini = dir.filePath(kIniName);
        const QString pyproject = dir.filePath(kPyprojectName);
        const bool hasPyproject = rules.pyproject && QFileInfo::exists(pyproject);
        if (QFileInfo::exists(ini))
            return Located {
                QDir::cleanPath(ini), hasPyproject ? QDir::cleanPath(pyproject) : QString()};
        if (hasPyproject && hasAlembicTable(pyproject))
            return Located {QString(), QDir::cleanPath(pyproject)};
        if (!rules.pyproject) // older Alembic only knows alembic.ini
            return noSection(spelledIni(target), section);
        return makeError(Error::Kind::Config,
            QCoreApplication::translate("ProjectConfig",
                "No Alembic configuration found in %1: looked "
                "for alembic.ini and for a pyproject.toml "
                "with a [tool.alembic] table.")
                .arg(QDir::cleanPath(dir.absolutePath())));
    }
    if (!info.isFile())
        return noSection(target, section);
    const QString path = QDir::cleanPath(info.absoluteFilePath());
    const QDir dir = info.absoluteDir();
    if (info.fileName() == kPyprojectName && rules.pyproject) {
        const QString ini = dir.filePath(kIniName);
        return Located {QFileInfo::exists(ini) ? QDir::cleanPath(ini) : QString(), path};
    }
    const QString pyproject = dir.filePath(kPyprojectName);
    const bool hasPyproject = rules.pyproject && QFileInfo::exists(pyproject);
    return Located {path, hasPyproject ? QDir::cleanPath(pyproject) : QString()};
}

// Python's int(text) for base 10: surrounding whitespace, a sign, digits and single underscores.
std::optional<int> pythonInt(const QString &text)
{
    static const QRegularExpression pattern(u"^[+-]?[0-9]+(_[0-9]+)*$"_s);
    QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return std::nullopt;
    bool ok = false;
    const int value = trimmed.remove(u'_').toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

Result<ProjectConfig> ProjectConfig::load(
    const QString &iniPathOrProjectDir, const QString &section, const AlembicRules &rules)
{
    auto located = locate(iniPathOrProjectDir, section, rules);
    if (!located)
        return located.error();
    ProjectConfig config;
    config.m_section = section;
    config.m_rules = rules;
    if (!located->ini.isEmpty()) {
        const QString here = QFileInfo(located->ini).absolutePath();
        auto ini = IniFile::load(located->ini, {{u"here"_s, here}});
        if (!ini)
            return ini.error();
        config.m_ini = std::move(*ini);
        config.m_iniPath = located->ini;
        config.m_projectDir = here;
    }
    if (!located->pyproject.isEmpty()) {
        auto toml = AlembicToml::load(located->pyproject);
        if (!toml)
            return toml.error();
        if (toml->hasAlembicTable()) {
            config.m_pyprojectPath = located->pyproject;
            if (config.m_projectDir.isEmpty())
                config.m_projectDir = toml->here();
            config.m_toml = std::move(*toml);
        }
    }
    if (!config.m_toml && !(config.m_ini && config.m_ini->hasSection(section))) {
        // Without an ini, Alembic names the alembic.ini it would have read.
        return noSection(spelledIni(iniPathOrProjectDir), section);
    }
    if (auto resolved = config.resolve(); !resolved)
        return resolved.error();
    return config;
}

Result<QStringList> ProjectConfig::sections(const QString &iniPathOrProjectDir)
{
    const QFileInfo info(iniPathOrProjectDir);
    const QString path
        = info.isDir() ? QDir(info.absoluteFilePath()).filePath(kIniName) : iniPathOrProjectDir;
    auto ini = IniFile::load(path, {{u"here"_s, QFileInfo(path).absolutePath()}});
    if (!ini)
        return ini.error();
    return ini->sections();
}

QString ProjectConfig::configFileForErrors() const
{
    return m_iniPath.isEmpty() ? m_pyprojectPath : m_iniPath;
}

Result<std::optional<QString>> ProjectConfig::iniOption(const QString &key) const
{
    if (!m_ini || !m_ini->hasOption(m_section, key))
        return std::optional<QString>();
    auto value = m_ini->value(m_section, key);
    if (!value)
        return value.error();
    return std::optional<QString>(*value);
}

Result<std::optional<QString>> ProjectConfig::option(const QString &key) const
{
    if (m_ini && m_ini->hasOption(m_section, key))
        return iniOption(key);
    if (m_toml)
        return m_toml->string(key);
    return std::optional<QString>();
}

Result<void> ProjectConfig::resolve()
{
    auto location = option(u"script_location"_s);
    if (!location)
        return location.error();
    if (!location->has_value()) // Alembic's wording (ScriptDirectory.from_config)
        return makeError(Error::Kind::Config, u"No 'script_location' key found in configuration."_s,
            configFileForErrors());
    if (auto lists = resolvePathLists(); !lists)
        return lists;
    auto script = ConfigPaths::resolve(
        **location, m_projectDir, m_prependSysPath + QStringList {m_projectDir});
    if (!script)
        return script.error();
    m_scriptLocation = *script;
    if (m_versionLocations.isEmpty() && !m_explicitVersionLocations)
        m_versionLocations = {QDir(m_scriptLocation).filePath(u"versions"_s)};
    auto url = iniOption(u"sqlalchemy.url"_s);
    if (!url)
        return url.error();
    m_sqlalchemyUrl = *url;
    auto fileTemplate = option(u"file_template"_s);
    if (!fileTemplate)
        return fileTemplate.error();
    m_fileTemplate = fileTemplate->value_or(u"%(rev)s_%(slug)s"_s);
    return resolveFlags();
}

Result<void> ProjectConfig::resolveFlags()
{
    auto slug = option(u"truncate_slug_length"_s);
    if (!slug)
        return slug.error();
    if (slug->has_value()) {
        const std::optional<int> length = pythonInt(**slug);
        if (!length) { // Python's wording (int() in ScriptDirectory.from_config)
            return makeError(Error::Kind::Config,
                u"invalid literal for int() with base 10: %1"_s.arg(pythonRepr(**slug)),
                configFileForErrors());
        }
        m_truncateSlugLength = *length == 0 ? 40 : *length; // Alembic: `length or 40`
    }
    // Alembic's get_alembic_boolean_option: the ini's exact "true", else a TOML boolean.
    const auto flag = [this](const QString &key) -> Result<bool> {
        if (m_ini && m_ini->hasOption(m_section, key)) {
            auto value = iniOption(key);
            if (!value)
                return value.error();
            return value->value_or(QString()) == u"true"_s;
        }
        return m_toml ? m_toml->boolean(key) : Result<bool>(false);
    };
    auto sourceless = flag(u"sourceless"_s);
    if (!sourceless)
        return sourceless.error();
    m_sourceless = *sourceless;
    auto recursive = flag(u"recursive_version_locations"_s);
    if (!recursive)
        return recursive.error();
    m_recursiveVersionLocations = m_rules.recursiveVersionLocations && *recursive;
    return {};
}

// version_locations / prepend_sys_path: a non-empty ini value split by the separator rules,
// else the [tool.alembic] list.
Result<std::optional<QStringList>> ProjectConfig::pathList(
    const QString &key, bool versionLocations) const
{
    auto value = iniOption(key);
    if (!value)
        return value.error();
    if (!value->has_value() || (*value)->isEmpty())
        return m_toml ? m_toml->stringList(key) : std::optional<QStringList>();
    std::optional<QString> separator;
    QStringList names; // the settings naming the separator, first found wins
    if (m_rules.pathSeparator)
        names.append(u"path_separator"_s);
    if (versionLocations)
        names.append(u"version_path_separator"_s);
    for (const QString &name : names) {
        auto setting = iniOption(name);
        if (!setting)
            return setting.error();
        if (!setting->has_value())
            continue;
        auto character = ConfigPaths::separator(**setting, name, m_rules);
        if (!character)
            return Error {character.error().kind, character.error().message, m_iniPath,
                m_ini->line(m_section, name)};
        separator = *character;
        break;
    }
    return std::optional<QStringList>(versionLocations
            ? ConfigPaths::splitVersionLocations(**value, separator, m_rules)
            : ConfigPaths::splitPrependSysPath(**value, separator));
}

Result<void> ProjectConfig::resolvePathLists()
{
    auto sysPath = pathList(u"prepend_sys_path"_s, false);
    if (!sysPath)
        return sysPath.error();
    for (const QString &entry : sysPath->value_or(QStringList()))
        m_prependSysPath.append(QDir::cleanPath(QDir(m_projectDir).filePath(entry)));
    auto versions = pathList(u"version_locations"_s, true);
    if (!versions)
        return versions.error();
    if (!versions->has_value() || (*versions)->isEmpty())
        return {}; // Alembic: an empty list means the default folder
    m_explicitVersionLocations = true;
    const QStringList roots = m_prependSysPath + QStringList {m_projectDir};
    for (const QString &entry : **versions) {
        auto resolved = ConfigPaths::resolve(entry, m_projectDir, roots);
        if (!resolved)
            return resolved.error();
        m_versionLocations.append(*resolved);
    }
    return {};
}

} // namespace retort
