// SPDX-License-Identifier: MIT
// The merge wizard driven page by page with real Alembic on a copy of examples/bookshelf that
// has a second head: merging gives a single head the database can be upgraded to; re-basing
// changes exactly one line of one file.
#include "WizardTestProject.h"
#include "scripts/ScriptParser.h"
#include "wizards/MergeBranchesPage.h"
#include "wizards/MergeHeadsPage.h"
#include "wizards/MergeMessagePage.h"
#include "wizards/MergePreviewPage.h"
#include "wizards/MergeWizard.h"
#include "wizards/MergeWritePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTest>
#include <QUuid>

using namespace retort;
using namespace wizardtest;
using namespace Qt::StringLiterals;

namespace {

const auto mergeHead = u"e4b8f7a2c5d6"_s;
const auto sideHead = u"5ab1e0000001"_s;

/// Every file of the versions folder, by name.
QMap<QString, QByteArray> versions(const ExampleProject &project)
{
    QMap<QString, QByteArray> files;
    const QDir dir(project.file(u"migrations/versions"_s));
    for (const QString &name : dir.entryList({u"*.py"_s}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.insert(name, file.readAll());
    }
    return files;
}

QStringList versionTable(const QString &database)
{
    QStringList values;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(database);
        db.open();
        QSqlQuery query(db);
        query.exec(u"SELECT version_num FROM alembic_version"_s);
        while (query.next())
            values << query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

} // namespace

class TestMergeWizard : public QObject {
    Q_OBJECT

private slots:
    void init();
    void mergeGivesOneHeadAndUpgradesToIt();
    void rebaseRewritesExactlyOneLine();

private:
    void openAtMessagePage(MergeWizard &wizard);

    std::unique_ptr<ExampleProject> m_bookshelf;
};

void TestMergeWizard::init()
{
    m_bookshelf = std::make_unique<ExampleProject>(u"bookshelf"_s);
    QVERIFY(m_bookshelf->isValid());
    QVERIFY(addSecondHead(*m_bookshelf, sideHead));
}

void TestMergeWizard::openAtMessagePage(MergeWizard &wizard)
{
    wizard.resize(760, 560);
    QSignalSpy loaded(&wizard, &MergeWizard::projectLoaded);
    wizard.show();
    QVERIFY(loaded.wait(30000));
    auto *heads = qobject_cast<MergeHeadsPage *>(wizard.page(MergeWizard::HeadsPageId));
    QCOMPARE(heads->chosenHeads().size(), 2); // every head, checked by default
    QVERIFY(heads->isComplete());
    QVERIFY(screenshot(&wizard, u"wizard-merge-heads"_s));
    wizard.next();

    QCOMPARE(wizard.currentId(), int(MergeWizard::BranchesPageId));
    const MergeAnalysis &analysis = wizard.analysis();
    QCOMPARE(analysis.commonAncestors, QStringList {u"91f0c4d8e2a7"_s});
    QCOMPARE(analysis.overlaps.size(), 1);
    QCOMPARE(analysis.overlaps.first().table, u"reviews"_s);
    // The rows of revisions touching reviews are marked, the others are not.
    auto *branches = qobject_cast<MergeBranchesPage *>(wizard.currentPage());
    QStandardItemModel *model = branches->branchesModel();
    QStringList marked;
    for (int top = 0; top < model->rowCount(); ++top)
        for (int row = 0; row < model->item(top)->rowCount(); ++row)
            if (model->item(top)->child(row)->data(MergeBranchesPage::OverlapRole).toBool())
                marked << model->item(top)->child(row)->text().left(12);
    marked.sort();
    QCOMPARE(marked, QStringList({u"5ab1e0000001"_s, u"5e9a0b7c3f12"_s, u"a6c3d2e1f0b9"_s}));
    QVERIFY(screenshot(&wizard, u"wizard-merge-branches"_s));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MergeWizard::MessagePageId));
}

