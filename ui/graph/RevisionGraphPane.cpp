// SPDX-License-Identifier: MIT
#include "graph/RevisionGraphPane.h"

#include "graph/RevisionGraphView.h"

#include <QAction>
#include <QLineEdit>
#include <QVBoxLayout>

namespace retort {

RevisionGraphPane::RevisionGraphPane(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_view(new RevisionGraphView(this))
{
    m_filter->setPlaceholderText(tr("Filter by revision id, message, branch label or table (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    auto *focusFilter = new QAction(tr("Filter Revisions"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(focusFilter);
    connect(m_filter, &QLineEdit::textChanged, m_view, &RevisionGraphView::setFilterText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

} // namespace retort
