// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace retort {

/// What the window shows without a project: a short explanation and an Open Project button, or
/// why the last project could not be opened.
class EmptyStatePage : public QWidget {
    Q_OBJECT

public:
    explicit EmptyStatePage(QWidget *parent = nullptr);

    /// Shows `message` as the reason the last open failed; empty restores the welcome text.
    void setError(const QString &message);
    QString errorText() const;

signals:
    void openProjectRequested();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_open;
};

} // namespace retort
