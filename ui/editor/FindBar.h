// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QsciScintilla;

namespace retort {

/// The find (and, for editable text, replace) strip under an editor or code view: match case,
/// whole words, regular expressions, wrap-around search, Enter / Shift+Enter for next / previous,
/// Escape to close. The field turns red when nothing matches.
class FindBar : public QWidget {
    Q_OBJECT

public:
    FindBar(QsciScintilla *target, bool allowReplace, QWidget *parent = nullptr);

    /// Shows the bar with the replace row hidden / shown, seeded with the target's selection,
    /// and focuses the find field.
    void showFind();
    void showReplace();

    void setFindText(const QString &text);
    QString findText() const;
    void setReplaceText(const QString &text);
    void setOptions(bool matchCase, bool wholeWords, bool regularExpression);

    /// Selects the next / previous match, wrapping around; false when there is none.
    bool findNext();
    bool findPrevious();
    /// Replaces the selected match and selects the next one; false when nothing was selected.
    bool replaceCurrent();
    /// Replaces every match as one undo step; returns how many.
    int replaceAll();

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool search(bool forward, bool fromSelectionStart);
    void showResult(bool found);
    void seedFromSelection();
    void updateFieldColor();

    QsciScintilla *m_target;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QCheckBox *m_regex;
    QLabel *m_status;
    bool m_notFound = false;
};

} // namespace retort
