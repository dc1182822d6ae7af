// SPDX-License-Identifier: MIT
#include "review/ModelDiffPane.h"

#include "engine/SchemaCompare.h"
#include "review/SideBySideDiffView.h"
#include "schemadiff/SqliteSchemaText.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

constexpr int TableIndexRole = Qt::UserRole + 1;

QString actionMark(SchemaChange::Action action)
{
    switch (action) {
    case SchemaChange::Action::Added:
        return u"+"_s;
    case SchemaChange::Action::Removed:
        return u"\u2212"_s; // minus sign
    case SchemaChange::Action::Changed:
        break;
    }
    return u"~"_s;
}

QColor actionColor(SchemaChange::Action action, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (action) {
    case SchemaChange::Action::Added:
        return dark ? QColor(0x7e, 0xc8, 0x7e) : QColor(0x1e, 0x7b, 0x34);
    case SchemaChange::Action::Removed:
        return dark ? QColor(0xf0, 0x80, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case SchemaChange::Action::Changed:
        break;
    }
    return dark ? QColor(0xe6, 0xc0, 0x6a) : QColor(0x9a, 0x67, 0x00);
}

QString objectWord(SchemaChange::Object object)
{
    switch (object) {
    case SchemaChange::Object::Table:
        return ModelDiffPane::tr("table");
    case SchemaChange::Object::Column:
        return ModelDiffPane::tr("column");
    case SchemaChange::Object::Index:
        return ModelDiffPane::tr("index");
    case SchemaChange::Object::UniqueConstraint:
        return ModelDiffPane::tr("unique constraint");
    case SchemaChange::Object::ForeignKey:
        return ModelDiffPane::tr("foreign key");
    case SchemaChange::Object::Constraint:
        return ModelDiffPane::tr("constraint");
    case SchemaChange::Object::Comment:
        return ModelDiffPane::tr("comment");
    }
    return {};
}

} // namespace

ModelDiffPane::ModelDiffPane(QWidget *parent)
    : QWidget(parent)
    , m_refresh(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_pages(new QStackedWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_ddl(new SideBySideDiffView(this))
    , m_inSyncLabel(new QLabel(this))
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Compare the database with the models again (F5)"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(10);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Change"), tr("Details")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_ddl->setTitles(tr("Database"), tr("Models"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_ddl);
    splitter->setStretchFactor(1, 2);
    m_inSyncLabel->setAlignment(Qt::AlignCenter);
    m_inSyncLabel->setWordWrap(true);
    QFont large = m_inSyncLabel->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    m_inSyncLabel->setFont(large);
    m_pages->addWidget(splitter);
    m_pages->addWidget(m_inSyncLabel);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    connect(m_refresh, &QToolButton::clicked, this, &ModelDiffPane::refresh);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showTable(item->data(0, TableIndexRole).toInt());
    });
    setEngine({}, tr("Open a project to compare its database with its models."));
}

ModelDiffPane::~ModelDiffPane() = default;

void ModelDiffPane::setEngine(const EngineSetup &engine, const QString &unavailableReason)
{
    if (m_compare)
        m_compare->cancel();
    m_compare.reset();
    m_pending = false;
    m_engine = engine;
    m_usable = engine.isValid() && unavailableReason.isEmpty();
    m_inSync = false;
    m_tables.clear();
    m_tree->clear();
    m_ddl->setRows({});
    m_busy->hide();
    m_refresh->setEnabled(m_usable);
    m_pages->setCurrentIndex(0);
    showStatus(m_usable ? tr("Press Refresh to compare the database with the models.")
                        : unavailableReason);
}

void ModelDiffPane::refresh()
{
    if (!m_usable)
        return;
    if (isBusy()) {
        m_pending = true;
        return;
    }
    m_compare = std::make_unique<SchemaCompare>(&m_engine.trust);
    m_compare->setInterpreter(m_engine.interpreter);
    m_compare->setBridgeScript(m_engine.bridgeScript);
    m_compare->setTimeLimit(120000);
    connect(m_compare.get(), &SchemaCompare::finished, this, &ModelDiffPane::onFinished);
    m_busy->show();
    showStatus(tr("Comparing the database with the models…"));
    if (!m_compare->start(m_engine.request(BridgeRequest::Operation::Compare))) {
        m_busy->hide();
        showStatus(tr("A comparison is already under way."), true);
    }
}

