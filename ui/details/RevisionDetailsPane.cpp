// SPDX-License-Identifier: MIT
#include "details/RevisionDetailsPane.h"

#include <QDir>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace retort {

namespace {

const QString revisionScheme = QStringLiteral("revision");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString links(const QStringList &ids)
{
    if (ids.isEmpty())
        return QStringLiteral("—");
    QStringList parts;
    for (const QString &id : ids) {
        QUrl url;
        url.setScheme(revisionScheme);
        url.setPath(id);
        parts.append(QStringLiteral("<a href=\"%1\"><code>%2</code></a>")
                         .arg(escaped(url.toString()), escaped(id)));
    }
    return parts.join(QLatin1String(", "));
}

QString field(const QString &name, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(escaped(name), valueHtml);
}

QString plainList(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("—") : escaped(items.join(QLatin1String(", ")));
}

// One call per line as it reads in the script: op.name(arguments), with its line number.
QString operations(const QList<ScriptOperation> &ops)
{
    if (ops.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>")
            .arg(escaped(RevisionDetailsPane::tr("No operations")));
    QString html = QStringLiteral("<ul style=\"margin-top:0\">");
    for (const ScriptOperation &op : ops) {
        const QString receiver = op.inBatch ? QStringLiteral("batch_op") : QStringLiteral("op");
        html += QStringLiteral("<li><code>%1.%2(%3)</code> <small>%4</small></li>")
                    .arg(receiver, escaped(op.name), escaped(op.arguments),
                        escaped(RevisionDetailsPane::tr("line %1").arg(op.line)));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

RevisionDetailsPane::RevisionDetailsPane(QWidget *parent)
    : QWidget(parent), m_browser(new QTextBrowser(this))
{
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == revisionScheme)
            emit revisionLinkActivated(url.path());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    showRevision(nullptr);
}

void RevisionDetailsPane::showRevision(const RevisionEntry *entry, const QString &projectPath)
{
    if (!entry) {
        m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(escaped(tr("Select a revision to see its details."))));
        return;
    }
    m_browser->setHtml(html(*entry, projectPath));
}

QString RevisionDetailsPane::plainText() const
{
    return m_browser->toPlainText();
}

QString RevisionDetailsPane::stateText(RevisionState state)
{
    switch (state) {
    case RevisionState::Current:
        return tr("current (in the version table)");
    case RevisionState::Applied:
        return tr("applied");
    case RevisionState::Pending:
        return tr("pending");
    case RevisionState::Unknown:
        return tr("unknown (no database)");
    }
    return {};
}

QString RevisionDetailsPane::html(const RevisionEntry &entry, const QString &projectPath)
{
    QString html = QStringLiteral("<h3><code>%1</code></h3>").arg(escaped(entry.id));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(entry.message).replace(u'\n', QLatin1String("<br>")));
    html += QStringLiteral("<table cellspacing=\"2\">");
    html += field(tr("State"), escaped(stateText(entry.state)));
    html += field(tr("Created"),
        escaped(entry.createDate.isEmpty() ? QStringLiteral("—") : entry.createDate));
    html += field(tr("Parents"), links(entry.parents));
    html += field(tr("Children"), links(entry.children));
    html += field(tr("Branch labels"), plainList(entry.branchLabels));
    html += field(tr("Depends on"), plainList(entry.dependsOn));
    const QString file = entry.filePath.isEmpty() ? QStringLiteral("—")
        : projectPath.isEmpty()                   ? entry.filePath
                                : QDir(projectPath).relativeFilePath(entry.filePath);
    html += field(tr("File"), QStringLiteral("<code>%1</code>").arg(escaped(file)));
    if (entry.broken)
        html += field(tr("Problem"), escaped(tr("the script is broken or misses a parent")));
    html += QStringLiteral("</table>");
    html
        += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Upgrade"))) + operations(entry.upgradeOps);
    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Downgrade")))
        + operations(entry.downgradeOps);
    return html;
}

} // namespace retort
