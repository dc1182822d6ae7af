// SPDX-License-Identifier: MIT
#include "schemadiff/TextDiff.h"

#include <algorithm>
#include <dtl/dtl.hpp>
#include <vector>

namespace retort {

namespace {

/// Adds the pending removed and added lines as rows, pairing them as changes first.
void flush(QList<DiffRow> &rows, QList<DiffRow> &removed, QList<DiffRow> &added)
{
    const qsizetype paired = std::min(removed.size(), added.size());
    for (qsizetype i = 0; i < paired; ++i) {
        rows.append({DiffRow::Kind::Changed, removed[i].left, added[i].right, removed[i].leftLine,
            added[i].rightLine});
    }
    for (qsizetype i = paired; i < removed.size(); ++i)
        rows.append(removed[i]);
    for (qsizetype i = paired; i < added.size(); ++i)
        rows.append(added[i]);
    removed.clear();
    added.clear();
}

} // namespace

QList<DiffRow> sideBySideDiff(const QStringList &left, const QStringList &right)
{
    const std::vector<QString> a(left.begin(), left.end());
    const std::vector<QString> b(right.begin(), right.end());
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.compose();

    QList<DiffRow> rows;
    QList<DiffRow> removed;
    QList<DiffRow> added;
    for (const auto &[line, info] : diff.getSes().getSequence()) {
        const int leftLine = static_cast<int>(info.beforeIdx);
        const int rightLine = static_cast<int>(info.afterIdx);
        switch (info.type) {
        case dtl::SES_DELETE:
            removed.append({DiffRow::Kind::Removed, line, {}, leftLine, 0});
            break;
        case dtl::SES_ADD:
            added.append({DiffRow::Kind::Added, {}, line, 0, rightLine});
            break;
        default:
            flush(rows, removed, added);
            rows.append({DiffRow::Kind::Same, line, line, leftLine, rightLine});
            break;
        }
    }
    flush(rows, removed, added);
    return rows;
}

qsizetype changedRowCount(const QList<DiffRow> &rows)
{
    return std::count_if(rows.cbegin(), rows.cend(),
        [](const DiffRow &row) { return row.kind != DiffRow::Kind::Same; });
}

} // namespace retort
