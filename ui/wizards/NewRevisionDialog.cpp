// SPDX-License-Identifier: MIT
#include "wizards/NewRevisionDialog.h"

#include "engine/SchemaCompare.h"
#include "merge/RevisionWriter.h"
#include "wizards/ReviewOperationModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace retort {

NewRevisionDialog::NewRevisionDialog(
    WizardContext context, const QStringList &heads, QWidget *parent)
    : QDialog(parent), m_context(std::move(context))
{
    setWindowTitle(tr("New Revision"));
    m_model = new ReviewOperationModel(this);
    m_compare = new SchemaCompare(m_context.trust, this);
    m_compare->setInterpreter(m_context.interpreter);
    m_compare->setBridgeScript(m_context.bridgeScript);
    m_writer = new RevisionWriter(m_context.trust, this);
    m_writer->setInterpreter(m_context.interpreter);
    m_writer->setBridgeScript(m_context.bridgeScript);
    buildForm();
    m_head->addItem(tr("head (the single head)"), QStringLiteral("head"));
    for (const QString &head : heads)
        m_head->addItem(head, head);
    m_head->addItem(tr("base (a new root)"), QStringLiteral("base"));
    connect(m_compare, &SchemaCompare::finished, this, &NewRevisionDialog::onCompared);
    connect(m_writer, &RevisionWriter::finished, this, &NewRevisionDialog::onWritten);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NewRevisionDialog::updateState);
    updateState();
}

NewRevisionDialog::~NewRevisionDialog()
{
    m_compare->cancel();
}

void NewRevisionDialog::buildForm()
{
    m_message = new QLineEdit(this);
    m_message->setPlaceholderText(tr("What the revision does, e.g. \"add due dates\""));
    m_branchLabel = new QLineEdit(this);
    m_branchLabel->setPlaceholderText(tr("optional"));
    m_head = new QComboBox(this);
    m_autogenerate = new QCheckBox(tr("Autogenerate: compare the models with the database and "
                                      "review the operations first"),
        this);
    m_autogenerate->setEnabled(!m_context.databasePath.isEmpty());
    if (m_context.databasePath.isEmpty())
        m_autogenerate->setToolTip(tr("Autogenerate needs a database to compare with."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Branch label:"), m_branchLabel);
    form->addRow(tr("&Parent:"), m_head);
    form->addRow(QString(), m_autogenerate);

    m_review = new QGroupBox(tr("Operations to write"), this);
    m_operations = new QTreeView(m_review);
    m_operations->setModel(m_model);
    m_operations->setRootIsDecorated(false);
    m_operations->setUniformRowHeights(true);
    m_operations->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reviewStatus = new QLabel(this);
    m_reviewStatus->setWordWrap(true);
    m_renameHint = new QLabel(tr("A dropped and an added column of one table may be a rename: "
                                 "tick it in the Note column to keep the column's data."),
        this);
    m_renameHint->setWordWrap(true);
    m_renameHint->hide();
    m_compareAgain = new QPushButton(tr("Compare &Again"), m_review);
    auto *reviewLayout = new QVBoxLayout(m_review);
    reviewLayout->addWidget(m_operations);
    reviewLayout->addWidget(m_compareAgain, 0, Qt::AlignRight);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_reviewStatus);
    layout->addWidget(m_renameHint);
    layout->addWidget(m_review, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_autogenerate, &QCheckBox::toggled, this, &NewRevisionDialog::setAutogenerate);
    connect(m_compareAgain, &QPushButton::clicked, this, &NewRevisionDialog::compare);
    connect(m_create, &QPushButton::clicked, this, &NewRevisionDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_review->hide();
    m_reviewStatus->hide();
}

bool NewRevisionDialog::hasPossibleRename() const
{
    const auto &ops = m_model->operations();
    return std::any_of(
        ops.cbegin(), ops.cend(), [](const ReviewOperation &op) { return op.isPossibleRename(); });
}

void NewRevisionDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

void NewRevisionDialog::setBranchLabel(const QString &label)
{
    m_branchLabel->setText(label);
}

void NewRevisionDialog::setHead(const QString &head)
{
    const int index = m_head->findData(head);
    if (index >= 0)
        m_head->setCurrentIndex(index);
}

void NewRevisionDialog::setAutogenerate(bool on)
{
    if (m_autogenerate->isChecked() != on) {
        m_autogenerate->setChecked(on); // comes back here through toggled()
        return;
    }
    m_review->setVisible(on);
    m_reviewStatus->setVisible(on);
    m_renameHint->setVisible(on && hasPossibleRename());
    if (on && !m_compared && !m_comparing)
        compare();
    updateState();
}

void NewRevisionDialog::compare()
{
    if (m_comparing)
        return;
    m_comparing = true;
    m_error->hide();
    m_reviewStatus->setText(tr("Comparing the models with the database…"));
    m_compare->start(m_context.request());
    updateState();
}

void NewRevisionDialog::onCompared(const CompareReport &report)
{
    m_comparing = false;
    m_compared = report.ok();
    m_model->setDiffs(report.ok() ? report.diffs : QJsonArray());
    if (!report.ok()) {
        m_reviewStatus->setText(tr("The comparison failed."));
        showError(report.error ? report.error->message : report.bridge.message);
    } else if (!report.hasChanges()) {
        m_reviewStatus->setText(tr("The models and the database are in sync: the revision "
                                   "would be empty."));
    } else {
        m_reviewStatus->setText(tr("Operations autogenerate found: %1. Uncheck what should not "
                                   "be written.")
                                    .arg(report.diffs.size()));
    }
    m_renameHint->setVisible(hasPossibleRename());
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_operations->resizeColumnToContents(column);
    updateState();
    emit comparisonFinished();
}

void NewRevisionDialog::create()
{
    if (m_writer->isRunning())
        return;
    BridgeRequest request = m_context.request();
    request.message = m_message->text().trimmed();
    request.branchLabel = m_branchLabel->text().trimmed();
    request.head = m_head->currentData().toString();
    if (m_autogenerate->isChecked()) {
        request = m_model->review().apply(request);
    } else {
        // The database stays in the request: with revision_environment env.py runs, on a copy.
        request.operation = BridgeRequest::Operation::Revision;
    }
    m_error->hide();
    m_writer->start(RevisionWriter::Kind::Revision, request);
    updateState();
}

void NewRevisionDialog::onWritten(const AuthorReport &report)
{
    m_lastReport = report;
    updateState();
    if (!report.ok() || report.written.isEmpty()) {
        const QString message = report.error ? report.error->message : report.bridge.message;
        showError(message);
        emit writeFailed(message);
        return;
    }
    emit revisionWritten(report.written.first().file);
    accept();
}

void NewRevisionDialog::showError(const QString &message)
{
    m_error->setText(tr("<b>Alembic reported an error:</b> %1").arg(message.toHtmlEscaped()));
    m_error->show();
}

void NewRevisionDialog::updateState()
{
    const bool writing = m_writer->isRunning();
    const bool reviewReady = !m_autogenerate->isChecked() || (m_compared && !m_comparing);
    m_create->setEnabled(!writing && reviewReady);
    m_create->setText(writing ? tr("Writing…") : tr("&Create"));
    m_compareAgain->setEnabled(!m_comparing && !writing);
    m_message->setEnabled(!writing);
    m_operations->setEnabled(!m_comparing && !writing);
}

} // namespace retort
