// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace retort {

/// A non-modal strip above an editor that says something and offers a few buttons (e.g. "This
/// file changed on disk. [Reload] [Keep My Changes]"). Hidden until show() is called.
class InfoBar : public QFrame {
    Q_OBJECT

public:
    explicit InfoBar(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QString message() const;
    /// Adds a button after the message; clicking it does not hide the bar by itself.
    QPushButton *addButton(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QLabel *m_label;
    QHBoxLayout *m_layout;
};

} // namespace retort
