// SPDX-License-Identifier: MIT
#include "config/AlembicToml.h"

#include "config/PythonRepr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVariantList>

#include <string>
#include <string_view>
#include <toml++/toml.h>

using namespace Qt::StringLiterals;

namespace retort {

namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QVariant toVariant(const toml::node &node)
{
    if (const auto *text = node.as_string())
        return fromStd(text->get());
    if (const auto *integer = node.as_integer())
        return QVariant::fromValue(qint64(integer->get()));
    if (const auto *flag = node.as_boolean())
        return flag->get();
    if (const auto *number = node.as_floating_point())
        return number->get();
    if (const auto *array = node.as_array()) {
        QVariantList items;
        for (const toml::node &item : *array)
            items.append(toVariant(item));
        return items;
    }
    if (const auto *table = node.as_table()) {
        QVariantMap map;
        for (const auto &[key, value] : *table)
            map.insert(fromStd(key.str()), toVariant(value));
        return map;
    }
    return {}; // dates and times: kept as an invalid value, reported when read
}

bool isStringList(const QVariant &value)
{
    if (value.typeId() != QMetaType::QVariantList)
        return false;
    const QVariantList items = value.toList();
    return std::all_of(items.begin(), items.end(),
        [](const QVariant &item) { return item.typeId() == QMetaType::QString; });
}

} // namespace

Result<AlembicToml> AlembicToml::load(const QString &path)
{
    AlembicToml result;
    result.m_filePath = QFileInfo(path).absoluteFilePath();
    result.m_here = QDir::cleanPath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io,
            QCoreApplication::translate("AlembicToml", "Cannot read %1: %2")
                .arg(result.m_filePath, file.errorString()),
            result.m_filePath);
    }
    const QByteArray bytes = file.readAll();
    toml::table root;
    try {
        root = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())),
            result.m_filePath.toStdString());
    } catch (const toml::parse_error &failure) {
        return makeError(Error::Kind::Config,
            QCoreApplication::translate("AlembicToml", "%1 is not valid TOML: %2")
                .arg(result.m_filePath, fromStd(failure.description())),
            result.m_filePath, int(failure.source().begin.line));
    }
    const toml::node_view<toml::node> alembic = root["tool"]["alembic"];
    if (!alembic)
        return result;
    const toml::table *table = alembic.as_table();
    if (!table) // Alembic's wording
        return makeError(Error::Kind::Config, u"Incorrect TOML format"_s, result.m_filePath,
            int(alembic.node()->source().begin.line));
    result.m_hasTable = true;
    for (const auto &[key, value] : *table) {
        const QString name = fromStd(key.str());
        result.m_values.insert(name, toVariant(value));
        result.m_lines.insert(name, int(value.source().begin.line));
    }
    return result;
}

Error AlembicToml::error(const QString &key, const QString &message) const
{
    return makeError(Error::Kind::Config, message, m_filePath, line(key));
}

// Python's `text % {"here": ...}` for the forms a config value can use: %(name)s and %%.
Result<QString> AlembicToml::interpolate(const QString &key, const QString &text) const
{
    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype percent = text.indexOf(u'%', pos);
        if (percent < 0)
            break;
        out += QStringView(text).mid(pos, percent - pos);
        if (text.mid(percent, 2) == u"%%"_s) {
            out += u'%';
            pos = percent + 2;
            continue;
        }
        const qsizetype close = text.indexOf(u')', percent);
        const bool named = text.mid(percent, 2) == u"%("_s && close > percent + 2
            && text.mid(close + 1, 1) == u"s"_s;
        const QString name = named ? text.mid(percent + 2, close - percent - 2) : QString();
        if (!named || name != u"here"_s) {
            return error(key,
                QCoreApplication::translate("AlembicToml",
                    "Bad value substitution in [tool.alembic] key %1: %2 (only %(here)s "
                    "and %% are available)")
                    .arg(pythonRepr(key), pythonRepr(text)));
        }
        out += m_here;
        pos = close + 2;
    }
    out += QStringView(text).mid(pos);
    return out;
}

Result<std::optional<QString>> AlembicToml::string(const QString &key) const
{
    if (!m_values.contains(key))
        return std::optional<QString>();
    const QVariant value = m_values.value(key);
    switch (value.typeId()) {
    case QMetaType::QString: {
        auto text = interpolate(key, value.toString());
        if (!text)
            return text.error();
        return std::optional<QString>(*text);
    }
    case QMetaType::LongLong:
        return std::optional<QString>(QString::number(value.toLongLong()));
    case QMetaType::Bool:
        return std::optional<QString>(value.toBool() ? u"true"_s : u"false"_s);
    default:
        return error(key,
            QCoreApplication::translate("AlembicToml", "[tool.alembic] key %1 must be a string")
                .arg(pythonRepr(key)));
    }
}

Result<std::optional<QStringList>> AlembicToml::stringList(const QString &key) const
{
    if (!m_values.contains(key))
        return std::optional<QStringList>();
    const QVariant value = m_values.value(key);
    if (!isStringList(value)) {
        return error(key,
            QCoreApplication::translate(
                "AlembicToml", "[tool.alembic] key %1 must be a list of strings")
                .arg(pythonRepr(key)));
    }
    QStringList items;
    for (const QVariant &item : value.toList()) {
        auto text = interpolate(key, item.toString());
        if (!text)
            return text.error();
        items.append(*text);
    }
    return std::optional<QStringList>(items);
}

Result<bool> AlembicToml::boolean(const QString &key, bool fallback) const
{
    if (!m_values.contains(key))
        return fallback;
    const QVariant value = m_values.value(key);
    if (value.typeId() != QMetaType::Bool) // Alembic's wording
        return error(key, u"boolean value expected for TOML parameter %1"_s.arg(pythonRepr(key)));
    return value.toBool();
}

} // namespace retort
