// SPDX-License-Identifier: MIT
#include "loader/ProjectSections.h"

#include "config/IniFile.h"

#include <QDir>
#include <QFileInfo>

namespace retort {

QStringList ProjectSections::find(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    const QString ini = info.isDir()
        ? QDir(info.absoluteFilePath()).filePath(QStringLiteral("alembic.ini"))
        : info.absoluteFilePath();
    if (!QFileInfo(ini).isFile())
        return {};
    const Result<IniFile> file
        = IniFile::load(ini, {{QStringLiteral("here"), QFileInfo(ini).absolutePath()}});
    if (!file)
        return {};
    QStringList sections;
    for (const QString &section : file->sections())
        if (file->hasOption(section, QStringLiteral("script_location")))
            sections.append(section);
    return sections;
}

} // namespace retort
