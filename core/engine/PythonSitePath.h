// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace retort {

/// The site-packages folders an interpreter imports third-party packages from, worked out from
/// the file system alone (the interpreter is never run): a virtual environment's
/// `lib/python3.X/site-packages`, plus its base installation's folders when pyvenv.cfg says
/// `include-system-site-packages = true`; for a plain interpreter, the user site folder, its
/// prefix's `site-packages` and Debian's `dist-packages` folders.
class PythonSitePath {
public:
    /// `interpreterOrVenv` is a python executable or a virtual environment folder. Only folders
    /// that exist are returned, in the order Python searches them.
    static QStringList folders(const QString &interpreterOrVenv);

    /// The virtual environment holding `interpreterOrVenv` (the folder with pyvenv.cfg), or empty.
    static QString venvRoot(const QString &interpreterOrVenv);

private:
    static QStringList venvFolders(const QString &root);
    static QStringList installationFolders(const QString &prefix, QStringList versions, bool user);
    static QStringList versionsUnder(const QString &prefix);
    static QString versionFromName(const QString &executable);
    static QString readConfigValue(const QString &pyvenvCfg, const QString &key);
};

} // namespace retort
