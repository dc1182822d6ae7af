// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace retort {

/// What `retort` was asked to do, decided from its arguments before any QCoreApplication exists:
/// run the headless command line, or open the workbench as `retort [PATH] [--db FILE]`.
struct LaunchRequest {
    enum class Mode {
        CommandLine, ///< hand the arguments to CliApp (no display needed)
        Workbench, ///< start the GUI
    };
    Mode mode = Mode::Workbench;
    QString projectPath; ///< workbench: the project folder to open, or empty
    QString databasePath; ///< workbench: --db FILE, or empty

    /// Decides from `arguments` (argv without the program name). The command line wins whenever
    /// a CLI command or option appears, or a lone argument names nothing on disk (so a mistyped
    /// command is reported as such instead of opening a window).
    static LaunchRequest fromArguments(const QStringList &arguments);
    /// The command names that select the command line: CliOptions::commandNames() and the
    /// other alembic commands (which the CLI reports as unknown).
    static const QStringList &commands();
};

} // namespace retort
