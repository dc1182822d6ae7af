// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorTypes.h"

#include <QObject>
#include <QPalette>

class QsciScintilla;

namespace retort {

/// Draws EditorDiagnostic findings on a QsciScintilla: a marker per line in the symbol margin
/// (worst severity wins), a squiggle under the code and the messages as a tooltip when the mouse
/// rests on either.
class DiagnosticLayer : public QObject {
    Q_OBJECT

public:
    /// Marker numbers, one per severity; the symbol margin shows exactly these.
    static constexpr int firstMarker = 10;
    /// Indicator numbers, one per severity.
    static constexpr int firstIndicator = 10;
    static int marker(DiagnosticSeverity severity) { return firstMarker + int(severity); }
    static int indicator(DiagnosticSeverity severity) { return firstIndicator + int(severity); }
    /// The mask of the margin showing diagnostics.
    static int markerMask();

    explicit DiagnosticLayer(QsciScintilla *editor);

    void setDiagnostics(QList<EditorDiagnostic> diagnostics);
    const QList<EditorDiagnostic> &diagnostics() const { return m_diagnostics; }
    /// The tooltip for 1-based `line`: its messages, worst first; empty when there are none.
    QString toolTipForLine(int line) const;
    /// Re-draws markers and squiggles in the palette's colours (and after the text was reloaded).
    void applyPalette(const QPalette &palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void defineMarkers();
    void redraw();

    QsciScintilla *m_editor;
    QList<EditorDiagnostic> m_diagnostics;
    QPalette m_palette;
};

} // namespace retort
