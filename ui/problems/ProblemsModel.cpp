// SPDX-License-Identifier: MIT
#include "problems/ProblemsModel.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStyle>

namespace retort {

namespace {

QString codeOf(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Parse:
        return ProblemsModel::tr("script");
    case Error::Kind::Database:
    case Error::Kind::Unsupported:
        return ProblemsModel::tr("database");
    case Error::Kind::Config:
        return ProblemsModel::tr("config");
    case Error::Kind::Io:
        return ProblemsModel::tr("file");
    case Error::Kind::Revision:
    case Error::Kind::MultipleHeads:
    case Error::Kind::Resolution:
    case Error::Kind::RangeNotAncestor:
    case Error::Kind::Cycle:
    case Error::Kind::Loop:
    case Error::Kind::Usage:
        break;
    }
    return ProblemsModel::tr("graph");
}

Theme::Severity severityOf(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Error:
        return Theme::Severity::Error;
    case LintSeverity::Warning:
        return Theme::Severity::Warning;
    case LintSeverity::Info:
        break;
    }
    return Theme::Severity::Info;
}

ProblemItem itemOf(const Error &error)
{
    return {Theme::Severity::Error, codeOf(error.kind), error.message, error.file, error.line};
}

} // namespace

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) { }

QList<ProblemItem> ProblemsModel::itemsOf(const GraphSnapshot &snapshot)
{
    QList<ProblemItem> items;
    for (const Error &error : snapshot.problems)
        items.append(itemOf(error));
    if (snapshot.databaseProblem) {
        ProblemItem item = itemOf(*snapshot.databaseProblem);
        item.code = tr("database");
        // No or an unsupported database still lets every native view work: say so, quietly.
        const Error::Kind kind = snapshot.databaseProblem->kind;
        if (kind == Error::Kind::Config || kind == Error::Kind::Unsupported)
            item.severity = Theme::Severity::Info;
        if (item.file.isEmpty())
            item.file = snapshot.databasePath;
        items.append(item);
    }
    for (const LintFinding &finding : snapshot.findings)
        items.append({severityOf(finding.severity), finding.ruleId, finding.message, finding.file,
            finding.line, true});
    return items;
}

void ProblemsModel::setSnapshot(const GraphSnapshot &snapshot)
{
    beginResetModel();
    m_items = itemsOf(snapshot);
    const QFileInfo project(snapshot.projectPath);
    m_projectDir = project.isDir() ? project.absoluteFilePath() : project.absolutePath();
    endResetModel();
}

int ProblemsModel::errorCount() const
{
    return int(std::count_if(
        m_items.cbegin(), m_items.cend(), [](const ProblemItem &item) { return !item.lint; }));
}

int ProblemsModel::findingCount() const
{
    return int(m_items.size()) - errorCount();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::location(const ProblemItem &item) const
{
    if (item.file.isEmpty())
        return {};
    const QString file = m_projectDir.isEmpty()
        ? QDir::toNativeSeparators(item.file)
        : QDir::toNativeSeparators(QDir(m_projectDir).relativeFilePath(item.file));
    return item.line > 0 ? QStringLiteral("%1:%2").arg(file).arg(item.line) : file;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ProblemItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return item.severity == Theme::Severity::Error  ? tr("error")
                : item.severity == Theme::Severity::Warning ? tr("warning")
                                                            : tr("info");
        case CodeColumn:
            return item.code;
        case MessageColumn:
            return item.message;
        case LocationColumn:
            return location(item);
        default:
            return {};
        }
    case Qt::DecorationRole: {
        if (index.column() != SeverityColumn)
            return {};
        const QStyle::StandardPixmap pixmap = item.severity == Theme::Severity::Error
            ? QStyle::SP_MessageBoxCritical
            : item.severity == Theme::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                        : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(pixmap);
    }
    case Qt::ToolTipRole:
        return index.column() == LocationColumn ? QDir::toNativeSeparators(item.file)
                                                : item.message;
    case FileRole:
        return item.file;
    case LineRole:
        return item.line;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

} // namespace retort
