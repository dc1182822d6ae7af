// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLineEdit;

namespace retort {

class RevisionGraphView;

/// The graph view under a filter field.
class RevisionGraphPane : public QWidget {
    Q_OBJECT

public:
    explicit RevisionGraphPane(QWidget *parent = nullptr);

    RevisionGraphView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }

private:
    QLineEdit *m_filter;
    RevisionGraphView *m_view;
};

} // namespace retort
