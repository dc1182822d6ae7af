// SPDX-License-Identifier: MIT
#include "wizards/WizardContext.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

BridgeRequest WizardContext::request() const
{
    BridgeRequest request;
    request.projectDir = projectDir;
    request.iniPath = iniPath;
    request.iniSection = iniSection;
    request.databasePath = databasePath;
    return request;
}

QFuture<std::shared_ptr<const Result<Project>>> WizardContext::loadProject() const
{
    Project::Options options;
    options.configPath = QDir(projectDir).filePath(iniPath);
    options.section = iniSection;
    options.databaseOverride = databasePath;
    options.workingDir = projectDir;
    return QtConcurrent::run(
        [options] { return std::make_shared<const Result<Project>>(Project::load(options)); });
}

} // namespace retort
