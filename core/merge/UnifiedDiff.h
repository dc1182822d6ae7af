// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace retort {

/// A unified diff (as `diff -u` prints it) of two versions of one file, for previewing a change
/// before it is written. The changed lines form one hunk with `context` lines around it.
class UnifiedDiff {
public:
    static QString make(
        const QByteArray &before, const QByteArray &after, const QString &label, int context = 3);
};

} // namespace retort
