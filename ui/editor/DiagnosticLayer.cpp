// SPDX-License-Identifier: MIT
#include "editor/DiagnosticLayer.h"

#include "editor/EditorTheme.h"

#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <Qsci/qsciscintilla.h>

#include <algorithm>

namespace retort {

namespace {

constexpr std::array severities {
    DiagnosticSeverity::Error, DiagnosticSeverity::Warning, DiagnosticSeverity::Info};

/// A margin symbol: a red disc with a cross, an amber triangle with "!", a blue disc with "i".
QImage markerImage(DiagnosticSeverity severity, const QColor &color, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const QRectF box(1, 1, size - 2, size - 2);
    if (severity == DiagnosticSeverity::Warning) {
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top());
        triangle.lineTo(box.right(), box.bottom());
        triangle.lineTo(box.left(), box.bottom());
        triangle.closeSubpath();
        painter.drawPath(triangle);
    } else {
        painter.drawEllipse(box);
    }
    painter.setPen(QPen(Qt::white, size / 7.0, Qt::SolidLine, Qt::RoundCap));
    const QPointF c = box.center();
    const qreal r = size * 0.2;
    switch (severity) {
    case DiagnosticSeverity::Error:
        painter.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
        painter.drawLine(QPointF(c.x() + r, c.y() - r), QPointF(c.x() - r, c.y() + r));
        break;
    case DiagnosticSeverity::Warning:
        painter.drawLine(QPointF(c.x(), c.y() - r * 0.6), QPointF(c.x(), c.y() + r * 0.9));
        painter.drawPoint(QPointF(c.x(), c.y() + r * 1.9));
        break;
    case DiagnosticSeverity::Info:
        painter.drawLine(QPointF(c.x(), c.y() - r * 0.2), QPointF(c.x(), c.y() + r * 1.3));
        painter.drawPoint(QPointF(c.x(), c.y() - r * 1.2));
        break;
    }
    return image;
}

QString severityName(DiagnosticSeverity severity)
{
    switch (severity) {
    case DiagnosticSeverity::Error:
        return DiagnosticLayer::tr("Error");
    case DiagnosticSeverity::Warning:
        return DiagnosticLayer::tr("Warning");
    case DiagnosticSeverity::Info:
        return DiagnosticLayer::tr("Info");
    }
    return {};
}

} // namespace

int DiagnosticLayer::markerMask()
{
    int mask = 0;
    for (const DiagnosticSeverity severity : severities)
        mask |= 1 << marker(severity);
    return mask;
}

DiagnosticLayer::DiagnosticLayer(QsciScintilla *editor)
    : QObject(editor), m_editor(editor), m_palette(editor->palette())
{
    for (const DiagnosticSeverity severity : severities)
        m_editor->indicatorDefine(QsciScintilla::SquiggleLowIndicator, indicator(severity));
    defineMarkers();
    m_editor->viewport()->installEventFilter(this);
}

void DiagnosticLayer::defineMarkers()
{
    const int size = std::max(12, m_editor->fontMetrics().height() - 2);
    for (const DiagnosticSeverity severity : severities) {
        const QColor color = EditorTheme::diagnosticColor(severity, m_palette);
        m_editor->markerDefine(markerImage(severity, color, size), marker(severity));
        m_editor->setIndicatorForegroundColor(color, indicator(severity));
    }
}

void DiagnosticLayer::setDiagnostics(QList<EditorDiagnostic> diagnostics)
{
    // Worst first, so a line's marker and tooltip lead with its worst finding.
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
        [](const auto &a, const auto &b) { return a.severity < b.severity; });
    m_diagnostics = std::move(diagnostics);
    redraw();
}

void DiagnosticLayer::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    defineMarkers();
    redraw();
}

void DiagnosticLayer::redraw()
{
    const int lastLine = std::max(0, m_editor->lines() - 1);
    for (const DiagnosticSeverity severity : severities) {
        m_editor->markerDeleteAll(marker(severity));
        m_editor->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, indicator(severity));
        m_editor->SendScintilla(
            QsciScintilla::SCI_INDICATORCLEARRANGE, 0L, long(m_editor->length()));
    }
    QList<int> marked;
    for (const EditorDiagnostic &diagnostic : std::as_const(m_diagnostics)) {
        const int line = diagnostic.line - 1;
        if (line < 0 || line > lastLine)
            continue; // stale: the file is shorter now
        if (!marked.contains(line)) {
            m_editor->markerAdd(line, marker(diagnostic.severity));
            marked.append(line);
        }
        const QString text = m_editor->text(line);
        const int lineLength = int(text.size() - (text.endsWith(u'\n') ? 1 : 0)
            - (text.endsWith(QLatin1String("\r\n")) ? 1 : 0));
        int from = 0;
        int to = lineLength;
        if (diagnostic.column > 0) {
            // From the column to the end of the word there (at least one character).
            from = std::min(diagnostic.column - 1, std::max(0, lineLength - 1));
            to = from + 1;
            while (to < lineLength && (text.at(to).isLetterOrNumber() || text.at(to) == u'_'))
                ++to;
        } else {
            while (from < lineLength && text.at(from).isSpace())
                ++from;
        }
        // Scintilla positions count UTF-8 bytes.
        const long lineStart = m_editor->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line);
        const auto byteFrom = long(text.left(from).toUtf8().size());
        const auto byteTo = long(text.left(to).toUtf8().size());
        if (byteTo > byteFrom) {
            m_editor->SendScintilla(
                QsciScintilla::SCI_SETINDICATORCURRENT, indicator(diagnostic.severity));
            m_editor->SendScintilla(
                QsciScintilla::SCI_INDICATORFILLRANGE, lineStart + byteFrom, byteTo - byteFrom);
        }
    }
}

QString DiagnosticLayer::toolTipForLine(int line) const
{
    QStringList lines;
    for (const EditorDiagnostic &diagnostic : m_diagnostics) {
        if (diagnostic.line == line)
            lines.append(tr("%1: %2").arg(severityName(diagnostic.severity), diagnostic.message));
    }
    return lines.join(u'\n');
}

bool DiagnosticLayer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || m_diagnostics.isEmpty())
        return QObject::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const long position = m_editor->SendScintilla(
        QsciScintilla::SCI_POSITIONFROMPOINTCLOSE, long(help->pos().x()), long(help->pos().y()));
    bool inMargin = false;
    int marginsWidth = 0;
    for (int margin = 0; margin < m_editor->margins(); ++margin)
        marginsWidth += m_editor->marginWidth(margin);
    inMargin = help->pos().x() < marginsWidth;
    int line = -1;
    if (inMargin) {
        const long near = m_editor->SendScintilla(
            QsciScintilla::SCI_POSITIONFROMPOINT, long(marginsWidth + 1), long(help->pos().y()));
        line = int(m_editor->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, near));
    } else if (position >= 0) {
        for (const DiagnosticSeverity severity : severities) {
            if (m_editor->SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT,
                    static_cast<unsigned long>(indicator(severity)), position)) {
                line = int(m_editor->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, position));
                break;
            }
        }
    }
    const QString tip = line >= 0 ? toolTipForLine(line + 1) : QString();
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tip, m_editor->viewport());
    return true;
}

} // namespace retort
