// SPDX-License-Identifier: MIT
#include "trust/TrustBar.h"

#include "theme/Theme.h"

#include <QPushButton>

namespace retort {

TrustBar::TrustBar(QWidget *parent)
    : InfoBar(parent), m_trust(addButton(QString())), m_restricted(addButton(tr("Stay Restricted")))
{
    setObjectName(QStringLiteral("trustBar"));
    m_restricted->setToolTip(tr("Keep reading the project natively; nothing in it runs"));
    connect(m_trust, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::Ask)
            emit trustChosen();
        else
            emit trustDialogRequested();
    });
    connect(m_restricted, &QPushButton::clicked, this, &TrustBar::restrictedChosen);
    // Info, not warning: nothing is wrong, and the database banner below may be a warning.
    setColors([](const QPalette &base) {
        return std::pair(Theme::bannerColor(Theme::Severity::Info, base),
            Theme::bannerTextColor(Theme::Severity::Info, base));
    });
}

void TrustBar::setMode(Mode mode)
{
    m_mode = mode;
    switch (mode) {
    case Mode::Hidden:
        break;
    case Mode::Ask:
        setMessage(tr("<b>Do you trust the authors of this folder?</b> Upgrading, "
                      "downgrading, stamping and creating revisions run its env.py and "
                      "migration scripts with its Python. Reading the project never does."));
        m_trust->setText(tr("Trust Folder"));
        m_trust->setToolTip(tr("Allow Retort to run this project's Python code"));
        break;
    case Mode::Restricted:
        setMessage(tr("<b>Restricted mode:</b> this folder is not trusted, so actions that "
                      "run its Python code (upgrade, downgrade, stamp, new revision, merge, "
                      "SQL and schema previews) are off. Everything read natively works."));
        m_trust->setText(tr("Trust This Folder…"));
        m_trust->setToolTip(tr("Allow Retort to run this project's Python code"));
        break;
    }
    m_restricted->setVisible(mode == Mode::Ask);
    setVisible(mode != Mode::Hidden);
}

} // namespace retort
