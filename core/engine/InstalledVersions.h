// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace retort {

/// One installed Python distribution, as found on disk.
struct InstalledPackage {
    /// The version the package reports (`__version__` in its `__init__.py`), else the metadata's
    /// `Version:`; Debian's metadata says "1.8.1.dev0" where alembic.__version__ is "1.8.1".
    QString version;
    QString metadataVersion; ///< `Version:` from METADATA / PKG-INFO, empty without metadata
    QString metadataPath; ///< the METADATA or PKG-INFO file read, if any
    QString sitePackages; ///< the folder it was found in

    bool found() const { return !version.isEmpty(); }
};

/// The Alembic and SQLAlchemy an interpreter would import, read without running it.
struct InstalledVersions {
    InstalledPackage alembic;
    InstalledPackage sqlalchemy;
    QStringList searchPath; ///< the existing site folders, in import order
};

} // namespace retort
