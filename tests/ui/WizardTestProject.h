// SPDX-License-Identifier: MIT
#pragma once

// Helpers of the wizard tests: the context for a copied example project, a second head made with
// real Alembic, and screenshots saved when RETORT_SCREENSHOT_DIR is set.

#include "../core/merge/ExampleProject.h"
#include "engine/RevisionAuthor.h"
#include "wizards/WizardContext.h"

#include <QDir>
#include <QWidget>

namespace wizardtest {

inline retort::WizardContext context(const ExampleProject &project, const QString &database)
{
    retort::WizardContext context;
    context.projectDir = project.path();
    context.databasePath = database.isEmpty() ? QString() : project.file(database);
    context.interpreter = ExampleProject::python();
    context.trust = project.trust();
    return context;
}

/// Adds revision `revId` on top of bookshelf's 91f0c4d8e2a7 (create tags), beside the merge
/// head, adding a column to `reviews`, which the other branch created: two heads that overlap.
inline bool addSecondHead(const ExampleProject &bookshelf, const QString &revId)
{
    retort::RevisionAuthor author(bookshelf.trust());
    author.setInterpreter(ExampleProject::python());
    retort::BridgeRequest request = bookshelf.request(QStringLiteral("bookshelf.db"));
    request.message = QStringLiteral("rate reviews as helpful");
    request.head = QStringLiteral("91f0c4d8e2a7");
    request.splice = true;
    request.revId = revId;
    const auto report = author.revision(request);
    if (!report.ok() || report.written.size() != 1)
        return false;
    const QString relative = QDir(bookshelf.path()).relativeFilePath(report.written.first().file);
    return bookshelf.edit(relative, "    pass",
               "    op.add_column(\"reviews\", sa.Column(\"helpful\", sa.Integer(), "
               "nullable=True))")
        && bookshelf.edit(relative, "    pass",
            "    with op.batch_alter_table(\"reviews\") as batch_op:\n"
            "        batch_op.drop_column(\"helpful\")");
}

/// Grabs `widget`; saves it as <RETORT_SCREENSHOT_DIR>/<name>.png when that is set.
inline bool screenshot(QWidget *widget, const QString &name)
{
    const QPixmap pixmap = widget->grab();
    const QString dir = qEnvironmentVariable("RETORT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        pixmap.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    return !pixmap.isNull();
}

} // namespace wizardtest
