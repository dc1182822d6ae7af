// SPDX-License-Identifier: MIT
#include "cli/CliCommands.h"

#include "cli/CommandError.h"
#include "cli/RevisionJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace retort {

namespace {

/// Config.print_stdout(text): the text and a newline.
QString line(const QString &text)
{
    return text + QLatin1Char('\n');
}

/// Python's repr() of a tuple of strings, as Alembic's messages show a tuple of current heads.
QString pythonTuple(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted.append(QLatin1Char('\'') + value + QLatin1Char('\''));
    return QLatin1Char('(') + quoted.join(QLatin1String(", "))
        + (values.size() == 1 ? QLatin1String(",)") : QLatin1String(")"));
}

/// Follows `links` from `start` (excluded) and returns every revision reached.
QSet<QString> reachable(
    const RevisionMap &map, const QStringList &start, QStringList (*links)(const Revision &))
{
    QSet<QString> seen;
    QStringList todo = start;
    while (!todo.isEmpty()) {
        const Revision *revision = map.revision(todo.takeLast());
        if (!revision)
            continue;
        for (const QString &next : links(*revision)) {
            if (!seen.contains(next)) {
                seen.insert(next);
                todo.append(next);
            }
        }
    }
    return seen;
}

} // namespace

CliCommands::CliCommands(const Project &project, const CliOptions &options)
    : m_project(project), m_options(options)
{ }

Result<QString> CliCommands::run() const
{
    switch (m_options.command) {
    case CliOptions::Command::Heads:
        return heads();
    case CliOptions::Command::History:
        return history();
    case CliOptions::Command::Branches:
        return branches();
    case CliOptions::Command::Current:
        return current();
    case CliOptions::Command::Show:
        return show();
    case CliOptions::Command::Plan:
        return plan();
    default:
        break; // CliApp hands lint, the engine and the backup commands to their own classes
    }
    return makeError(
        Error::Kind::Usage, QCoreApplication::translate("CliCommands", "unknown command"));
}

Result<void> CliCommands::checkArguments(const CliOptions &options)
{
    if (options.command == CliOptions::Command::History) {
        if (Result<QStringList> ends = historyEnds(options); !ends)
            return ends.error();
    }
    if (options.command == CliOptions::Command::Plan && options.target.contains(QLatin1Char(':'))) {
        // Alembic's wording (alembic/command.py, upgrade/downgrade without --sql).
        return makeError(Error::Kind::Revision, QStringLiteral("Range revision not allowed"));
    }
    return {};
}

Result<QStringList> CliCommands::historyEnds(const CliOptions &options)
{
    if (!options.hasRevRange)
        return QStringList {QString(), QString()};
    if (!options.revRange.contains(QLatin1Char(':'))) {
        // Alembic's wording (alembic/command.py).
        return makeError(Error::Kind::Revision,
            QStringLiteral("History range requires [start]:[end], [start]:, or :[end]"));
    }
    const QStringList ends = options.revRange.trimmed().split(QLatin1Char(':'));
    if (ends.size() != 2)
        return makeError(Error::Kind::Usage,
            QCoreApplication::translate("CliCommands", "History range has more than one ':'"));
    return ends;
}

Result<void> CliCommands::requireGraph() const
{
    for (const RevisionScript &script : m_project.scripts()) {
        if (script.error) {
            Error error = *script.error;
            if (!error.file.isEmpty()) {
                error.message = QStringLiteral("%1:%2: %3")
                                    .arg(error.file, QString::number(error.line), error.message);
            }
            return error;
        }
    }
    const RevisionMap &map = m_project.revisionMap();
    if (map.alembicWouldLoad() || map.problems().isEmpty())
        return {};
    // Of several problems, Alembic raises a cycle or loop first.
    for (const Error &problem : map.problems()) {
        if (problem.kind == Error::Kind::Cycle || problem.kind == Error::Kind::Loop)
            return problem;
    }
    return map.problems().first();
}

Result<QStringList> CliCommands::databaseHeads(bool allowUnknown) const
{
    if (Result<QStringList> rows = m_project.currentRevisions(true); !rows)
        return rows.error();
    if (Result<void> graph = requireGraph(); !graph)
        return graph.error();
    return m_project.currentRevisions(allowUnknown);
}

RevisionFormat CliCommands::format(const Revision &revision) const
{
    return RevisionFormat(revision, m_project.script(revision));
}

Result<QList<const Revision *>> CliCommands::lookup(const QString &idOrSymbol) const
{
    Result<QList<const Revision *>> found = m_project.revisionMap().revisions(idOrSymbol);
    if (!found)
        return CommandError::fromRevisionError(found.error());
    return found;
}

