// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace retort {

/// A small label painted next to a revision in the graph.
struct RevisionBadge {
    enum class Kind {
        Current, ///< named in the database's version table
        Head,
        Base,
        Merge, ///< several down revisions
        BranchPoint, ///< several children
        Label, ///< a branch label
        Broken, ///< unreadable script or missing down revision
        Finding, ///< the linter found something in the script (text: how many)
    };
    Kind kind = Kind::Label;
    QString text;

    bool operator==(const RevisionBadge &) const = default;
};

} // namespace retort

Q_DECLARE_METATYPE(retort::RevisionBadge)
Q_DECLARE_METATYPE(QList<retort::RevisionBadge>)
