// SPDX-License-Identifier: MIT
#include "window/EmptyStatePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace retort {

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("Open Project…"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A word-wrapped label centred by a layout shrinks to its narrowest; give it a width.
    m_text->setFixedWidth(480);
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &EmptyStatePage::openProjectRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(12);
    layout->addWidget(m_open, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setError({});
}

void EmptyStatePage::setError(const QString &message)
{
    if (message.isEmpty()) {
        m_title->setText(tr("No project open"));
        m_text->setText(tr("Open the folder of an Alembic project (the one holding alembic.ini, "
                           "or a pyproject.toml with [tool.alembic]) to browse its revisions and "
                           "see which are applied. You can also drop the folder here."));
        return;
    }
    m_title->setText(tr("The project could not be opened"));
    m_text->setText(message);
}

QString EmptyStatePage::errorText() const
{
    return m_text->text();
}

} // namespace retort
