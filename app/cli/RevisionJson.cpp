// SPDX-License-Identifier: MIT
#include "cli/RevisionJson.h"

namespace retort {

QJsonArray RevisionJson::strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QJsonObject RevisionJson::revision(const Revision &revision, const RevisionScript &script)
{
    QJsonObject object;
    object.insert(QStringLiteral("revision"), revision.id);
    object.insert(QStringLiteral("down_revisions"), strings(revision.downRevisions));
    object.insert(QStringLiteral("depends_on"), strings(revision.dependencies));
    object.insert(QStringLiteral("branch_labels"), strings(revision.branchLabels));
    object.insert(QStringLiteral("message"), script.message());
    object.insert(QStringLiteral("create_date"),
        script.createDate.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(script.createDate));
    object.insert(QStringLiteral("path"), script.path);
    object.insert(QStringLiteral("is_head"), revision.isHead());
    object.insert(QStringLiteral("is_base"), revision.isBase());
    object.insert(QStringLiteral("is_branch_point"), revision.isBranchPoint());
    object.insert(QStringLiteral("is_merge_point"), revision.isMergePoint());
    object.insert(QStringLiteral("next_revisions"), strings(revision.nextRevisions));
    return object;
}

QJsonObject RevisionJson::step(const MigrationStep &step)
{
    QJsonObject object;
    object.insert(QStringLiteral("revision"),
        step.revision ? QJsonValue(step.revision->id) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("from_revisions"), strings(step.fromRevisions));
    object.insert(QStringLiteral("to_revisions"), strings(step.toRevisions));
    object.insert(QStringLiteral("message"), step.revision ? step.revision->message : QString());
    object.insert(QStringLiteral("log"), step.shortLog());
    return object;
}

} // namespace retort
