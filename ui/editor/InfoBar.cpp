// SPDX-License-Identifier: MIT
#include "editor/InfoBar.h"

#include "editor/EditorTheme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace retort {

InfoBar::InfoBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
    , m_colors([](const QPalette &base) {
        return std::pair(EditorTheme::infoBarColor(base), EditorTheme::infoBarTextColor(base));
    })
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse); // messages can be copied
    m_layout->setContentsMargins(8, 5, 8, 5);
    m_layout->addWidget(m_label, 1);
    refreshColors();
    setVisible(false);
}

void InfoBar::setMessage(const QString &message)
{
    m_label->setText(message);
}

QString InfoBar::message() const
{
    return m_label->text();
}

QPushButton *InfoBar::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_layout->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void InfoBar::setColors(Colors colors)
{
    m_colors = std::move(colors);
    refreshColors();
}

void InfoBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        refreshColors();
}

void InfoBar::refreshColors()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const auto [window, text] = m_colors(base);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, window);
    colors.setColor(QPalette::WindowText, text);
    // Setting our own palette fires PaletteChange again; only set it when it differs.
    if (colors != palette())
        setPalette(colors);
}

} // namespace retort