Result<QList<const Revision *>> CliCommands::lookup(const QStringList &ids) const
{
    Result<QList<const Revision *>> found = m_project.revisionMap().revisions(ids);
    if (!found)
        return CommandError::fromRevisionError(found.error());
    return found;
}

Result<QString> CliCommands::heads() const
{
    if (Result<void> graph = requireGraph(); !graph)
        return graph.error();
    // alembic heads: get_revisions("heads") with --resolve-dependencies, else the versioned heads.
    Result<QList<const Revision *>> heads = m_options.resolveDependencies
        ? lookup(QStringLiteral("heads"))
        : lookup(m_project.revisionMap().heads());
    if (!heads)
        return heads.error();
    if (m_options.json)
        return revisionsJson(QStringLiteral("heads"), *heads);
    RevisionFormat::Options options;
    options.verbose = m_options.verbose;
    options.includeBranches = true;
    options.treeIndicators = false;
    QString out;
    for (const Revision *revision : *heads)
        out += line(format(*revision).cmdFormat(options));
    return out;
}

Result<QString> CliCommands::history() const
{
    const Result<QStringList> ends = historyEnds(m_options);
    if (!ends)
        return ends.error();
    const QString &base = ends->at(0);
    const QString &head = ends->at(1);
    const bool rangeUsesCurrent
        = base == QLatin1String("current") || head == QLatin1String("current");
    QStringList currents;
    if (rangeUsesCurrent || m_options.indicateCurrent) {
        // -i only compares ids, so Alembic tolerates unknown ids there; a range resolves them.
        Result<QStringList> read = databaseHeads(!rangeUsesCurrent);
        if (!read)
            return read.error();
        currents = *read;
    } else if (Result<void> graph = requireGraph(); !graph) {
        return graph.error();
    }
    return historyBetween(base, head, currents);
}

Result<QList<const Revision *>> CliCommands::walkWithCurrent(
    const QString &base, const QString &head, const QStringList &currents) const
{
    const bool baseIsCurrent = base == QLatin1String("current");
    const bool headIsCurrent = head == QLatin1String("current");
    const RevisionMap &map = m_project.revisionMap();
    // Alembic passes the current heads as a tuple; an empty tuple counts as "base" / "heads".
    if ((!baseIsCurrent && !headIsCurrent) || currents.isEmpty()) {
        const QString lower = baseIsCurrent || base.isEmpty() ? QStringLiteral("base") : base;
        const QString upper = headIsCurrent || head.isEmpty() ? QStringLiteral("heads") : head;
        return map.walkRevisions(lower, upper);
    }
    const QStringList lower
        = baseIsCurrent ? currents : QStringList {base.isEmpty() ? QStringLiteral("base") : base};
    const QStringList upper
        = headIsCurrent ? currents : QStringList {head.isEmpty() ? QStringLiteral("heads") : head};
    Result<QList<const Revision *>> walked = map.iterateRevisions(upper, lower, false, true, false);
    if (!walked) {
        return CommandError::fromRevisionError(walked.error(),
            baseIsCurrent ? pythonTuple(currents) : lower.first(),
            headIsCurrent ? pythonTuple(currents) : upper.first());
    }
    return walked;
}

Result<QString> CliCommands::historyBetween(
    const QString &base, const QString &head, const QStringList &currents) const
{
    Result<QList<const Revision *>> walked = walkWithCurrent(base, head, currents);
    if (!walked)
        return walked.error();
    if (m_options.json)
        return revisionsJson(QStringLiteral("revisions"), *walked);
    RevisionFormat::Options options;
    options.verbose = m_options.verbose;
    options.includeBranches = true;
    options.includeDoc = true;
    options.includeParents = true;
    QString out;
    for (const Revision *revision : *walked) {
        options.current = m_options.indicateCurrent && currents.contains(revision->id);
        out += line(format(*revision).cmdFormat(options));
    }
    return out;
}

