// SPDX-License-Identifier: MIT
#include "problems/ProblemsPane.h"

#include "problems/ProblemsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace retort {

ProblemsPane::ProblemsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setToolTip(tr("Double-click a problem to open its file at its line"));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(ProblemsModel::SeverityColumn, 90);
    header->resizeSection(ProblemsModel::CodeColumn, 80);
    header->resizeSection(ProblemsModel::LocationColumn, 260);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString file = index.data(ProblemsModel::FileRole).toString();
        if (!file.isEmpty())
            emit openFileRequested(file, index.data(ProblemsModel::LineRole).toInt());
    });
    m_summary->setContentsMargins(6, 2, 6, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    m_summary->setText(tr("No project open."));
}

void ProblemsPane::setSnapshot(const GraphSnapshot &snapshot)
{
    m_model->setSnapshot(snapshot);
    const int errors = m_model->errorCount();
    const int findings = m_model->findingCount();
    if (!snapshot.complete) // the graph is shown; the scripts are still being read and linted
        m_summary->setText(errors == 0 ? tr("Linting the scripts…")
                                       : tr("%n error(s)", nullptr, errors) + QStringLiteral(" · ")
                    + tr("linting the scripts…"));
    else if (errors == 0 && findings == 0)
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(" · ")
            + tr("%n lint finding(s)", nullptr, findings));
}

QString ProblemsPane::summary() const
{
    return m_summary->text();
}

} // namespace retort
