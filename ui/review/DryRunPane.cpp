// SPDX-License-Identifier: MIT
#include "review/DryRunPane.h"

#include "editor/CodeView.h"
#include "engine/SqlPreview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

/// Runs one preview to its end; called on a worker thread, so it owns everything it uses.
SqlPreviewReport runPreview(EngineSetup engine, BridgeRequest request)
{
    SqlPreview preview(&engine.trust);
    preview.setInterpreter(engine.interpreter);
    preview.setBridgeScript(engine.bridgeScript);
    preview.setTimeLimit(120000);
    return preview.run(request);
}

} // namespace

DryRunPane::DryRunPane(QWidget *parent)
    : QWidget(parent)
    , m_direction(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_header(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_copy(new QToolButton(this))
    , m_save(new QToolButton(this))
    , m_view(new CodeView(CodeView::Language::Sql, this))
{
    m_direction->addItem(
        tr("Upgrade to"), QVariant::fromValue(static_cast<int>(Direction::Upgrade)));
    m_direction->addItem(
        tr("Downgrade to"), QVariant::fromValue(static_cast<int>(Direction::Downgrade)));
    m_direction->setToolTip(tr("Whether the preview upgrades or downgrades the database"));
    m_target->setPlaceholderText(tr("Target: head, a revision, +1, -1, label@head…"));
    m_target->setToolTip(tr("Any target Alembic accepts; press Enter to preview"));
    m_target->setClearButtonEnabled(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(10);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the SQL to the clipboard"));
    m_save->setText(tr("Save as .sql…"));
    m_save->setToolTip(tr("Save the SQL to a file"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_direction);
    bar->addWidget(m_target, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);

    connect(m_copy, &QToolButton::clicked, this, [this] {
        m_view->selectAll();
        m_view->copy();
    });
    connect(m_save, &QToolButton::clicked, m_view, &CodeView::saveAs);
    connect(m_target, &QLineEdit::returnPressed, this, &DryRunPane::submitFromToolbar);
    connect(m_direction, &QComboBox::activated, this, &DryRunPane::submitFromToolbar);
    connect(&m_watcher, &QFutureWatcher<SqlPreviewReport>::finished, this, &DryRunPane::onFinished);
    setEngine({}, tr("Open a project to preview the SQL of its migrations."));
}

DryRunPane::~DryRunPane()
{
    m_watcher.waitForFinished(); // the worker uses copies only, but must not outlive the pane
}

void DryRunPane::setEngine(const EngineSetup &engine, const QString &unavailableReason)
{
    m_engine = engine;
    m_pending.reset();
    m_last.reset();
    m_range.clear();
    m_view->setText({});
    const bool usable = engine.isValid() && unavailableReason.isEmpty();
    m_direction->setEnabled(usable);
    m_target->setEnabled(usable);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    showMessage(usable ? tr("Select a revision or type a target to see the SQL it would run.")
                       : unavailableReason,
        false);
}

void DryRunPane::setCurrentRevisions(const QStringList &revisions)
{
    m_current = revisions;
}

void DryRunPane::preview(Direction direction, const QString &target)
{
    if (!m_engine.isValid() || target.isEmpty())
        return;
    m_direction->setCurrentIndex(direction == Direction::Upgrade ? 0 : 1);
    m_target->setText(target);
    // Offline SQL needs a start to go from where the database is; a range given is kept.
    QString range = target;
    if (!target.contains(u':') && !m_current.isEmpty())
        range = m_current.first() + u':' + target;
    else if (!target.contains(u':') && direction == Direction::Downgrade)
        range = u"base:"_s + target; // an empty database has nothing to downgrade
    const Job job {direction, range};
    m_last = job;
    if (m_running) {
        m_pending = job; // only the newest waits; anything older is stale
        return;
    }
    start(job);
}

void DryRunPane::refresh()
{
    if (m_last)
        preview(m_last->direction, m_target->text());
}

bool DryRunPane::isBusy() const
{
    return m_running.has_value();
}

QString DryRunPane::headerText() const
{
    return m_header->text();
}

void DryRunPane::submitFromToolbar()
{
    const QString target = m_target->text().trimmed();
    if (target.isEmpty())
        return;
    preview(static_cast<Direction>(m_direction->currentData().toInt()), target);
}

void DryRunPane::start(const Job &job)
{
    m_running = job;
    m_range = job.range;
    setBusy(true);
    BridgeRequest request = m_engine.request(job.direction == Direction::Upgrade
            ? BridgeRequest::Operation::Upgrade
            : BridgeRequest::Operation::Downgrade);
    request.target = job.range;
    request.offline = true;
    m_watcher.setFuture(QtConcurrent::run(runPreview, m_engine, request));
}

void DryRunPane::onFinished()
{
    const Job finished = *m_running;
    m_running.reset();
    if (m_pending) {
        const Job next = *m_pending;
        m_pending.reset();
        start(next); // the finished result is stale: drop it
        return;
    }
    setBusy(false);
    showReport(finished, m_watcher.result());
    emit previewShown();
}

void DryRunPane::showReport(const Job &job, const SqlPreviewReport &report)
{
    const QString what = job.direction == Direction::Upgrade ? tr("Upgrade %1").arg(job.range)
                                                             : tr("Downgrade %1").arg(job.range);
    if (!report.ok()) {
        const Error &error = *report.error;
        QString location;
        if (!error.file.isEmpty())
            location = tr(" (%1, line %2)").arg(error.file).arg(error.line);
        m_view->setText(report.sql);
        showMessage(tr("%1: the preview failed: %2%3").arg(what, error.message, location), true);
        m_copy->setEnabled(!report.sql.isEmpty());
        m_save->setEnabled(!report.sql.isEmpty());
        return;
    }
    m_view->setText(sectionedDryRunSql(report, m_messageOf));
    m_view->setSuggestedFileName(
        (job.direction == Direction::Upgrade ? u"upgrade-"_s : u"downgrade-"_s)
        + QString(job.range).replace(u':', u'-') + u".sql"_s);
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    if (report.mode == SqlPreviewReport::Mode::Offline) {
        showMessage(tr("%1 — Alembic's offline SQL (--sql).").arg(what), false);
    } else {
        showMessage(tr("%1 — rehearsed on a throw-away database, because offline SQL is not "
                       "possible here: %2")
                        .arg(what, report.offlineFailure.section(u'\n', 0, 0)),
            false);
    }
}

void DryRunPane::showMessage(const QString &text, bool error)
{
    m_header->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_header->setPalette(palette);
}

void DryRunPane::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    if (busy)
        m_header->setText(tr("Preparing the SQL for %1…").arg(m_range));
}

} // namespace retort