Result<QString> CliCommands::branches() const
{
    if (Result<void> graph = requireGraph(); !graph)
        return graph.error();
    Result<QList<const Revision *>> walked = m_project.revisionMap().walkRevisions();
    if (!walked)
        return walked.error();
    QList<const Revision *> points;
    for (const Revision *revision : *walked) {
        if (revision->isBranchPoint())
            points.append(revision);
    }
    if (m_options.json)
        return revisionsJson(QStringLiteral("branch_points"), points);
    RevisionFormat::Options header;
    header.verbose = m_options.verbose;
    header.includeBranches = true;
    RevisionFormat::Options child;
    child.includeBranches = true;
    child.includeDoc = m_options.verbose;
    QString out;
    for (const Revision *point : points) {
        QStringList children;
        for (const QString &next : point->nextRevisions) {
            const Revision *nextRevision = m_project.revisionMap().revision(next);
            if (nextRevision) {
                children.append(QString(point->id.size(), QLatin1Char(' ')) + QLatin1String(" -> ")
                    + format(*nextRevision).cmdFormat(child));
            }
        }
        out += line(format(*point).cmdFormat(header) + QLatin1Char('\n')
            + children.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }
    return out;
}

QList<const Revision *> CliCommands::allCurrent(const QStringList &ids) const
{
    // RevisionMap._get_all_current(): the ids and all their ancestors (through depends_on too),
    // keeping those with no descendant (through down_revision only) in the set.
    const RevisionMap &map = m_project.revisionMap();
    QSet<QString> members(ids.cbegin(), ids.cend());
    members.unite(reachable(map, ids, [](const Revision &r) { return r.normalizedDownRevisions; }));
    QList<const Revision *> result;
    for (const Revision *revision : map.allRevisions()) {
        if (!members.contains(revision->id))
            continue;
        const QSet<QString> below
            = reachable(map, {revision->id}, [](const Revision &r) { return r.nextRevisions; });
        if (!below.intersects(members))
            result.append(revision);
    }
    return result;
}

Result<QString> CliCommands::current() const
{
    // get_all_current() loads the revision map even for an empty version table.
    Result<QStringList> currents = databaseHeads();
    if (!currents)
        return currents.error();
    const QList<const Revision *> revisions = allCurrent(*currents);
    if (m_options.json) {
        QJsonArray objects;
        for (const Revision *revision : revisions)
            objects.append(revisionJson(*revision));
        QJsonObject object;
        object.insert(QStringLiteral("database"), m_project.databasePath());
        object.insert(QStringLiteral("current"), RevisionJson::strings(*currents));
        object.insert(QStringLiteral("revisions"), objects);
        return jsonText(object);
    }
    QString out;
    if (m_options.verbose) // Alembic's wording (alembic/command.py)
        out += line(QStringLiteral("Current revision(s) for %1:").arg(m_project.databaseUrl()));
    RevisionFormat::Options options;
    options.verbose = m_options.verbose;
    for (const Revision *revision : revisions)
        out += line(format(*revision).cmdFormat(options));
    return out;
}

Result<QString> CliCommands::show() const
{
    Result<QList<const Revision *>> revisions = QList<const Revision *> {};
    if (m_options.revision == QLatin1String("current")) {
        Result<QStringList> rows = m_project.currentRevisions(true);
        if (!rows)
            return rows.error();
        // get_revisions(()) returns at once, so Alembic never loads the scripts here.
        if (rows->isEmpty())
            return m_options.json ? revisionsJson(QStringLiteral("revisions"), {}) : QString();
        Result<QStringList> currents = databaseHeads();
        if (!currents)
            return currents.error();
        revisions = lookup(*currents);
    } else if (Result<void> graph = requireGraph(); !graph) {
        return graph.error();
    } else {
        revisions = lookup(m_options.revision);
    }
    if (!revisions)
        return revisions.error();
    if (m_options.json)
        return revisionsJson(QStringLiteral("revisions"), *revisions);
    QString out;
    for (const Revision *revision : *revisions)
        out += line(format(*revision).logEntry());
    return out;
}

Result<QString> CliCommands::plan() const
{
    if (Result<void> checked = checkArguments(m_options); !checked)
        return checked.error();
    QStringList from = m_options.fromRevisions;
    if (!m_options.hasFrom) {
        Result<QStringList> currents = databaseHeads();
        if (!currents)
            return currents.error();
        from = *currents;
    } else if (Result<void> graph = requireGraph(); !graph) {
        return graph.error();
    }
    const RevisionMap &map = m_project.revisionMap();
    Result<QList<MigrationStep>> steps = m_options.upgrade
        ? map.upgradeSteps(m_options.target, from)
        : map.downgradeSteps(m_options.target, from);
    if (!steps)
        return steps.error();
    if (m_options.json) {
        QJsonArray objects;
        for (const MigrationStep &step : *steps)
            objects.append(RevisionJson::step(step));
        QJsonObject object;
        object.insert(QStringLiteral("direction"),
            m_options.upgrade ? QStringLiteral("upgrade") : QStringLiteral("downgrade"));
        object.insert(QStringLiteral("steps"), objects);
        return jsonText(object);
    }
    QString out;
    for (const MigrationStep &step : *steps)
        out += line(QStringLiteral("Running ") + step.shortLog()); // as Alembic logs it
    return out;
}

QJsonObject CliCommands::revisionJson(const Revision &revision) const
{
    return RevisionJson::revision(revision, m_project.script(revision));
}

QString CliCommands::revisionsJson(
    const QString &key, const QList<const Revision *> &revisions) const
{
    QJsonArray objects;
    for (const Revision *revision : revisions)
        objects.append(revisionJson(*revision));
    QJsonObject object;
    object.insert(key, objects);
    return jsonText(object);
}

QString CliCommands::jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace retort
