// SPDX-License-Identifier: MIT
#pragma once

#include "banner/DatabaseNotice.h"
#include "editor/InfoBar.h"

class QPushButton;

namespace retort {

/// Above the graph: where the database stands when that needs saying (empty, ahead of the
/// scripts, at a revision no script has, unreadable), coloured by the worst notice.
class DatabaseBanner : public InfoBar {
    Q_OBJECT

public:
    explicit DatabaseBanner(QWidget *parent = nullptr);

    void setNotices(QList<DatabaseNotice> notices);
    const QList<DatabaseNotice> &notices() const { return m_notices; }
    /// The text shown, one notice per line.
    QString text() const { return message(); }

signals:
    void chooseDatabaseRequested();

private:
    QList<DatabaseNotice> m_notices;
    QPushButton *m_chooseDatabase;
};

} // namespace retort
