// SPDX-License-Identifier: MIT
#include "editor/InfoBar.h"

#include "editor/EditorTheme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace retort {

InfoBar::InfoBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_layout(new QHBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_layout->setContentsMargins(8, 4, 8, 4);
    m_layout->addWidget(m_label, 1);
    updateColors();
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

void InfoBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateColors();
}

void InfoBar::updateColors()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QPalette colors = palette();
    colors.setColor(QPalette::Window, EditorTheme::infoBarColor(base));
    colors.setColor(QPalette::WindowText, EditorTheme::infoBarTextColor(base));
    // Setting our own palette fires PaletteChange again; only set it when it differs.
    if (colors != palette())
        setPalette(colors);
}

} // namespace retort
