// SPDX-License-Identifier: MIT
#pragma once

#include <QStatusBar>

class QLabel;

namespace retort {

struct GraphSnapshot;

/// The window's status bar: what is happening on the left; the project (and ini section), the
/// database, the project's interpreter and Alembic version, and the trust state on the right.
class WorkbenchStatusBar : public QStatusBar {
    Q_OBJECT

public:
    explicit WorkbenchStatusBar(QWidget *parent = nullptr);

    /// Shows `text` on the left until the next call (loading, errors, revision counts).
    void setActivity(const QString &text);
    void setSnapshot(const GraphSnapshot &snapshot);
    void setTrusted(bool trusted, bool projectOpen);
    /// Forgets the project (nothing open).
    void clearProject();

    QString activityText() const;
    QString projectText() const;
    QString databaseText() const;
    QString interpreterText() const;
    QString trustText() const;

private:
    QLabel *addPermanentLabel(const QString &objectName);

    QLabel *m_activity;
    QLabel *m_project;
    QLabel *m_database;
    QLabel *m_interpreter;
    QLabel *m_trust;
};

} // namespace retort
