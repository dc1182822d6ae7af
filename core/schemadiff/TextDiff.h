// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

/// One row of a side-by-side diff. A row pairs a line of the left text with a line of the right
/// text; a line only one side has leaves the other side empty (its number is 0).
struct DiffRow {
    enum class Kind {
        Same, ///< both sides have this line
        Removed, ///< only the left side has it
        Added, ///< only the right side has it
        Changed, ///< a left line replaced by a right line
    };

    Kind kind = Kind::Same;
    QString left;
    QString right;
    int leftLine = 0; ///< 1-based line number on the left, 0 when the row has no left line
    int rightLine = 0; ///< 1-based line number on the right, 0 when the row has no right line

    bool operator==(const DiffRow &) const = default;
};

/// The shortest edit script between two texts, line by line (dtl's O(NP) algorithm), laid out
/// side by side: runs of removed lines followed by runs of added lines are paired as changed
/// rows, the surplus of either run stays removed or added.
QList<DiffRow> sideBySideDiff(const QStringList &left, const QStringList &right);

/// How many rows are not Same.
qsizetype changedRowCount(const QList<DiffRow> &rows);

} // namespace retort
