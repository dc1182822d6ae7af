// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

namespace retort {

/// Help > About Retort: what Retort is and the versions of what it is built on.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    /// `alembicVersion` is the open project's Alembic, empty when none is open or found.
    explicit AboutDialog(const QString &alembicVersion, QWidget *parent = nullptr);

    /// Component name and version, in the order shown: Retort, Qt, QScintilla (when built
    /// with it), SQLite, Alembic.
    static QList<QPair<QString, QString>> versions(const QString &alembicVersion);
    /// The SQLite library Qt Sql's driver uses, e.g. "3.40.1"; empty when it cannot be asked.
    static QString sqliteVersion();
};

} // namespace retort
