// SPDX-License-Identifier: MIT
#pragma once

#include "model/GraphSnapshot.h"
#include "theme/Theme.h"

#include <QList>
#include <QString>

namespace retort {

/// One thing worth telling about the database against the scripts, as the banner shows it.
struct DatabaseNotice {
    enum class Kind {
        NoDatabase, ///< the project names no database file
        Unreadable, ///< the database could not be read
        UnknownRevision, ///< the version table names a revision no script defines
        Empty, ///< nothing applied yet
        Behind, ///< the scripts are ahead: revisions are pending
        UpToDate, ///< every head is applied
        SeveralHeads, ///< the scripts have more than one head
    };
    Kind kind = Kind::UpToDate;
    Theme::Severity severity = Theme::Severity::Info;
    QString text;

    /// What to tell about `snapshot`, most important first.
    static QList<DatabaseNotice> assess(const GraphSnapshot &snapshot);
};

} // namespace retort
