// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace retort {

class ProblemsModel;
struct GraphSnapshot;

/// The Problems dock: load errors and lint findings with severity, rule, message and file:line.
/// Activating a row (double-click, Enter) asks for its file to be opened at its line.
class ProblemsPane : public QWidget {
    Q_OBJECT

public:
    explicit ProblemsPane(QWidget *parent = nullptr);

    void setSnapshot(const GraphSnapshot &snapshot);
    ProblemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The one-line summary above the list.
    QString summary() const;

signals:
    void openFileRequested(const QString &path, int line);

private:
    ProblemsModel *m_model;
    QLabel *m_summary;
    QTreeView *m_view;
};

} // namespace retort
