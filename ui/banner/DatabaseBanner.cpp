// SPDX-License-Identifier: MIT
#include "banner/DatabaseBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace retort {

DatabaseBanner::DatabaseBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_chooseDatabase(new QPushButton(tr("Choose Database…"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(
        m_chooseDatabase, &QPushButton::clicked, this, &DatabaseBanner::chooseDatabaseRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_chooseDatabase, 0, Qt::AlignVCenter);
    setVisible(false);
}

void DatabaseBanner::setNotices(QList<DatabaseNotice> notices)
{
    m_notices = std::move(notices);
    QStringList lines;
    bool offerDatabase = false;
    for (const DatabaseNotice &notice : std::as_const(m_notices)) {
        lines.append(notice.text);
        offerDatabase = offerDatabase || notice.kind == DatabaseNotice::Kind::NoDatabase
            || notice.kind == DatabaseNotice::Kind::Unreadable;
    }
    m_label->setText(lines.join(u'\n'));
    m_chooseDatabase->setVisible(offerDatabase);
    updateColors();
    setVisible(!m_notices.isEmpty());
}

QString DatabaseBanner::text() const
{
    return m_label->text();
}

void DatabaseBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateColors();
}

void DatabaseBanner::updateColors()
{
    if (m_notices.isEmpty())
        return;
    const Theme::Severity severity = m_notices.constFirst().severity; // sorted worst first
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QPalette colors = palette();
    colors.setColor(QPalette::Window, Theme::bannerColor(severity, base));
    colors.setColor(QPalette::WindowText, Theme::bannerTextColor(severity, base));
    // Setting our own palette would fire PaletteChange again; only set it when it differs.
    if (colors != palette())
        setPalette(colors);
}

} // namespace retort
