// SPDX-License-Identifier: MIT
#include "config/ConfigPaths.h"

#include "config/PythonRepr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace retort {

namespace {

QStringList splitWithSeparator(const QString &value, const QString &separator, bool strip)
{
    QStringList entries;
    for (const QString &entry : value.split(separator)) {
        if (!entry.isEmpty())
            entries.append(strip ? entry.trimmed() : entry);
    }
    return entries;
}

// The folders a dotted package name maps to under `roots`: a regular package (with __init__.py)
// found in any root wins; otherwise every namespace folder found, in order (Python's PathFinder).
QStringList packageDirs(const QStringList &roots, const QString &name)
{
    QStringList namespaces;
    for (const QString &root : roots) {
        const QString dir = QDir(root).filePath(name);
        if (!QFileInfo(dir).isDir())
            continue;
        if (QFileInfo::exists(QDir(dir).filePath(u"__init__.py"_s)))
            return {dir};
        namespaces.append(dir);
    }
    return namespaces;
}

} // namespace

Result<QString> ConfigPaths::separator(
    const QString &setting, const QString &settingName, const AlembicRules &rules)
{
    if (setting == u"space"_s)
        return u" "_s;
    if (setting == u"newline"_s && rules.newlineSeparator)
        return u"\n"_s;
    if (setting == u"os"_s)
        return QString(QDir::listSeparator());
    if (setting == u":"_s || setting == u";"_s)
        return setting;
    // Alembic's wording (a ValueError in Config._get_file_separator_char / from_config).
    const QString expected = rules.newlineSeparator ? u"'space', 'newline', 'os', ':', ';'"_s
                                                    : u"'space', 'os', ':', ';'"_s;
    return makeError(Error::Kind::Config,
        u"'%1' is not a valid value for %2; expected %3"_s.arg(setting, settingName, expected));
}

QStringList ConfigPaths::splitVersionLocations(
    const QString &value, const std::optional<QString> &separator, const AlembicRules &rules)
{
    if (separator)
        return splitWithSeparator(value, *separator, rules.newlineSeparator);
    static const QRegularExpression legacy(u", *|(?: +)"_s);
    return value.split(legacy);
}

QStringList ConfigPaths::splitPrependSysPath(
    const QString &value, const std::optional<QString> &separator)
{
    if (separator)
        return splitWithSeparator(value, *separator, true);
    static const QRegularExpression legacy(u", *|(?: +)|\\:"_s);
    return value.split(legacy);
}

Result<QString> ConfigPaths::resolve(
    const QString &location, const QString &baseDir, const QStringList &sysPath)
{
    if (location.startsWith(u'/'))
        return QDir::cleanPath(location);
    if (!location.contains(u':'))
        return QDir::cleanPath(QDir(baseDir).filePath(location));
    const QStringList tokens = location.split(u':');
    QStringList dirs = sysPath;
    const QStringList parts = tokens.first().split(u'.');
    for (const QString &part : parts) {
        dirs = part.isEmpty() ? QStringList() : packageDirs(dirs, part);
        if (dirs.isEmpty())
            break;
    }
    if (dirs.isEmpty()) {
        return makeError(Error::Kind::Config,
            QCoreApplication::translate("ConfigPaths",
                "Cannot resolve %1: no package %2 in the project folder or in "
                "prepend_sys_path (%3)")
                .arg(pythonRepr(location), pythonRepr(tokens.first()), sysPath.join(u", "_s)));
    }
    const QStringList rest = tokens.mid(1);
    QString chosen = QDir(dirs.first()).filePath(rest.join(u'/'));
    for (const QString &dir : dirs) { // a namespace package: the portion holding the folder
        const QString candidate = QDir(dir).filePath(rest.join(u'/'));
        if (QFileInfo::exists(candidate)) {
            chosen = candidate;
            break;
        }
    }
    return QDir::cleanPath(chosen);
}

} // namespace retort
