// SPDX-License-Identifier: MIT
#include "graph/RevisionGraphView.h"

#include "graph/RevisionGraphDelegate.h"
#include "model/RevisionGraphModel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>

namespace retort {

namespace {

// Rows laid out beyond the last visible one, so a short scroll does not widen the column.
constexpr int layoutLookAhead = 64;

} // namespace

RevisionGraphView::RevisionGraphView(QWidget *parent) : QTreeView(parent)
{
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setItemDelegate(new RevisionGraphDelegate(this));
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    createActions();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
        &RevisionGraphView::updateGraphColumn);
}

void RevisionGraphView::createActions()
{
    m_goToCurrent = new QAction(tr("Go to &Current Revision"), this);
    m_goToCurrent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_goToCurrent->setToolTip(tr("Select the revision the database is at (Ctrl+J)"));
    m_goToCurrent->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    connect(m_goToCurrent, &QAction::triggered, this, &RevisionGraphView::goToCurrent);

    m_goToHead = new QAction(tr("Go to &Head"), this);
    // Not Ctrl+H: the editor's Replace has it, and both are active when the editor has focus.
    m_goToHead->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_goToHead->setToolTip(
        tr("Select the newest revision, cycling through several heads (Ctrl+Shift+H)"));
    m_goToHead->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    connect(m_goToHead, &QAction::triggered, this, &RevisionGraphView::goToHead);

    m_copyId = new QAction(tr("Cop&y Revision ID"), this);
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyId, &QAction::triggered, this, &RevisionGraphView::copyId);
    addAction(m_copyId);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addAction(m_goToCurrent);
    addAction(m_goToHead);
    updateActions();
}

void RevisionGraphView::setGraphModel(RevisionGraphModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &RevisionGraphView::onModelReset);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const RevisionEntry *entry = m_model->entry(current.row());
            m_copyId->setEnabled(entry != nullptr);
            emit revisionSelected(entry ? entry->id : QString());
        });
    QHeaderView *columns = header();
    columns->setSectionResizeMode(RevisionGraphModel::GraphColumn, QHeaderView::Fixed);
    columns->setSectionResizeMode(RevisionGraphModel::MessageColumn, QHeaderView::Stretch);
    // Sized for their usual content in bold (current rows) so nothing is clipped.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    columns->resizeSection(RevisionGraphModel::RevisionColumn,
        boldMetrics.horizontalAdvance(QStringLiteral("0123456789abc")) + 16);
    columns->resizeSection(RevisionGraphModel::BadgesColumn, 190);
    columns->resizeSection(RevisionGraphModel::DateColumn,
        boldMetrics.horizontalAdvance(QStringLiteral("2024-05-20 11:30")) + 20);
    // The message gets the room; the file name is elided, its tooltip has the full path.
    columns->resizeSection(RevisionGraphModel::FileColumn, 170);
    columns->setMinimumSectionSize(24);
    onModelReset();
}

void RevisionGraphView::onModelReset()
{
    setFilterText(m_filter);
    updateGraphColumn();
    updateActions();
}

void RevisionGraphView::updateActions()
{
    const bool hasModel = m_model != nullptr;
    m_goToCurrent->setEnabled(hasModel && !m_model->snapshot().currentRevisions.isEmpty());
    m_goToHead->setEnabled(hasModel && !m_model->snapshot().heads.isEmpty());
    m_copyId->setEnabled(!selectedRevision().isEmpty());
}

void RevisionGraphView::updateGraphColumn()
{
    if (!m_model)
        return;
    const QModelIndex bottom = indexAt(QPoint(0, viewport()->height() - 1));
    const int last = bottom.isValid() ? bottom.row() : m_model->rowCount() - 1;
    const int lanes = std::max(1, m_model->ensureLaidOut(last + layoutLookAhead));
    const int title
        = header()->fontMetrics().horizontalAdvance(
              m_model->headerData(RevisionGraphModel::GraphColumn, Qt::Horizontal).toString())
        + 16;
    const int width = std::max(lanes * RevisionGraphDelegate::laneWidth + 8, title);
    if (header()->sectionSize(RevisionGraphModel::GraphColumn) != width)
        header()->resizeSection(RevisionGraphModel::GraphColumn, width);
}

void RevisionGraphView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    updateGraphColumn();
}

void RevisionGraphView::setFilterText(const QString &text)
{
    m_filter = text.trimmed();
    // Without a filter and nothing hidden there is nothing to walk (keeps large histories fast).
    if (!m_model || (m_filter.isEmpty() && !m_rowsHidden))
        return;
    m_rowsHidden = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString haystack
            = m_model->index(row, 0).data(RevisionGraphModel::SearchTextRole).toString();
        const bool hide = !m_filter.isEmpty() && !haystack.contains(m_filter, Qt::CaseInsensitive);
        m_rowsHidden = m_rowsHidden || hide;
        setRowHidden(row, QModelIndex(), hide);
    }
}

int RevisionGraphView::visibleRowCount() const
{
    int count = 0;
    for (int row = 0; m_model && row < m_model->rowCount(); ++row)
        count += isRowHidden(row, QModelIndex()) ? 0 : 1;
    return count;
}

QString RevisionGraphView::selectedRevision() const
{
    if (!m_model || !selectionModel())
        return {};
    const QModelIndexList rows = selectionModel()->selectedRows();
    const RevisionEntry *entry = rows.isEmpty() ? nullptr : m_model->entry(rows.first().row());
    return entry ? entry->id : QString();
}

bool RevisionGraphView::selectRevision(const QString &id)
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0)
        return false;
    if (isRowHidden(row, QModelIndex()))
        setRowHidden(row, QModelIndex(), false);
    const QModelIndex index = m_model->index(row, RevisionGraphModel::RevisionColumn);
    selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void RevisionGraphView::selectNextOf(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    const qsizetype at = ids.indexOf(selectedRevision());
    selectRevision(ids.at((at + 1) % ids.size()));
}

void RevisionGraphView::goToCurrent()
{
    if (m_model)
        selectNextOf(m_model->snapshot().currentRevisions);
}

void RevisionGraphView::goToHead()
{
    if (m_model)
        selectNextOf(m_model->snapshot().heads);
}

int RevisionGraphView::scrollPosition() const
{
    return verticalScrollBar()->value();
}

void RevisionGraphView::setScrollPosition(int position)
{
    // After a model reset the layout is delayed; without it the range is still empty.
    doItemsLayout();
    updateGeometries();
    verticalScrollBar()->setValue(position);
}

void RevisionGraphView::copyId()
{
    const QString id = selectedRevision();
    if (!id.isEmpty())
        QGuiApplication::clipboard()->setText(id);
}

} // namespace retort
