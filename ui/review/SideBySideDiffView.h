// SPDX-License-Identifier: MIT
#pragma once

#include "schemadiff/TextDiff.h"

#include <QWidget>

class QLabel;

namespace retort {

class CodeView;

/// Two read-only SQL views side by side, left and right aligned row by row (a line only one
/// side has leaves a blank line on the other), with added, removed and changed lines marked
/// and the two views scrolling together.
class SideBySideDiffView : public QWidget {
    Q_OBJECT

public:
    explicit SideBySideDiffView(QWidget *parent = nullptr);

    void setTitles(const QString &left, const QString &right);
    void setRows(const QList<DiffRow> &rows);

    CodeView *left() const { return m_left; }
    CodeView *right() const { return m_right; }

private:
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    CodeView *m_left;
    CodeView *m_right;
};

} // namespace retort
