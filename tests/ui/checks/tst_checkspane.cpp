// SPDX-License-Identifier: MIT
#include "ChecksFixture.h"
#include "checks/ChecksModel.h"
#include "checks/ChecksPane.h"
#include "engine/TrustStore.h"
#include "project/Project.h"

#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace retort;
using namespace Qt::StringLiterals;
using namespace checksfixture;

class TestChecksPane : public QObject {
    Q_OBJECT

private slots:
    void init();
    void runAllShowsRedAndGreenWithDetails();
    void runSelectedRunsOneRevision();
    void cancelStopsTheRun();

private:
    ChecksTarget loadTarget();
    QPushButton *button(const QString &text) const;
    ChecksReport waitForRun(QSignalSpy &finished);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TrustStore> m_trust;
    std::unique_ptr<ChecksPane> m_pane;
    QString m_project;
};

void TestChecksPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(u"bookshelf"_s);
    QVERIFY(copyExample(u"bookshelf"_s, m_project));
    // A downgrade that forgets to drop the index its upgrade created.
    QVERIFY(editFile(
        QDir(m_project).filePath(u"migrations/versions/a6c3d2e1f0b9_index_reviews_by_book.py"_s),
        u"batch_op.drop_index(batch_op.f('ix_reviews_book_id'))"_s, u"pass"_s));
    m_trust = std::make_unique<TrustStore>(m_dir->filePath(u"trust.ini"_s));
    QVERIFY(m_trust->trust(m_project).ok());
    m_pane = std::make_unique<ChecksPane>(m_trust.get());
    m_pane->resize(900, 640);
    m_pane->setInterpreter(testPython());
    m_pane->setTarget(loadTarget());
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

ChecksTarget TestChecksPane::loadTarget()
{
    Project::Options options;
    options.configPath = m_project;
    options.alembicVersion = u"1.8.1"_s;
    const auto project = Project::load(options);
    if (!project)
        return {};
    const auto target = ChecksTarget::fromProject(*project);
    return target ? *target : ChecksTarget {};
}

QPushButton *TestChecksPane::button(const QString &text) const
{
    for (QPushButton *candidate : m_pane->findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

ChecksReport TestChecksPane::waitForRun(QSignalSpy &finished)
{
    if (!finished.wait(300000) && finished.isEmpty())
        return {};
    return finished.first().first().value<ChecksReport>();
}

void TestChecksPane::runAllShowsRedAndGreenWithDetails()
{
    ChecksModel *model = m_pane->model();
    QCOMPARE(model->rowCount(), 1 + 7);
    QCOMPARE(model->index(1, ChecksModel::StatusColumn).data().toString(), u"Not run"_s);
    QVERIFY(!button(u"Run selected"_s)->isEnabled());
    QVERIFY(!button(u"Cancel"_s)->isEnabled());

    QSignalSpy finished(m_pane.get(), &ChecksPane::runFinished);
    button(u"Run all"_s)->click();
    QVERIFY(button(u"Cancel"_s)->isEnabled());
    QVERIFY(!button(u"Run all"_s)->isEnabled());
    const ChecksReport report = waitForRun(finished);
    QCOMPARE(report.count(CheckStatus::Failed), 2);
    QVERIFY(!button(u"Cancel"_s)->isEnabled());

    const QModelIndex failing = model->indexOfRevision(u"a6c3d2e1f0b9"_s);
    QVERIFY(failing.isValid());
    QCOMPARE(model->index(failing.row(), ChecksModel::StatusColumn).data().toString(), u"Failed"_s);
    QVERIFY(model->index(failing.row(), ChecksModel::MessageColumn)
                .data()
                .toString()
                .contains(u"does not undo the upgrade"_s));
    const QModelIndex passing = model->indexOfRevision(u"3f2a9c1d7b40"_s);
    QCOMPARE(model->index(passing.row(), ChecksModel::StatusColumn).data().toString(), u"Passed"_s);
    QCOMPARE(model->index(0, ChecksModel::StatusColumn).data().toString(), u"Passed"_s);
    QVERIFY(!model->index(1, ChecksModel::StatusColumn, failing)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(m_pane->view()->isExpanded(failing)); // failures are opened

    // Selecting the failing downgrade shows its differences and the SQL it ran.
    const QModelIndex downgrade = model->index(1, 0, failing);
    m_pane->view()->selectionModel()->select(
        downgrade, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString details = m_pane->findChild<QPlainTextEdit *>()->toPlainText();
    QVERIFY2(details.contains(u"extra index ix_reviews_book_id on reviews (book_id)"_s),
        qPrintable(details));
    QVERIFY(details.contains(u"Revision a6c3d2e1f0b9 — Downgrade: FAILED"_s));
    // The upgrade-again check failed with SQLite's error and the statement that raised it.
    m_pane->view()->selectionModel()->select(model->index(2, 0, failing),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString again = m_pane->findChild<QPlainTextEdit *>()->toPlainText();
    QVERIFY2(again.contains(u"index ix_reviews_book_id already exists"_s), qPrintable(again));
    QVERIFY(again.contains(u"CREATE INDEX ix_reviews_book_id ON reviews (book_id);"_s));
    m_pane->view()->selectionModel()->select(
        downgrade, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    const QString png = QStringLiteral(RETORT_TEST_OUTPUT_DIR "/checkspane.png");
    QVERIFY(m_pane->grab().save(png));
}

void TestChecksPane::runSelectedRunsOneRevision()
{
    ChecksModel *model = m_pane->model();
    const QModelIndex row = model->indexOfRevision(u"8d41e6b2a913"_s);
    m_pane->view()->selectionModel()->select(
        row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(button(u"Run selected"_s)->isEnabled());
    QSignalSpy finished(m_pane.get(), &ChecksPane::runFinished);
    button(u"Run selected"_s)->click();
    const ChecksReport report = waitForRun(finished);
    QVERIFY(report.passed());
    QCOMPARE(report.results.size(), 3);
    QCOMPARE(model->index(row.row(), ChecksModel::StatusColumn).data().toString(), u"Passed"_s);
    // Nothing else ran.
    QCOMPARE(model->index(0, ChecksModel::StatusColumn).data().toString(), u"Not run"_s);
    QCOMPARE(
        model->index(model->indexOfRevision(u"a6c3d2e1f0b9"_s).row(), ChecksModel::StatusColumn)
            .data()
            .toString(),
        u"Not run"_s);
    QCOMPARE(m_pane->findChild<QProgressBar *>()->value(), 3);
}

void TestChecksPane::cancelStopsTheRun()
{
    QSignalSpy finished(m_pane.get(), &ChecksPane::runFinished);
    m_pane->runAll();
    QVERIFY(m_pane->isRunning());
    button(u"Cancel"_s)->click();
    const ChecksReport report = waitForRun(finished);
    QVERIFY(report.cancelled);
    QVERIFY(!m_pane->isRunning());
    QVERIFY(button(u"Run all"_s)->isEnabled());
}

QTEST_MAIN(TestChecksPane)
#include "tst_checkspane.moc"
