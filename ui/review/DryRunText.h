// SPDX-License-Identifier: MIT
#pragma once

#include "engine/SqlPreviewReport.h"

#include <QString>

#include <functional>

namespace retort {

/// The message of a revision id (empty when unknown), for headings.
using RevisionMessageLookup = std::function<QString(const QString &revision)>;

/// The text of the dry-run pane: the preview's SQL with each revision's section headed by a
/// comment naming its id and message. Offline scripts are headed where Alembic's own
/// "-- Running upgrade a -> b" comments are; rehearsed statements where the revision that ran
/// them changes. Statements outside any revision (the version table's creation) stay unheaded.
QString sectionedDryRunSql(const SqlPreviewReport &report, const RevisionMessageLookup &messageOf);

/// The heading comment of one revision's section.
QString dryRunHeading(const QString &revision, const QString &message);

} // namespace retort
