// SPDX-License-Identifier: MIT
#include "cli/CliApp.h"
#include "i18n/Translations.h"
#include "launch/LaunchRequest.h"
#include "model/SnapshotBuilder.h"
#include "window/MainWindow.h"

#include <QApplication>

namespace {

int runWorkbench(int argc, char *argv[], const retort::LaunchRequest &request)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Retort"));
    QApplication::setApplicationName(QStringLiteral("retort"));
    QApplication::setApplicationVersion(QStringLiteral(RETORT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.retort.Retort"));
    const retort::Translations translations(retort::Translations::userLocale());
    retort::MainWindow window(
        &retort::SnapshotBuilder::load, std::make_unique<retort::WorkbenchSettings>());
    window.show();
    if (!request.projectPath.isEmpty())
        window.openProject(request.projectPath, request.databasePath);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const retort::LaunchRequest request = retort::LaunchRequest::fromArguments(arguments);
    if (request.mode == retort::LaunchRequest::Mode::CommandLine)
        return retort::CliApp::run(argc, argv);
    return runWorkbench(argc, argv, request);
}
