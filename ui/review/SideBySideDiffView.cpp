// SPDX-License-Identifier: MIT
#include "review/SideBySideDiffView.h"

#include "editor/CodeView.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <Qsci/qsciscintilla.h>

namespace retort {

SideBySideDiffView::SideBySideDiffView(QWidget *parent)
    : QWidget(parent)
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_left(new CodeView(CodeView::Language::Sql, this))
    , m_right(new CodeView(CodeView::Language::Sql, this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_leftTitle, 0, 0);
    layout->addWidget(m_rightTitle, 0, 1);
    layout->addWidget(m_left, 1, 0);
    layout->addWidget(m_right, 1, 1);
    QFont bold = font();
    bold.setBold(true);
    m_leftTitle->setFont(bold);
    m_rightTitle->setFont(bold);

    // Rows are aligned, so the same scroll position shows the same rows on both sides.
    QScrollBar *leftBar = m_left->textArea()->verticalScrollBar();
    QScrollBar *rightBar = m_right->textArea()->verticalScrollBar();
    connect(leftBar, &QScrollBar::valueChanged, rightBar, &QScrollBar::setValue);
    connect(rightBar, &QScrollBar::valueChanged, leftBar, &QScrollBar::setValue);
}

void SideBySideDiffView::setTitles(const QString &left, const QString &right)
{
    m_leftTitle->setText(left);
    m_rightTitle->setText(right);
}

void SideBySideDiffView::setRows(const QList<DiffRow> &rows)
{
    QStringList left;
    QStringList right;
    for (const DiffRow &row : rows) {
        left << row.left;
        right << row.right;
    }
    m_left->setText(left.join(u'\n'));
    m_right->setText(right.join(u'\n'));
    m_left->clearLineMarks();
    m_right->clearLineMarks();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int line = static_cast<int>(i) + 1;
        switch (rows[i].kind) {
        case DiffRow::Kind::Removed:
            m_left->setLineMark(line, LineMark::Removed);
            break;
        case DiffRow::Kind::Added:
            m_right->setLineMark(line, LineMark::Added);
            break;
        case DiffRow::Kind::Changed:
            m_left->setLineMark(line, LineMark::Changed);
            m_right->setLineMark(line, LineMark::Changed);
            break;
        case DiffRow::Kind::Same:
            break;
        }
    }
}

} // namespace retort
