// SPDX-License-Identifier: MIT
#include "wizards/MergePreviewPage.h"

#include "wizards/MergeWizard.h"

#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QUuid>
#include <QVBoxLayout>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

QString pythonString(const QString &text)
{
    return u'\'' + QString(text).replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s) + u'\'';
}

} // namespace

MergePreviewPage::MergePreviewPage(MergeWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setCommitPage(true);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_text, 1);
}

QString MergePreviewPage::mergeHeader(const QString &revId, const QStringList &heads,
    const QString &message, const QString &branchLabel)
{
    QStringList quoted;
    for (const QString &head : heads)
        quoted << pythonString(head);
    return u"\"\"\"%1\n\nRevision ID: %2\nRevises: %3\n\"\"\"\n\nrevision = %4\n"
           "down_revision = (%5)\nbranch_labels = %6\ndepends_on = None\n"_s.arg(message, revId,
               heads.join(u", "_s), pythonString(revId), quoted.join(u", "_s),
               branchLabel.isEmpty() ? u"None"_s : u"(%1,)"_s.arg(pythonString(branchLabel)));
}

void MergePreviewPage::initializePage()
{
    if (m_wizard->method == MergeWizard::Method::Rebase && m_wizard->rebasePlan) {
        const RebasePlan &plan = *m_wizard->rebasePlan;
        setTitle(tr("Re-base: check the file change"));
        setSubTitle(tr("Only this line of one file changes. Re-basing rewrites history: never "
                       "re-base revisions that were applied to another database or shared."));
        m_intro->setText(tr("<b>Warning:</b> %1 will name %2 as its down revision instead of %3; "
                            "the branch %4 then follows %2.")
                             .arg(plan.firstRevision, plan.ontoHead, plan.oldDownRevision,
                                 plan.movedRevisions.join(u", "_s)));
        m_text->setPlainText(QDir::toNativeSeparators(plan.file) + u"\n\n"_s + plan.diff);
        return;
    }
    if (m_wizard->revId.isEmpty()) // as Alembic makes ids: the last 12 hex digits of a uuid4
        m_wizard->revId = QUuid::createUuid().toString(QUuid::Id128).right(12);
    setTitle(tr("Preview the merge revision"));
    setSubTitle(tr("Alembic writes it from the project's template; this is its header."));
    m_intro->setText(tr("Press Write to create it with Alembic."));
    m_text->setPlainText(mergeHeader(
        m_wizard->revId, m_wizard->chosenHeads(), m_wizard->message, m_wizard->branchLabel));
}

QString MergePreviewPage::previewText() const
{
    return m_text->toPlainText();
}

} // namespace retort
