// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BridgeEvent.h"
#include "operations/OperationRequest.h"
#include "operations/OperationResult.h"

#include <QColor>
#include <QWidget>

class QPlainTextEdit;
class QTextCharFormat;
class QToolButton;

namespace retort {

class OperationController;

/// The content of the console dock: the live log of every action — Alembic's and env.py's log
/// lines, steps starting and ending, executed SQL, and errors with their full traceback — in a
/// monospace, read-only view that follows the end while the user has not scrolled up. A
/// `File "path", line N` or `path:N` reference can be clicked to open the file there.
class ConsoleWidget : public QWidget {
    Q_OBJECT

public:
    explicit ConsoleWidget(QWidget *parent = nullptr);

    /// Shows everything `controller` reports from now on.
    void follow(OperationController *controller);

    void appendStarted(const OperationRequest &request);
    void appendEvent(const BridgeEvent &event);
    void appendResult(const OperationResult &result);
    /// A plain line (stream "info"), an error line, or a muted one.
    void appendLine(const QString &text, const QString &stream = QStringLiteral("info"));

    /// Colour of error lines; the window passes its theme's error colour.
    void setErrorColor(const QColor &color) { m_errorColor = color; }

    /// The whole log as plain text.
    QString text() const;
    QPlainTextEdit *view() const { return m_view; }

public slots:
    void clear();
    /// Copies the selection, or the whole log when nothing is selected.
    void copy();

signals:
    /// A file reference in the log was clicked; `line` is 1-based, 0 when unknown.
    void openFileRequested(const QString &path, int line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void appendText(const QString &text, const QTextCharFormat &format);
    void appendTraceback(const QString &traceback);
    QTextCharFormat formatFor(const QString &stream) const;
    QTextCharFormat linkFormat(const QString &path, int line) const;

    QPlainTextEdit *m_view;
    QToolButton *m_clearButton;
    QToolButton *m_copyButton;
    QColor m_errorColor;
};

} // namespace retort
