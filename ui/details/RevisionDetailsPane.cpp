// SPDX-License-Identifier: MIT
#include "details/RevisionDetailsPane.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace retort {

namespace {

const QString revisionScheme = QStringLiteral("revision");
const QString fileScheme = QStringLiteral("retort-file");

QString fileHref(const QString &path, int line)
{
    QUrl url;
    url.setScheme(fileScheme);
    url.setPath(path);
    if (line > 0)
        url.setQuery(QStringLiteral("line=%1").arg(line));
    return url.toString();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString revisionLinks(const QStringList &ids)
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

// One call per line as it reads in the script: op.name(arguments), with its line number linking
// to the script.
QString operations(const QList<ScriptOperation> &ops, const QString &file)
{
    if (ops.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>")
            .arg(escaped(RevisionDetailsPane::tr("No operations")));
    QString html = QStringLiteral("<ul style=\"margin-top:0\">");
    for (const ScriptOperation &op : ops) {
        const QString receiver = op.inBatch ? QStringLiteral("batch_op") : QStringLiteral("op");
        const QString line = escaped(RevisionDetailsPane::tr("line %1").arg(op.line));
        html += QStringLiteral("<li><code>%1.%2(%3)</code> <small>%4</small></li>")
                    .arg(receiver, escaped(op.name), escaped(op.arguments),
                        file.isEmpty() ? line
                                       : QStringLiteral("<a href=\"%1\">%2</a>")
                                             .arg(escaped(fileHref(file, op.line)), line));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

RevisionDetailsPane::RevisionDetailsPane(QWidget *parent)
    : QWidget(parent), m_browser(new QTextBrowser(this)), m_git(new GitFileInfo(this))
{
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &RevisionDetailsPane::activateLink);
    connect(m_git, &GitFileInfo::lookedUp, this, &RevisionDetailsPane::showCommit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    showRevision(nullptr);
}

void RevisionDetailsPane::showRevision(
    const RevisionEntry *entry, const QString &projectPath, bool operationsRead)
{
    m_operationsRead = operationsRead;
    const bool sameFile = entry && m_entry && entry->filePath == m_entry->filePath;
    m_entry = entry ? std::optional<RevisionEntry>(*entry) : std::nullopt;
    m_projectPath = projectPath;
    if (!sameFile) {
        m_commit.reset();
        const bool lookUp
            = entry && !entry->filePath.isEmpty() && !GitFileInfo::gitProgram().isEmpty();
        m_gitState = lookUp ? GitState::LookingUp : GitState::Unavailable;
        if (lookUp)
            m_git->request(entry->filePath);
    }
    render();
}

void RevisionDetailsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Link colours are fixed when the HTML is set; a theme switch must lay it out again.
    if (event->type() == QEvent::PaletteChange)
        render();
}

void RevisionDetailsPane::render()
{
    if (!m_entry) {
        m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(escaped(tr("Select a revision to see its details."))));
        return;
    }
    m_browser->setHtml(html(*m_entry));
}

void RevisionDetailsPane::showCommit(const QString &file, const std::optional<GitCommit> &commit)
{
    if (!m_entry || m_entry->filePath != file)
        return;
    m_gitState = GitState::Done;
    m_commit = commit;
    render();
}

void RevisionDetailsPane::activateLink(const QUrl &url)
{
    if (url.scheme() == revisionScheme)
        emit revisionLinkActivated(url.path());
    else if (url.scheme() == fileScheme)
        emit openFileRequested(
            url.path(), QUrlQuery(url).queryItemValue(QStringLiteral("line")).toInt());
}

QStringList RevisionDetailsPane::links() const
{
    QStringList hrefs;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next())
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QString href = fragment.fragment().charFormat().anchorHref();
            if (!href.isEmpty() && (hrefs.isEmpty() || hrefs.constLast() != href))
                hrefs.append(href);
        }
    return hrefs;
}

QString RevisionDetailsPane::gitHtml() const
{
    switch (m_gitState) {
    case GitState::Unavailable:
        return {};
    case GitState::LookingUp:
        return field(
            tr("Last commit"), QStringLiteral("<i>%1</i>").arg(escaped(tr("looking up…"))));
    case GitState::Done:
        break;
    }
    if (!m_commit)
        return field(tr("Last commit"), escaped(tr("not in a git repository, or not committed")));
    const QString date = QLocale().toString(m_commit->date.toLocalTime(), QLocale::ShortFormat);
    return field(tr("Last commit"),
        QStringLiteral("%1, %2 <small>(<code>%3</code> %4)</small>")
            .arg(escaped(m_commit->author), escaped(date), escaped(m_commit->hash),
                escaped(m_commit->subject)));
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

QString RevisionDetailsPane::html(const RevisionEntry &entry) const
{
    const QString &projectPath = m_projectPath;
    QString html = QStringLiteral("<h3><code>%1</code></h3>").arg(escaped(entry.id));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(entry.message).replace(u'\n', QLatin1String("<br>")));
    html += QStringLiteral("<table cellspacing=\"2\">");
    html += field(tr("State"), escaped(stateText(entry.state)));
    html += field(tr("Created"),
        escaped(entry.createDate.isEmpty() ? QStringLiteral("—") : entry.createDate));
    html += field(tr("Parents"), revisionLinks(entry.parents));
    html += field(tr("Children"), revisionLinks(entry.children));
    html += field(tr("Branch labels"), plainList(entry.branchLabels));
    html += field(tr("Depends on"), plainList(entry.dependsOn));
    // The file name links to the script; its folder, relative to the project, goes underneath
    // so a narrow dock does not break the name.
    QString file = QStringLiteral("—");
    if (!entry.filePath.isEmpty()) {
        const QString folder = QFileInfo(entry.filePath).absolutePath();
        const QString relative = projectPath.isEmpty()
            ? QDir::toNativeSeparators(folder)
            : QDir::toNativeSeparators(QDir(projectPath).relativeFilePath(folder));
        file = QStringLiteral("<a href=\"%1\">%2</a><br><small>%3</small>")
                   .arg(escaped(fileHref(entry.filePath, 1)), escaped(entry.fileName),
                       escaped(relative));
    }
    html += field(tr("File"), file);
    html += gitHtml();
    if (entry.findings > 0)
        html += field(tr("Lint"),
            escaped(tr("%n finding(s), see the Problems pane", nullptr, entry.findings)));
    if (entry.broken)
        html += field(tr("Problem"), escaped(tr("the script is broken or misses a parent")));
    html += QStringLiteral("</table>");
    if (!m_operationsRead) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(tr("Reading the operations of every script…")));
        return html;
    }
    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Upgrade")))
        + operations(entry.upgradeOps, entry.filePath);
    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Downgrade")))
        + operations(entry.downgradeOps, entry.filePath);
    return html;
}

} // namespace retort
