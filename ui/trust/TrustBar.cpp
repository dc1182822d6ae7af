// SPDX-License-Identifier: MIT
#include "trust/TrustBar.h"

#include "theme/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace retort {

TrustBar::TrustBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_trust(new QPushButton(this))
    , m_restricted(new QPushButton(tr("Stay Restricted"), this))
{
    setObjectName(QStringLiteral("trustBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_restricted->setToolTip(tr("Keep reading the project natively; nothing in it runs"));
    connect(m_trust, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::Ask)
            emit trustChosen();
        else
            emit trustDialogRequested();
    });
    connect(m_restricted, &QPushButton::clicked, this, &TrustBar::restrictedChosen);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_trust, 0, Qt::AlignVCenter);
    layout->addWidget(m_restricted, 0, Qt::AlignVCenter);
    setVisible(false);
}

void TrustBar::setMode(Mode mode)
{
    m_mode = mode;
    switch (mode) {
    case Mode::Hidden:
        break;
    case Mode::Ask:
        m_label->setText(tr("<b>Do you trust the authors of this folder?</b> Upgrading, "
                            "downgrading, stamping and creating revisions run its env.py and "
                            "migration scripts with its Python. Reading the project never does."));
        m_trust->setText(tr("Trust Folder"));
        m_trust->setToolTip(tr("Allow Retort to run this project's Python code"));
        break;
    case Mode::Restricted:
        m_label->setText(tr("<b>Restricted mode:</b> this folder is not trusted, so actions that "
                            "run its Python code (upgrade, downgrade, stamp, new revision, merge, "
                            "SQL and schema previews) are off. Everything read natively works."));
        m_trust->setText(tr("Trust This Folder…"));
        m_trust->setToolTip(tr("Allow Retort to run this project's Python code"));
        break;
    }
    m_restricted->setVisible(mode == Mode::Ask);
    updateColors();
    setVisible(mode != Mode::Hidden);
}

QString TrustBar::text() const
{
    return m_label->text();
}

void TrustBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateColors();
}

void TrustBar::updateColors()
{
    // Info, not warning: nothing is wrong, and the database banner below may be a warning.
    const Theme::Severity severity = Theme::Severity::Info;
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QPalette colors = palette();
    colors.setColor(QPalette::Window, Theme::bannerColor(severity, base));
    colors.setColor(QPalette::WindowText, Theme::bannerTextColor(severity, base));
    if (colors != palette())
        setPalette(colors);
}

} // namespace retort
