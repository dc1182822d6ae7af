// SPDX-License-Identifier: MIT
#include "operations/ConsoleWidget.h"

#include "operations/OperationController.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace retort {

namespace {

// The log would grow without end over a long session; the oldest lines go first.
constexpr int maximumLines = 20000;

// Python's traceback frame line: `  File "/path/x.py", line 20, in upgrade`.
const QRegularExpression &frameLine()
{
    static const QRegularExpression pattern(
        QString::fromLatin1("File \"([^\"]+)\", line (\\d+)"));
    return pattern;
}

QString joined(const QJsonValue &value)
{
    QStringList ids;
    for (const QJsonValue &id : value.toArray())
        ids << id.toString();
    return ids.join(QLatin1String(", "));
}

} // namespace

ConsoleWidget::ConsoleWidget(QWidget *parent)
    : QWidget(parent)
    , m_view(new QPlainTextEdit(this))
    , m_clearButton(new QToolButton(this))
    , m_copyButton(new QToolButton(this))
{
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(maximumLines);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlaceholderText(tr("The log of backups, upgrades, downgrades and stamps "
                                  "appears here."));
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);

    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Clear the console"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the selection, or the whole log"));
    connect(m_clearButton, &QToolButton::clicked, this, &ConsoleWidget::clear);
    connect(m_copyButton, &QToolButton::clicked, this, &ConsoleWidget::copy);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
}

void ConsoleWidget::follow(OperationController *controller)
{
    connect(controller, &OperationController::started, this, &ConsoleWidget::appendStarted);
    connect(controller, &OperationController::eventReceived, this, &ConsoleWidget::appendEvent);
    connect(controller, &OperationController::finished, this, &ConsoleWidget::appendResult);
}

void ConsoleWidget::appendStarted(const OperationRequest &request)
{
    appendLine(QStringLiteral("── %1 ──").arg(request.title()), QStringLiteral("heading"));
}

void ConsoleWidget::appendEvent(const BridgeEvent &event)
{
    switch (event.type) {
    case BridgeEvent::Type::Log:
        appendLine(event.text(), event.string("stream"));
        break;
    case BridgeEvent::Type::StepStart:
        appendLine(
            tr("▶ %1 %2 -> %3  (%4)")
                .arg(event.string("direction"), joined(event.data.value(QLatin1String("from"))),
                    joined(event.data.value(QLatin1String("to"))), event.revision()),
            QStringLiteral("step"));
        break;
    case BridgeEvent::Type::StepEnd:
        appendLine(tr("✔ %1 done").arg(event.revision()), QStringLiteral("muted"));
        break;
    case BridgeEvent::Type::Sql: {
        QString statement = event.statement().trimmed();
        if (!statement.endsWith(QLatin1Char(';')))
            statement += QLatin1Char(';');
        appendLine(statement, QStringLiteral("sql"));
        break;
    }
    case BridgeEvent::Type::Result:
        break;
    case BridgeEvent::Type::Error: {
        appendLine(QStringLiteral("%1: %2").arg(event.string("type"), event.string("message")),
            QStringLiteral("error"));
        if (!event.file().isEmpty()) {
            appendText(QStringLiteral("\n  "), formatFor(QStringLiteral("error")));
            const QString where = event.line() > 0
                ? QStringLiteral("%1:%2").arg(event.file()).arg(event.line())
                : event.file();
            appendText(where, linkFormat(event.file(), event.line()));
        }
        appendTraceback(event.string("traceback"));
        break;
    }
    }
}

void ConsoleWidget::appendResult(const OperationResult &result)
{
    appendLine(result.summary(), result.ok() ? QStringLiteral("heading") : QStringLiteral("error"));
    if (!result.ok() && result.traceback.isEmpty() && result.error
        && !result.error->file.isEmpty()) {
        appendText(QStringLiteral("\n  "), formatFor(QStringLiteral("error")));
        appendText(QStringLiteral("%1:%2").arg(result.error->file).arg(result.error->line),
            linkFormat(result.error->file, result.error->line));
    }
}

void ConsoleWidget::appendLine(const QString &text, const QString &stream)
{
    const QString body = text.endsWith(QLatin1Char('\n')) ? text.chopped(1) : text;
    appendText(m_view->document()->isEmpty() ? body : QLatin1Char('\n') + body, formatFor(stream));
}

void ConsoleWidget::appendTraceback(const QString &traceback)
{
    const QTextCharFormat plain = formatFor(QStringLiteral("traceback"));
    const QStringList lines = traceback.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        const auto match = frameLine().match(line);
        // "<frozen importlib._bootstrap>" and "<string>" frames name no file to open.
        if (!match.hasMatch() || !QFileInfo(match.captured(1)).isFile()) {
            appendText(QLatin1Char('\n') + line, plain);
            continue;
        }
        appendText(QLatin1Char('\n') + line.left(match.capturedStart(0)), plain);
        appendText(match.captured(0), linkFormat(match.captured(1), match.captured(2).toInt()));
        appendText(line.mid(match.capturedEnd(0)), plain);
    }
}

void ConsoleWidget::appendText(const QString &text, const QTextCharFormat &format)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    // Text typed after a link must not continue the link.
    cursor.setCharFormat(format);
    cursor.insertText(text, format);
    if (atEnd)
        bar->setValue(bar->maximum());
}

QTextCharFormat ConsoleWidget::formatFor(const QString &stream) const
{
    QTextCharFormat format;
    const QPalette &colors = palette();
    if (stream == QLatin1String("heading") || stream == QLatin1String("step")) {
        format.setFontWeight(QFont::Bold);
    } else if (stream == QLatin1String("stderr") || stream == QLatin1String("muted")) {
        format.setForeground(colors.color(QPalette::PlaceholderText));
    } else if (stream == QLatin1String("error") || stream == QLatin1String("traceback")) {
        if (m_errorColor.isValid())
            format.setForeground(m_errorColor);
        if (stream == QLatin1String("error"))
            format.setFontWeight(QFont::Bold);
    }
    return format;
}

QTextCharFormat ConsoleWidget::linkFormat(const QString &path, int line) const
{
    QUrl url = QUrl::fromLocalFile(path);
    if (line > 0)
        url.setFragment(QString::number(line));
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url.toString());
    format.setForeground(palette().color(QPalette::Link));
    format.setFontUnderline(true);
    format.setToolTip(tr("Open %1 at line %2").arg(path).arg(line));
    return format;
}

QString ConsoleWidget::text() const
{
    return m_view->toPlainText();
}

void ConsoleWidget::clear()
{
    m_view->clear();
}

void ConsoleWidget::copy()
{
    const QString selected = m_view->textCursor().selectedText();
    // selectedText() marks line ends with U+2029.
    QString text = selected.isEmpty() ? m_view->toPlainText() : selected;
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    QApplication::clipboard()->setText(text);
}

bool ConsoleWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseMove) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool overLink = !m_view->anchorAt(mouse->position().toPoint()).isEmpty();
        m_view->viewport()->setCursor(overLink ? Qt::PointingHandCursor : Qt::IBeamCursor);
    } else if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QString href = m_view->anchorAt(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && !href.isEmpty()
            && !m_view->textCursor().hasSelection()) {
            const QUrl url(href);
            emit openFileRequested(url.toLocalFile(), url.fragment().toInt());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace retort
