// SPDX-License-Identifier: MIT
#include "window/WorkbenchStatusBar.h"

#include "model/GraphSnapshot.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>

namespace retort {

WorkbenchStatusBar::WorkbenchStatusBar(QWidget *parent)
    : QStatusBar(parent), m_activity(new QLabel(this))
{
    m_activity->setObjectName(QStringLiteral("statusActivity"));
    addWidget(m_activity, 1);
    m_project = addPermanentLabel(QStringLiteral("statusProject"));
    m_database = addPermanentLabel(QStringLiteral("statusDatabase"));
    m_interpreter = addPermanentLabel(QStringLiteral("statusInterpreter"));
    m_trust = addPermanentLabel(QStringLiteral("statusTrust"));
    clearProject();
}

QLabel *WorkbenchStatusBar::addPermanentLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setContentsMargins(6, 0, 6, 0);
    addPermanentWidget(label);
    return label;
}

void WorkbenchStatusBar::setActivity(const QString &text)
{
    m_activity->setText(text);
}

void WorkbenchStatusBar::setSnapshot(const GraphSnapshot &snapshot)
{
    const QFileInfo project(snapshot.projectPath);
    const QString folder = project.isDir() ? project.fileName() : project.dir().dirName();
    m_project->setText(snapshot.section.isEmpty() || snapshot.section == QLatin1String("alembic")
            ? folder
            : tr("%1 [%2]").arg(folder, snapshot.section));
    m_project->setToolTip(
        tr("Project: %1").arg(QDir::toNativeSeparators(project.absoluteFilePath())));

    m_database->setText(snapshot.databasePath.isEmpty()
            ? tr("No database")
            : QFileInfo(snapshot.databasePath).fileName());
    m_database->setToolTip(snapshot.databasePath.isEmpty()
            ? tr("The project names no SQLite database; choose one from the File menu")
            : tr("Database: %1").arg(QDir::toNativeSeparators(snapshot.databasePath)));

    QStringList interpreter;
    if (!snapshot.pythonVersion.isEmpty())
        interpreter.append(tr("Python %1").arg(snapshot.pythonVersion));
    interpreter.append(snapshot.alembicVersion.isEmpty()
            ? tr("Alembic not found")
            : tr("Alembic %1").arg(snapshot.alembicVersion));
    m_interpreter->setText(interpreter.join(QStringLiteral(" · ")));
    m_interpreter->setToolTip(snapshot.interpreterPath.isEmpty()
            ? tr("No interpreter with Alembic found; the project is read with the rules of "
                 "Alembic %1")
                  .arg(snapshot.alembicRules)
            : tr("Interpreter: %1 (found without running it)")
                  .arg(QDir::toNativeSeparators(snapshot.interpreterPath)));
    for (QLabel *label : {m_project, m_database, m_interpreter})
        label->setVisible(true);
}

void WorkbenchStatusBar::setTrusted(bool trusted, bool projectOpen)
{
    m_trust->setVisible(projectOpen);
    m_trust->setText(trusted ? tr("Trusted") : tr("Restricted mode"));
    m_trust->setToolTip(trusted
            ? tr("This folder is trusted: Retort may run its Python code")
            : tr("This folder is not trusted: nothing in it runs; trust it from the Project menu"));
}

void WorkbenchStatusBar::clearProject()
{
    for (QLabel *label : {m_project, m_database, m_interpreter, m_trust}) {
        label->clear();
        label->setVisible(false);
    }
}

QString WorkbenchStatusBar::activityText() const
{
    return m_activity->text();
}

QString WorkbenchStatusBar::projectText() const
{
    return m_project->text();
}

QString WorkbenchStatusBar::databaseText() const
{
    return m_database->text();
}

QString WorkbenchStatusBar::interpreterText() const
{
    return m_interpreter->text();
}

QString WorkbenchStatusBar::trustText() const
{
    return m_trust->text();
}

} // namespace retort
