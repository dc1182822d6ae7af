// SPDX-License-Identifier: MIT
#pragma once

#include "engine/InstalledVersions.h"
#include "util/Result.h"

#include <QString>

namespace retort {

/// Finds the Alembic and SQLAlchemy versions an interpreter would import by reading files only:
/// the site folders PythonSitePath lists, each package's dist-info METADATA or egg-info PKG-INFO,
/// and its `__init__.py`. Nothing is run, so this is safe for an untrusted project's venv, and
/// the version still picks the Alembic rules that apply (AlembicRules::forVersion). Editable
/// installs that live outside the site folders (`.pth` files) are not followed.
class AlembicVersionProbe {
public:
    /// `interpreterOrVenv` is a python executable or a virtual environment folder. Fails when
    /// no Alembic is installed for it; a missing SQLAlchemy leaves `sqlalchemy` not found.
    static Result<InstalledVersions> probe(const QString &interpreterOrVenv);

    /// `distribution` ("alembic", "SQLAlchemy") as installed in one site folder, where the
    /// import package is `importName`; not found() when that folder does not hold it.
    static InstalledPackage findIn(
        const QString &siteFolder, const QString &distribution, const QString &importName);

private:
    static InstalledPackage findOnPath(
        const QStringList &folders, const QString &distribution, const QString &importName);
    static QString metadataFile(const QString &siteFolder, const QString &distribution);
    static QString metadataVersion(const QString &metadataPath);
    static QString initVersion(const QString &packageFolder);
    static QString normalizedName(const QString &name);
};

} // namespace retort
