// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeView>

class QAction;

namespace retort {

class RevisionGraphModel;

/// The revision history as a flat list with a graph column: filtering by id, message or branch
/// label, "go to current", "go to head" and "copy id" actions, and the graph column kept as wide
/// as the lanes laid out so far.
class RevisionGraphView : public QTreeView {
    Q_OBJECT

public:
    explicit RevisionGraphView(QWidget *parent = nullptr);

    void setGraphModel(RevisionGraphModel *model);
    RevisionGraphModel *graphModel() const { return m_model; }

    /// Hides the rows whose id, message and labels do not contain `text` (case-insensitive).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    /// Number of rows the filter leaves visible.
    int visibleRowCount() const;

    /// The full id of the selected revision, or empty.
    QString selectedRevision() const;
    /// Selects and scrolls to revision `id`; false when it is not shown.
    bool selectRevision(const QString &id);

    QAction *goToCurrentAction() const { return m_goToCurrent; }
    QAction *goToHeadAction() const { return m_goToHead; }
    QAction *copyIdAction() const { return m_copyId; }

    /// Selects the next current revision of the database (cycling when there are several).
    void goToCurrent();
    /// Selects the next head (cycling when there are several).
    void goToHead();
    /// Puts the selected revision's full id on the clipboard.
    void copyId();

    /// The vertical scroll position, to put back after the model was reloaded.
    int scrollPosition() const;
    /// Lays the rows out now and scrolls to `position` (clamped to the new range).
    void setScrollPosition(int position);

signals:
    /// The selection moved to revision `id` (empty when nothing is selected).
    void revisionSelected(const QString &id);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void onModelReset();
    void updateGraphColumn();
    void updateActions();
    void selectNextOf(const QStringList &ids);

    RevisionGraphModel *m_model = nullptr;
    QString m_filter;
    bool m_rowsHidden = false;
    QAction *m_goToCurrent = nullptr;
    QAction *m_goToHead = nullptr;
    QAction *m_copyId = nullptr;
};

} // namespace retort
