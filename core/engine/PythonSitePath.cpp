// SPDX-License-Identifier: MIT
#include "engine/PythonSitePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace retort {

using namespace Qt::StringLiterals;

QStringList PythonSitePath::folders(const QString &interpreterOrVenv)
{
    const QString root = venvRoot(interpreterOrVenv);
    if (!root.isEmpty())
        return venvFolders(root);
    const QFileInfo info(interpreterOrVenv);
    if (info.isDir()) // a bare installation prefix
        return installationFolders(
            info.absoluteFilePath(), versionsUnder(info.absoluteFilePath()), false);
    // /usr/bin/python3 -> python3.11: the real executable's name tells the version.
    const QFileInfo real(
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath());
    const QString prefix = QDir(real.absolutePath() + u"/.."_s).absolutePath();
    QString version = versionFromName(real.fileName());
    if (version.isEmpty())
        version = versionFromName(info.fileName());
    const QStringList versions = version.isEmpty() ? versionsUnder(prefix) : QStringList {version};
    return installationFolders(prefix, versions, true);
}

QString PythonSitePath::venvRoot(const QString &interpreterOrVenv)
{
    const QFileInfo info(interpreterOrVenv);
    // Not canonical: a venv's bin/python is a symbolic link to the base interpreter.
    const QString candidate = info.isDir() ? info.absoluteFilePath()
                                           : QDir(info.absolutePath() + u"/.."_s).absolutePath();
    return QFileInfo::exists(QDir(candidate).filePath(u"pyvenv.cfg"_s)) ? QDir::cleanPath(candidate)
                                                                        : QString();
}

QStringList PythonSitePath::venvFolders(const QString &root)
{
    const QString cfg = QDir(root).filePath(u"pyvenv.cfg"_s);
    QString version = readConfigValue(cfg, u"version"_s);
    if (version.isEmpty())
        version = readConfigValue(cfg, u"version_info"_s);
    const QStringList parts = version.split(u'.');
    const QStringList versions
        = parts.size() >= 2 ? QStringList {parts.at(0) + u'.' + parts.at(1)} : versionsUnder(root);
    QStringList found;
    for (const QString &v : versions) {
        for (const QString &lib : {u"lib"_s, u"lib64"_s}) {
            const QString dir = QDir(root).filePath(lib + u"/python"_s + v + u"/site-packages"_s);
            if (QFileInfo(dir).isDir() && !found.contains(QFileInfo(dir).canonicalFilePath()))
                found << QFileInfo(dir).canonicalFilePath();
        }
    }
    const QString system = readConfigValue(cfg, u"include-system-site-packages"_s).toLower();
    const QString home = readConfigValue(cfg, u"home"_s);
    if (system == "true"_L1 && !home.isEmpty()) {
        // `home` is the base interpreter's bin folder; a venv never adds the user site.
        const QString prefix = QDir(home + u"/.."_s).absolutePath();
        for (const QString &dir : installationFolders(prefix, versions, false))
            if (!found.contains(dir))
                found << dir;
    }
    return found;
}

QStringList PythonSitePath::installationFolders(
    const QString &prefix, QStringList versions, bool user)
{
    QStringList candidates;
    for (const QString &v : std::as_const(versions)) {
        const QString python = u"python"_s + v;
        if (user)
            candidates << QDir::homePath() + u"/.local/lib/"_s + python + u"/site-packages"_s;
        candidates << prefix + u"/lib/"_s + python + u"/site-packages"_s
                   << prefix + u"/local/lib/"_s + python + u"/dist-packages"_s
                   << prefix + u"/lib/python3/dist-packages"_s
                   << prefix + u"/lib/"_s + python + u"/dist-packages"_s;
    }
    QStringList found;
    for (const QString &dir : std::as_const(candidates)) {
        const QString canonical = QFileInfo(dir).canonicalFilePath();
        if (!canonical.isEmpty() && QFileInfo(canonical).isDir() && !found.contains(canonical))
            found << canonical;
    }
    return found;
}

QStringList PythonSitePath::versionsUnder(const QString &prefix)
{
    static const QRegularExpression pattern(u"^python(3\\.\\d+)$"_s);
    QStringList versions;
    const QStringList names
        = QDir(prefix + u"/lib"_s)
              .entryList({u"python3.*"_s}, QDir::Dirs, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            versions << match.captured(1);
    }
    return versions;
}

QString PythonSitePath::versionFromName(const QString &executable)
{
    static const QRegularExpression pattern(u"^python(3\\.\\d+)"_s);
    const auto match = pattern.match(executable);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString PythonSitePath::readConfigValue(const QString &pyvenvCfg, const QString &key)
{
    QFile file(pyvenvCfg);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0 && line.left(equals).trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return line.mid(equals + 1).trimmed();
    }
    return {};
}

} // namespace retort