void TestMergeWizard::mergeGivesOneHeadAndUpgradesToIt()
{
    MergeWizard wizard(context(*m_bookshelf, u"bookshelf.db"_s));
    openAtMessagePage(wizard);
    if (QTest::currentTestFailed())
        return;
    auto *message = qobject_cast<MergeMessagePage *>(wizard.currentPage());
    message->messageEdit()->setText(u"join helpful reviews"_s);
    message->branchLabelEdit()->setText(u"trunk"_s);
    QVERIFY(screenshot(&wizard, u"wizard-merge-message"_s));
    wizard.next();

    auto *preview = qobject_cast<MergePreviewPage *>(wizard.currentPage());
    QVERIFY(preview);
    const QString header = preview->previewText();
    QVERIFY2(header.contains(u"down_revision = ('%1', '%2')"_s.arg(mergeHead, sideHead))
            || header.contains(u"down_revision = ('%1', '%2')"_s.arg(sideHead, mergeHead)),
        qPrintable(header));
    QVERIFY(header.contains(u"branch_labels = ('trunk',)"_s));
    QVERIFY(screenshot(&wizard, u"wizard-merge-preview"_s));

    auto *write = qobject_cast<MergeWritePage *>(wizard.page(MergeWizard::WritePageId));
    QSignalSpy finished(write, &MergeWritePage::finished);
    QSignalSpy written(&wizard, &MergeWizard::revisionWritten);
    wizard.next(); // the commit button: Alembic writes the merge
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(write->statusText()));
    QCOMPARE(written.size(), 1);
    QVERIFY(write->statusText().contains(u"single head"_s));
    QVERIFY(write->upgradeBox()->isEnabled());
    write->upgradeBox()->setChecked(true);
    QVERIFY(screenshot(&wizard, u"wizard-merge-written"_s));

    // The file is Alembic's merge of both heads, with the previewed id.
    QFile file(written.first().first().toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const RevisionScript merged = ScriptParser::parse(file.fileName(), file.readAll());
    QCOMPARE(merged.revision, wizard.revId);
    QCOMPARE(QSet<QString>(merged.downRevisions.cbegin(), merged.downRevisions.cend()),
        QSet<QString>({mergeHead, sideHead}));
    QCOMPARE(merged.branchLabels, QStringList {u"trunk"_s});

    QSignalSpy upgrade(&wizard, &MergeWizard::upgradeRequested);
    wizard.accept();
    QCOMPARE(upgrade.size(), 1);
    const QString target = upgrade.first().first().toString();
    QCOMPARE(target, merged.revision);
    // What the lead does with the request: upgrade through the engine, here directly.
    const auto upgraded = m_bookshelf->migrate(u"bookshelf.db"_s, target);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.message));
    QCOMPARE(versionTable(m_bookshelf->file(u"bookshelf.db"_s)), QStringList {target});
}

void TestMergeWizard::rebaseRewritesExactlyOneLine()
{
    const QMap<QString, QByteArray> before = versions(*m_bookshelf);
    MergeWizard wizard(context(*m_bookshelf, u"bookshelf.db"_s));
    openAtMessagePage(wizard);
    if (QTest::currentTestFailed())
        return;
    auto *message = qobject_cast<MergeMessagePage *>(wizard.currentPage());
    // bookshelf.db has a6c3d2e1f0b9: only the new branch may move.
    QVERIFY(message->rebaseButton()->isEnabled());
    QCOMPARE(message->rebaseChoice()->count(), 1);
    QCOMPARE(
        message->rebaseChoice()->itemData(0).toStringList(), QStringList({sideHead, mergeHead}));
    message->rebaseButton()->setChecked(true);
    QVERIFY(screenshot(&wizard, u"wizard-rebase-choice"_s));
    wizard.next();

    auto *preview = qobject_cast<MergePreviewPage *>(wizard.currentPage());
    const QString diff = preview->previewText();
    QVERIFY2(diff.contains(u"\n-down_revision: Union[str, Sequence[str], None] = '91f0c4d8e2a7'"_s),
        qPrintable(diff));
    QVERIFY(diff.contains(
        u"\n+down_revision: Union[str, Sequence[str], None] = '%1'"_s.arg(mergeHead)));
    QVERIFY(screenshot(&wizard, u"wizard-rebase-preview"_s));
    QCOMPARE(versions(*m_bookshelf), before); // nothing written before Write

    auto *write = qobject_cast<MergeWritePage *>(wizard.page(MergeWizard::WritePageId));
    QSignalSpy finished(write, &MergeWritePage::finished);
    wizard.next();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(write->statusText()));
    QVERIFY(write->statusText().contains(u"single head"_s));
    QCOMPARE(write->newHead(), sideHead);

    const QMap<QString, QByteArray> after = versions(*m_bookshelf);
    QCOMPARE(after.keys(), before.keys());
    QStringList changed;
    for (const QString &name : before.keys()) {
        const QList<QByteArray> a = before[name].split('\n');
        const QList<QByteArray> b = after[name].split('\n');
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a[i] != b[i])
                changed << name + u':' + QString::fromUtf8(b[i]);
    }
    QCOMPARE(changed.size(), 1);
    QVERIFY2(changed.first().startsWith(sideHead), qPrintable(changed.first()));

    // Real Alembic agrees: one head, and the database upgrades through the moved branch.
    const auto upgraded = m_bookshelf->migrate(u"bookshelf.db"_s, u"head"_s);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.message));
    QCOMPARE(versionTable(m_bookshelf->file(u"bookshelf.db"_s)), QStringList {sideHead});
}

QTEST_MAIN(TestMergeWizard)
#include "tst_mergewizard.moc"
