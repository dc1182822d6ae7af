// SPDX-License-Identifier: MIT
#include "editor/FindBar.h"

#include "editor/EditorTheme.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <Qsci/qsciscintilla.h>

namespace retort {

FindBar::FindBar(QsciScintilla *target, bool allowReplace, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_wholeWords(new QCheckBox(tr("Whole words"), this))
    , m_regex(new QCheckBox(tr("Regular expression"), this))
    , m_status(new QLabel(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    previous->setToolTip(tr("Find the previous match (Shift+Enter)"));
    next->setToolTip(tr("Find the next match (Enter)"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Escape)"));

    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    auto *replaceEvery = new QPushButton(tr("Replace All"), m_replaceRow);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceEvery);
    replaceLayout->addStretch();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setVerticalSpacing(4);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_wholeWords);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_status);
    findRow->addStretch();
    findRow->addWidget(close);
    layout->addLayout(findRow, 0, 0);
    layout->addWidget(m_replaceRow, 1, 0);
    m_replaceRow->setVisible(false);
    m_replaceRow->setEnabled(allowReplace);

    connect(m_find, &QLineEdit::textEdited, this, [this] { showResult(search(true, true)); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceEvery, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_target->setFocus();
        emit closed();
    });
    // Escape in the text (which Scintilla would swallow) closes the bar too.
    m_target->installEventFilter(this);
    for (QCheckBox *box : {m_matchCase, m_wholeWords, m_regex})
        connect(box, &QCheckBox::toggled, this, [this] { showResult(search(true, true)); });
    setVisible(false);
}

void FindBar::showFind()
{
    m_replaceRow->setVisible(false);
    seedFromSelection();
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    if (!m_replaceRow->isEnabled()) {
        showFind();
        return;
    }
    seedFromSelection();
    m_replaceRow->setVisible(true);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::seedFromSelection()
{
    const QString selected = m_target->selectedText();
    if (!selected.isEmpty() && !selected.contains(u'\n') && !selected.contains(u'\r'))
        m_find->setText(selected);
}

void FindBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

QString FindBar::findText() const
{
    return m_find->text();
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setOptions(bool matchCase, bool wholeWords, bool regularExpression)
{
    const QSignalBlocker blockCase(m_matchCase);
    const QSignalBlocker blockWords(m_wholeWords);
    const QSignalBlocker blockRegex(m_regex);
    m_matchCase->setChecked(matchCase);
    m_wholeWords->setChecked(wholeWords);
    m_regex->setChecked(regularExpression);
}

bool FindBar::findNext()
{
    const bool found = search(true, false);
    showResult(found);
    return found;
}

bool FindBar::findPrevious()
{
    const bool found = search(false, false);
    showResult(found);
    return found;
}

bool FindBar::search(bool forward, bool fromSelectionStart)
{
    if (m_find->text().isEmpty())
        return false;
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    m_target->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    int line = -1, index = -1;
    if (lineFrom >= 0 && (fromSelectionStart || !forward)) {
        line = lineFrom;
        index = indexFrom;
    }
    return m_target->findFirst(m_find->text(), m_regex->isChecked(), m_matchCase->isChecked(),
        m_wholeWords->isChecked(), true, forward, line, index, true, false, true);
}

bool FindBar::replaceCurrent()
{
    if (m_target->isReadOnly() || !search(true, true)) {
        showResult(false);
        return false;
    }
    m_target->replace(m_replace->text());
    showResult(search(true, false));
    return true;
}

int FindBar::replaceAll()
{
    if (m_target->isReadOnly() || m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_target->beginUndoAction();
    bool found = m_target->findFirst(m_find->text(), m_regex->isChecked(), m_matchCase->isChecked(),
        m_wholeWords->isChecked(), false, true, 0, 0, false, false, true);
    // An empty regular-expression match never advances; the cap stops it.
    const int cap = m_target->length() + 1;
    while (found && count < cap) {
        m_target->replace(m_replace->text());
        ++count;
        found = m_target->findNext();
    }
    m_target->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    m_notFound = count == 0;
    updateFieldColor();
    return count;
}

void FindBar::showResult(bool found)
{
    m_notFound = !found && !m_find->text().isEmpty();
    m_status->setText(m_notFound ? tr("Not found") : QString());
    updateFieldColor();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_target->setFocus();
        emit closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target && event->type() == QEvent::KeyPress && isVisible()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateFieldColor();
}

void FindBar::updateFieldColor()
{
    QPalette colors = palette();
    if (m_notFound)
        colors.setColor(QPalette::Base, EditorTheme::notFoundColor(palette()));
    m_find->setPalette(colors);
}

} // namespace retort
