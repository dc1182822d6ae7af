// SPDX-License-Identifier: MIT
#include "lint/LintSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <string_view>
#include <toml++/toml.h>

namespace retort {

namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool matches(const QStringList &patterns, const QString &id)
{
    for (const QString &pattern : patterns) {
        if (id.startsWith(pattern)) {
            return true;
        }
    }
    return false;
}

bool namesSomeRule(const QString &pattern)
{
    for (const LintRule &rule : LintRule::all()) {
        if (rule.id.startsWith(pattern)) {
            return true;
        }
    }
    return false;
}

int lineOf(const toml::node &node)
{
    return int(node.source().begin.line);
}

class TableReader {
public:
    TableReader(const QString &path, LintSettings &settings)
        : m_path(path), m_settings(settings) { }

    Result<void> read(const toml::table &table);

private:
    Error error(const toml::node &node, const QString &message) const
    {
        return makeError(Error::Kind::Config, message, m_path, lineOf(node));
    }
    Result<void> readDisable(const toml::node &node);
    Result<void> readSeverity(const toml::node &node);

    QString m_path;
    LintSettings &m_settings;
};

Result<void> TableReader::read(const toml::table &table)
{
    for (const auto &[key, node] : table) {
        const QString name = fromStd(key.str());
        Result<void> done;
        if (name == QLatin1String("disable")) {
            done = readDisable(node);
        } else if (name == QLatin1String("severity")) {
            done = readSeverity(node);
        } else if (name == QLatin1String("sqlite") && node.is_boolean()) {
            m_settings.sqlite = node.as_boolean()->get();
            m_settings.sqliteForced = true;
        } else if (name == QLatin1String("file_template") && node.is_string()) {
            m_settings.fileTemplate = fromStd(node.as_string()->get());
            m_settings.fileTemplateForced = true;
        } else {
            done = error(node,
                QCoreApplication::translate(
                    "LintSettings", "Unknown or malformed lint setting '%1'")
                    .arg(name));
        }
        if (!done) {
            return done;
        }
    }
    return {};
}

Result<void> TableReader::readDisable(const toml::node &node)
{
    const toml::array *array = node.as_array();
    if (!array) {
        return error(node,
            QCoreApplication::translate("LintSettings", "'disable' must be a list of rule ids"));
    }
    for (const toml::node &item : *array) {
        const QString id = item.is_string() ? fromStd(item.as_string()->get()) : QString();
        if (id.isEmpty() || !namesSomeRule(id)) {
            return error(item,
                QCoreApplication::translate("LintSettings", "'disable' names no lint rule: %1")
                    .arg(id));
        }
        m_settings.disabled.append(id);
    }
    return {};
}

Result<void> TableReader::readSeverity(const toml::node &node)
{
    const toml::table *table = node.as_table();
    if (!table) {
        return error(node,
            QCoreApplication::translate("LintSettings",
                "'severity' must be a table of rule id = \"error\" | \"warning\" "
                "| \"info\""));
    }
    for (const auto &[key, value] : *table) {
        const QString id = fromStd(key.str());
        if (!LintRule::find(id)) {
            return error(value,
                QCoreApplication::translate("LintSettings", "Unknown lint rule '%1'").arg(id));
        }
        const std::optional<LintSeverity> severity = value.is_string()
            ? lintSeverityFromName(fromStd(value.as_string()->get()))
            : std::nullopt;
        if (!severity) {
            return error(value,
                QCoreApplication::translate(
                    "LintSettings", "Severity of %1 must be \"error\", \"warning\" or \"info\"")
                    .arg(id));
        }
        m_settings.severities.insert(id, *severity);
    }
    return {};
}

} // namespace

bool LintSettings::enabled(const QString &id) const
{
    if (!select.isEmpty() && !matches(select, id)) {
        return false;
    }
    return !matches(ignore, id) && !matches(disabled, id);
}

LintSeverity LintSettings::severity(const LintRule &rule) const
{
    return severities.value(rule.id, rule.severity);
}

Result<LintSettings> LintSettings::load(const QString &projectDir)
{
    const QDir dir(projectDir);
    for (const bool retortToml : {true, false}) {
        const QString path = dir.absoluteFilePath(
            retortToml ? QStringLiteral("retort.toml") : QStringLiteral("pyproject.toml"));
        QFile file(path);
        if (!file.exists()) {
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(Error::Kind::Io,
                QCoreApplication::translate("LintSettings", "Cannot read %1: %2")
                    .arg(path, file.errorString()),
                path);
        }
        Result<LintSettings> settings = parse(file.readAll(), path, retortToml);
        if (!settings || !settings->sourceFile.isEmpty()) {
            return settings;
        }
    }
    return LintSettings();
}

Result<LintSettings> LintSettings::parse(
    const QByteArray &content, const QString &path, bool retortToml)
{
    toml::table root;
    try {
        root = toml::parse(
            std::string_view(content.constData(), size_t(content.size())), path.toStdString());
    } catch (const toml::parse_error &failure) {
        return makeError(Error::Kind::Config,
            QCoreApplication::translate("LintSettings", "%1 is not valid TOML: %2")
                .arg(path, fromStd(failure.description())),
            path, int(failure.source().begin.line));
    }
    const toml::node_view<toml::node> node
        = retortToml ? root["lint"] : root["tool"]["retort"]["lint"];
    LintSettings settings;
    if (!node) {
        return settings;
    }
    const toml::table *table = node.as_table();
    if (!table) {
        return makeError(Error::Kind::Config,
            QCoreApplication::translate("LintSettings", "The lint settings must be a table"), path,
            lineOf(*node.node()));
    }
    settings.sourceFile = path;
    if (Result<void> read = TableReader(path, settings).read(*table); !read) {
        return read.error();
    }
    return settings;
}

} // namespace retort
