// SPDX-License-Identifier: MIT
#pragma once

#include "banner/DatabaseNotice.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace retort {

/// A strip above the graph that says how the database stands against the scripts (empty, behind,
/// at an unknown revision, several heads, unreadable), coloured by the worst notice.
class DatabaseBanner : public QFrame {
    Q_OBJECT

public:
    explicit DatabaseBanner(QWidget *parent = nullptr);

    void setNotices(QList<DatabaseNotice> notices);
    const QList<DatabaseNotice> &notices() const { return m_notices; }
    /// The text shown, one notice per line.
    QString text() const;

signals:
    void chooseDatabaseRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QList<DatabaseNotice> m_notices;
    QLabel *m_label;
    QPushButton *m_chooseDatabase;
};

} // namespace retort
