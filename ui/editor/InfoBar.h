// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

#include <functional>
#include <utility>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace retort {

/// A non-modal strip that says something and offers a few buttons: above an editor ("This file
/// changed on disk. [Reload] [Keep My Changes]"), or above the graph (the trust question, the
/// database's state). Its colours follow the palette, light or dark. Hidden until shown.
class InfoBar : public QFrame {
    Q_OBJECT

public:
    /// Background and text colour for a bar over a widget with palette `base`.
    using Colors = std::function<std::pair<QColor, QColor>(const QPalette &base)>;

    explicit InfoBar(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QString message() const;
    /// Adds a button after the message; clicking it does not hide the bar by itself.
    QPushButton *addButton(const QString &text);
    /// Where the colours come from (by default the editor theme's information colours); they
    /// are asked again when the palette changes or refreshColors() is called.
    void setColors(Colors colors);
    void refreshColors();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
    QHBoxLayout *m_layout;
    Colors m_colors;
};

} // namespace retort
