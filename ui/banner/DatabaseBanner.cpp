// SPDX-License-Identifier: MIT
#include "banner/DatabaseBanner.h"

#include <QPushButton>

namespace retort {

DatabaseBanner::DatabaseBanner(QWidget *parent)
    : InfoBar(parent), m_chooseDatabase(addButton(tr("Choose Database…")))
{
    connect(
        m_chooseDatabase, &QPushButton::clicked, this, &DatabaseBanner::chooseDatabaseRequested);
    setColors([this](const QPalette &base) {
        const Theme::Severity severity = m_notices.isEmpty()
            ? Theme::Severity::Info
            : m_notices.constFirst().severity; // sorted worst first
        return std::pair(
            Theme::bannerColor(severity, base), Theme::bannerTextColor(severity, base));
    });
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
    setMessage(lines.join(u'\n'));
    m_chooseDatabase->setVisible(offerDatabase);
    refreshColors();
    setVisible(!m_notices.isEmpty());
}

} // namespace retort