bool ModelDiffPane::isBusy() const
{
    return m_busy->isVisible();
}

QString ModelDiffPane::statusText() const
{
    return m_pages->currentIndex() == 1 ? m_inSyncLabel->text() : m_status->text();
}

void ModelDiffPane::onFinished(const CompareReport &report)
{
    m_compare.release()->deleteLater(); // inside its own signal
    m_busy->hide();
    if (m_pending) {
        m_pending = false;
        refresh();
        return;
    }
    m_tables.clear();
    m_tree->clear();
    m_ddl->setRows({});
    if (!report.ok()) {
        m_inSync = false;
        m_pages->setCurrentIndex(0);
        const Error &error = *report.error;
        showStatus(error.file.isEmpty() ? tr("The comparison failed: %1").arg(error.message)
                                        : tr("The comparison failed: %1 (%2, line %3)")
                                              .arg(error.message, error.file)
                                              .arg(error.line),
            true);
        emit refreshed();
        return;
    }
    QMap<QString, QString> databaseDefinitions;
    if (QFileInfo::exists(m_engine.databasePath)) {
        const auto read = sqliteTableDefinitions(m_engine.databasePath);
        if (read)
            databaseDefinitions = *read;
    }
    m_tables = retort::tableDiffs(
        changesByTable(schemaChanges(report.diffs)), databaseDefinitions, report.modelDefinitions);
    m_inSync = m_tables.isEmpty();
    const QString at = report.heads.isEmpty() ? tr("an empty database")
                                              : tr("revision %1").arg(report.heads.join(u", "_s));
    if (m_inSync) {
        m_pages->setCurrentIndex(1);
        m_inSyncLabel->setText(tr("In sync: the database (at %1) matches the models.").arg(at));
        showStatus(tr("In sync."));
    } else {
        m_pages->setCurrentIndex(0);
        qsizetype changes = 0;
        for (const TableDiff &table : std::as_const(m_tables))
            changes += table.changes.changes.size();
        showStatus(changes == 1
                ? tr("One difference between the database (at %1) and the models.").arg(at)
                : tr("%1 differences between the database (at %2) and the models.")
                      .arg(changes)
                      .arg(at));
        showTables();
    }
    emit refreshed();
}

QString ModelDiffPane::describe(const SchemaChange &change)
{
    const QString object = objectWord(change.object);
    if (!change.aspect.isEmpty() && change.object == SchemaChange::Object::Column) {
        return tr("%1 %2: %3 %4 \u2192 %5")
            .arg(object, change.name, change.aspect, change.before, change.after);
    }
    switch (change.action) {
    case SchemaChange::Action::Added:
        return tr("%1 %2 added").arg(object, change.name);
    case SchemaChange::Action::Removed:
        return tr("%1 %2 removed").arg(object, change.name);
    case SchemaChange::Action::Changed:
        break;
    }
    return tr("%1 %2 changed").arg(object, change.name);
}

void ModelDiffPane::showTables()
{
    for (qsizetype i = 0; i < m_tables.size(); ++i) {
        const TableChanges &table = m_tables[i].changes;
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, actionMark(table.action) + u' ' + table.table);
        top->setForeground(0, actionColor(table.action, palette()));
        top->setData(0, TableIndexRole, static_cast<int>(i));
        top->setToolTip(0,
            table.action == SchemaChange::Action::Added ? tr("Only the models have this table")
                : table.action == SchemaChange::Action::Removed
                ? tr("Only the database has this table")
                : tr("The table differs"));
        for (const SchemaChange &change : table.changes) {
            if (change.object == SchemaChange::Object::Table)
                continue; // the table row itself says it
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, actionMark(change.action) + u' ' + describe(change));
            child->setText(1, change.details);
            child->setForeground(0, actionColor(change.action, palette()));
            child->setData(0, TableIndexRole, static_cast<int>(i));
        }
        top->setExpanded(true);
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void ModelDiffPane::showTable(int index)
{
    if (index < 0 || index >= m_tables.size())
        return;
    const TableDiff &table = m_tables[index];
    m_ddl->setTitles(
        table.databaseLines.isEmpty() ? tr("Database (no such table)") : tr("Database"),
        table.modelLines.isEmpty() ? tr("Models (no such table)") : tr("Models"));
    m_ddl->setRows(table.rows);
}

void ModelDiffPane::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_status->setPalette(palette);
}

} // namespace retort
