// SPDX-License-Identifier: MIT
#include "engine/AlembicVersionProbe.h"

#include "engine/PythonSitePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace retort {

using namespace Qt::StringLiterals;

Result<InstalledVersions> AlembicVersionProbe::probe(const QString &interpreterOrVenv)
{
    InstalledVersions versions;
    versions.searchPath = PythonSitePath::folders(interpreterOrVenv);
    versions.alembic = findOnPath(versions.searchPath, u"alembic"_s, u"alembic"_s);
    versions.sqlalchemy = findOnPath(versions.searchPath, u"SQLAlchemy"_s, u"sqlalchemy"_s);
    if (!versions.alembic.found()) {
        const QString searched = versions.searchPath.isEmpty()
            ? QCoreApplication::translate("AlembicVersionProbe", "no site-packages folder")
            : versions.searchPath.join(u", "_s);
        return makeError(Error::Kind::Config,
            QCoreApplication::translate(
                "AlembicVersionProbe", "No Alembic installation was found for %1 (searched: %2).")
                .arg(interpreterOrVenv, searched));
    }
    return versions;
}

InstalledPackage AlembicVersionProbe::findOnPath(
    const QStringList &folders, const QString &distribution, const QString &importName)
{
    for (const QString &folder : folders) {
        InstalledPackage package = findIn(folder, distribution, importName);
        if (package.found())
            return package; // the first folder on the path wins, as for `import`
    }
    return {};
}

InstalledPackage AlembicVersionProbe::findIn(
    const QString &siteFolder, const QString &distribution, const QString &importName)
{
    InstalledPackage package;
    package.metadataPath = metadataFile(siteFolder, distribution);
    if (!package.metadataPath.isEmpty())
        package.metadataVersion = metadataVersion(package.metadataPath);
    const QString packageFolder = QDir(siteFolder).filePath(importName);
    package.version = initVersion(packageFolder);
    if (package.version.isEmpty())
        package.version = package.metadataVersion;
    if (package.found())
        package.sitePackages = siteFolder;
    return package;
}

QString AlembicVersionProbe::metadataFile(const QString &siteFolder, const QString &distribution)
{
    const QString wanted = normalizedName(distribution);
    const QFileInfoList entries = QDir(siteFolder)
                                      .entryInfoList({u"*.dist-info"_s, u"*.egg-info"_s},
                                          QDir::Dirs | QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        // "<name>-<version>.dist-info": the name never contains '-' once normalized by pip.
        const QString name = entry.fileName().section(u'-', 0, 0);
        if (normalizedName(name) != wanted)
            continue;
        if (entry.isFile()) // an egg-info can be a single PKG-INFO file
            return entry.absoluteFilePath();
        const bool dist = entry.fileName().endsWith(".dist-info"_L1);
        const QString file
            = QDir(entry.absoluteFilePath()).filePath(dist ? u"METADATA"_s : u"PKG-INFO"_s);
        if (QFileInfo::exists(file))
            return file;
    }
    return {};
}

QString AlembicVersionProbe::metadataVersion(const QString &metadataPath)
{
    QFile file(metadataPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty())
            break; // the headers end at the first blank line; the description follows
        if (line.startsWith("Version:"_L1, Qt::CaseInsensitive))
            return line.mid(8).trimmed();
    }
    return {};
}

QString AlembicVersionProbe::initVersion(const QString &packageFolder)
{
    QFile file(QDir(packageFolder).filePath(u"__init__.py"_s));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    static const QRegularExpression pattern(
        u"^__version__\\s*=\\s*['\"]([^'\"]+)['\"]"_s, QRegularExpression::MultilineOption);
    const auto match = pattern.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1) : QString();
}

QString AlembicVersionProbe::normalizedName(const QString &name)
{
    // PEP 503: case-insensitive, runs of '-', '_' and '.' are equivalent.
    static const QRegularExpression separators(u"[-_.]+"_s);
    return name.toLower().replace(separators, u"_"_s);
}

} // namespace retort
