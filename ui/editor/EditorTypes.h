// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace retort {

/// How serious an editor diagnostic is.
enum class DiagnosticSeverity { Error, Warning, Info };

/// One finding shown in a ScriptEditor: a marker in the margin, a squiggle under the code and the
/// message as a tooltip. The lead maps core/lint findings onto these.
struct EditorDiagnostic {
    int line = 1; ///< 1-based line
    int column = 0; ///< 1-based column (in characters); 0 underlines the whole line's code
    DiagnosticSeverity severity = DiagnosticSeverity::Warning;
    QString message;

    friend bool operator==(const EditorDiagnostic &, const EditorDiagnostic &) = default;
};

/// A whole-line background in a CodeView, for diffs shown side by side.
enum class LineMark { Added, Removed, Changed };

} // namespace retort
