// SPDX-License-Identifier: MIT
#include "lint/LintFormat.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace retort {

namespace {

// GitHub's escaping of workflow command data and properties.
QString escapeData(QString text)
{
    return text.replace(QLatin1Char('%'), QLatin1String("%25"))
        .replace(QLatin1Char('\r'), QLatin1String("%0D"))
        .replace(QLatin1Char('\n'), QLatin1String("%0A"));
}

QString escapeProperty(const QString &text)
{
    return escapeData(text)
        .replace(QLatin1Char(':'), QLatin1String("%3A"))
        .replace(QLatin1Char(','), QLatin1String("%2C"));
}

} // namespace

QString LintFormat::displayPath(const QString &path, const QString &baseDir)
{
    if (path.isEmpty() || baseDir.isEmpty()) {
        return path;
    }
    const QString relative = QDir(baseDir).relativeFilePath(path);
    return relative.startsWith(QLatin1String("../")) ? path : relative;
}

QString LintFormat::plain(const QList<LintFinding> &findings, const QString &baseDir)
{
    QString out;
    for (const LintFinding &finding : findings) {
        if (!finding.file.isEmpty()) {
            out += displayPath(finding.file, baseDir) + QLatin1Char(':');
            if (finding.line > 0) {
                out += QString::number(finding.line) + QLatin1Char(':');
            }
            out += QLatin1Char(' ');
        }
        out += QStringLiteral("%1 %2 %3\n")
                   .arg(lintSeverityName(finding.severity).toUpper(), finding.ruleId,
                       finding.message);
    }
    return out;
}

QString LintFormat::json(const QList<LintFinding> &findings, const QString &baseDir)
{
    QJsonArray array;
    for (const LintFinding &finding : findings) {
        array.append(QJsonObject {
            {QStringLiteral("rule"), finding.ruleId},
            {QStringLiteral("severity"), lintSeverityName(finding.severity)},
            {QStringLiteral("file"), displayPath(finding.file, baseDir)},
            {QStringLiteral("line"), finding.line},
            {QStringLiteral("message"), finding.message},
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString LintFormat::github(const QList<LintFinding> &findings, const QString &baseDir)
{
    QString out;
    for (const LintFinding &finding : findings) {
        const QString level = finding.severity == LintSeverity::Info
            ? QStringLiteral("notice")
            : lintSeverityName(finding.severity);
        QStringList properties;
        if (!finding.file.isEmpty()) {
            properties.append(
                QStringLiteral("file=") + escapeProperty(displayPath(finding.file, baseDir)));
        }
        if (finding.line > 0) {
            properties.append(QStringLiteral("line=%1").arg(finding.line));
        }
        properties.append(QStringLiteral("title=") + escapeProperty(finding.ruleId));
        out += QStringLiteral("::%1 %2::%3\n")
                   .arg(level, properties.join(QLatin1Char(',')), escapeData(finding.message));
    }
    return out;
}

} // namespace retort
