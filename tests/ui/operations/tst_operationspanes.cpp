// SPDX-License-Identifier: MIT
#include "OperationsFixture.h"
#include "operations/BackupListModel.h"
#include "operations/BackupsPane.h"
#include "operations/ConfirmActionDialog.h"
#include "operations/ConsoleWidget.h"
#include "operations/OperationController.h"
#include "operations/ProjectSettings.h"
#include "operations/ProjectSettingsDialog.h"
#include "operations/RunProgressDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QUrl>

using namespace retort;
using namespace operationsfixture;
using namespace Qt::StringLiterals;

namespace {

constexpr int bridgeWaitMs = 120000;

} // namespace

/// Receives QDesktopServices::openUrl("file:...") instead of a file manager.
class UrlCatcher : public QObject {
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

// The panes and dialogs of ui/operations, offscreen, on a real copy of examples/bookshelf.
// With RETORT_SCREENSHOT_DIR set, each grabs a PNG of itself there (docs/screenshots).
class TestOperationsPanes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void confirmUpgradeListsStepsAndSql();
    void confirmDowngradeOneStep();
    void confirmWhenNothingToDo();
    void confirmStamp();
    void progressDialogFollowsARun();
    void failureShowsFileLineAndRestores();
    void consoleCopiesAndClears();
    void backupsPaneListsDeletesRestores();
    void settingsDialogRoundTrip();
    void revokeTrustFromSettings();

private:
    OperationResult runToEnd(const OperationRequest &request);
    void grab(QWidget *widget, const QString &name);

    std::unique_ptr<BookshelfCopy> m_copy;
    std::unique_ptr<OperationController> m_controller;
    QStringList m_before;
};

void TestOperationsPanes::initTestCase()
{
    // The light palette the user guide's screenshots use, whatever the desktop says.
    QApplication::setStyle(u"Fusion"_s);
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestOperationsPanes::init()
{
    QVERIFY2(QFileInfo(testPython()).isExecutable(), "needs a Python with alembic");
    m_copy = std::make_unique<BookshelfCopy>();
    QVERIFY(m_copy->isValid());
    m_controller = std::make_unique<OperationController>(m_copy->backups(), m_copy->trust());
    m_controller->setContext(m_copy->context());
    m_before = snapshot(m_copy->database());
}

void TestOperationsPanes::cleanup()
{
    m_controller.reset();
    m_copy.reset();
}

OperationResult TestOperationsPanes::runToEnd(const OperationRequest &request)
{
    QSignalSpy finished(m_controller.get(), &OperationController::finished);
    if (!m_controller->start(request) || (finished.isEmpty() && !finished.wait(bridgeWaitMs)))
        return {};
    return finished.first().first().value<OperationResult>();
}

void TestOperationsPanes::grab(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("RETORT_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QVERIFY(widget->grab().save(QDir(folder).filePath(u"operations-"_s + name + u".png"_s)));
}

void TestOperationsPanes::confirmUpgradeListsStepsAndSql()
{
    ConfirmActionDialog dialog(m_copy->context(), OperationRequest::upgrade(), *m_copy->trust());
    dialog.show();
    QSignalSpy planned(&dialog, &ConfirmActionDialog::planReady);
    QSignalSpy sqlShown(&dialog, &ConfirmActionDialog::sqlReady);
    QVERIFY(dialog.isPlanReady() || planned.wait(bridgeWaitMs));
    QCOMPARE(dialog.stepDescriptions(),
        (QStringList {u"upgrade c07b5e9f21d8 -> 91f0c4d8e2a7, create tags"_s,
            u"upgrade a6c3d2e1f0b9, 91f0c4d8e2a7 -> e4b8f7a2c5d6, merge reviews and tags"_s}));
    QVERIFY(dialog.isSqlReady() || sqlShown.wait(bridgeWaitMs));
    const QString sql = dialog.sqlText();
    QVERIFY2(sql.contains(u"CREATE TABLE tags"_s), qPrintable(sql));
    QVERIFY(sql.contains(u"CREATE TABLE book_tags"_s));
    // Only the pending steps: nothing of the revisions the database already has.
    QVERIFY(!sql.contains(u"CREATE TABLE authors"_s));
    QVERIFY(!sql.contains(u"CREATE TABLE reviews"_s));

    // The steps listed are the steps Alembic then runs, in the same order.
    const OperationRequest request = dialog.request();
    QVERIFY(request.keepBackup);
    QCOMPARE(request.expectedSteps, 2);
    QSignalSpy steps(m_controller.get(), &OperationController::stepStarted);
    QVERIFY(runToEnd(request).ok());
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).at(0).toString(), u"91f0c4d8e2a7"_s);
    QCOMPARE(steps.at(1).at(0).toString(), QLatin1String(mergeRevision));
    grab(&dialog, u"confirm-upgrade"_s);
}

void TestOperationsPanes::confirmDowngradeOneStep()
{
    ConfirmActionDialog dialog(m_copy->context(), OperationRequest::downgrade(), *m_copy->trust());
    dialog.show();
    QSignalSpy sqlShown(&dialog, &ConfirmActionDialog::sqlReady);
    QVERIFY(dialog.isSqlReady() || sqlShown.wait(bridgeWaitMs));
    QCOMPARE(dialog.stepDescriptions(),
        QStringList {u"downgrade a6c3d2e1f0b9 -> 5e9a0b7c3f12, index reviews by book"_s});
    QVERIFY2(dialog.sqlText().contains(u"DROP INDEX ix_reviews_book_id"_s),
        qPrintable(dialog.sqlText()));
    grab(&dialog, u"confirm-downgrade"_s);
    auto *backupFirst = dialog.findChild<QCheckBox *>();
    QVERIFY(backupFirst && backupFirst->isChecked());
    backupFirst->setChecked(false);
    QVERIFY(!dialog.request().keepBackup);
}

void TestOperationsPanes::confirmWhenNothingToDo()
{
    QVERIFY(runToEnd(OperationRequest::upgrade()).ok());
    ConfirmActionDialog dialog(m_copy->context(), OperationRequest::upgrade(), *m_copy->trust());
    QSignalSpy planned(&dialog, &ConfirmActionDialog::planReady);
    QVERIFY(dialog.isPlanReady() || planned.wait(bridgeWaitMs));
    QVERIFY(dialog.stepDescriptions().isEmpty());
    auto *box = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestOperationsPanes::confirmStamp()
{
    const OperationRequest stamp = OperationRequest::stamp(u"c07b5e9f21d8"_s);
    ConfirmActionDialog dialog(m_copy->context(), stamp, *m_copy->trust());
    QSignalSpy sqlShown(&dialog, &ConfirmActionDialog::sqlReady);
    QVERIFY(dialog.isSqlReady() || sqlShown.wait(bridgeWaitMs));
    QCOMPARE(dialog.stepDescriptions().size(), 1);
    QVERIFY2(dialog.stepDescriptions().first().startsWith(u"stamp_revision a6c3d2e1f0b9 -> "_s),
        qPrintable(dialog.stepDescriptions().first()));
    // A stamp only rewrites the version table.
    const QString sql = dialog.sqlText();
    QVERIFY2(
        sql.contains(u"UPDATE alembic_version SET version_num='c07b5e9f21d8'"_s), qPrintable(sql));
    QVERIFY(!sql.contains(u"CREATE"_s) && !sql.contains(u"DROP"_s));
}

void TestOperationsPanes::progressDialogFollowsARun()
{
    RunProgressDialog dialog(m_controller.get());
    dialog.show();
    QStringList stepTexts;
    connect(m_controller.get(), &OperationController::stepStarted, &dialog,
        [&] { stepTexts << dialog.stepText(); });
    OperationRequest request = OperationRequest::upgrade();
    request.expectedSteps = 2;
    QVERIFY(runToEnd(request).ok());
    QCOMPARE(stepTexts.size(), 2);
    QCOMPARE(stepTexts.at(0), u"Step 1 of 2: upgrade c07b5e9f21d8 -> 91f0c4d8e2a7"_s);
    QCOMPARE(dialog.progressBar()->value(), 2);
    QCOMPARE(dialog.progressBar()->maximum(), 2);
    QVERIFY(!dialog.cancelButton()->isEnabled());
    QVERIFY(dialog.outcomeText().contains(u"the database is at e4b8f7a2c5d6"_s));
    grab(&dialog, u"progress-done"_s);
}

void TestOperationsPanes::failureShowsFileLineAndRestores()
{
    QVERIFY(m_copy->setMergeUpgrade(raisingUpgrade));
    ConsoleWidget console;
    console.setErrorColor(QColor(0xc0, 0x1c, 0x28));
    console.resize(900, 420);
    console.show();
    console.follow(m_controller.get());
    RunProgressDialog progress(m_controller.get());
    progress.show();
    QSignalSpy consoleOpens(&console, &ConsoleWidget::openFileRequested);
    QSignalSpy progressOpens(&progress, &RunProgressDialog::openFileRequested);

    const OperationResult result = runToEnd(OperationRequest::upgrade());
    QVERIFY(result.databaseRestored());
    QCOMPARE(snapshot(m_copy->database()), m_before);

    const QString script = m_copy->filePath(QLatin1String(mergeScript));
    QVERIFY(progress.outcomeText().contains(u"the database was restored from backup "_s));
    QVERIFY(progress.outcomeText().contains(u"e4b8f7a2c5d6_merge_reviews_and_tags.py:23"_s));
    auto *outcome = progress.findChildren<QLabel *>().last();
    emit outcome->linkActivated(QUrl::fromLocalFile(result.error->file).toString() + u"#23"_s);
    QCOMPARE(progressOpens.size(), 1);
    QCOMPARE(progressOpens.first().at(1).toInt(), 23);

    // The console has the steps, the SQL, the error and the full traceback.
    const QString log = console.text();
    QVERIFY(log.contains(u"── Upgrade to head ──"_s));
    QVERIFY(log.contains(u"▶ upgrade c07b5e9f21d8 -> 91f0c4d8e2a7  (91f0c4d8e2a7)"_s));
    QVERIFY(log.contains(u"CREATE TABLE tags"_s));
    QVERIFY(log.contains(u"DELETE FROM books;"_s));
    QVERIFY(log.contains(u"Traceback (most recent call last):"_s));
    QVERIFY(log.contains(u"RuntimeError: injected failure after deleting the books"_s));

    // Clicking the traceback's frame of the revision opens it at the failing line.
    QPlainTextEdit *view = console.view();
    const QString frame = u"e4b8f7a2c5d6_merge_reviews_and_tags.py\", line 23"_s;
    QTextCursor cursor = view->document()->find(frame);
    QVERIFY(!cursor.isNull());
    cursor.setPosition(cursor.selectionStart() + 2);
    view->setTextCursor(cursor);
    view->ensureCursorVisible();
    const QPoint at = view->cursorRect(cursor).center();
    QVERIFY(!view->anchorAt(at).isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(consoleOpens.size(), 1);
    QCOMPARE(QFileInfo(consoleOpens.first().at(0).toString()).canonicalFilePath(),
        QFileInfo(script).canonicalFilePath());
    QCOMPARE(consoleOpens.first().at(1).toInt(), 23);
    view->verticalScrollBar()->setValue(0);
    grab(&console, u"console-failure"_s);
    // Frames of Python's own machinery name no file: they are not links.
    cursor = view->document()->find(u"File \"<frozen"_s);
    if (!cursor.isNull()) {
        view->setTextCursor(cursor);
        view->ensureCursorVisible();
        QVERIFY(view->anchorAt(view->cursorRect(cursor).center()).isEmpty());
    }
    grab(&progress, u"progress-failure"_s);
}

void TestOperationsPanes::consoleCopiesAndClears()
{
    ConsoleWidget console;
    console.follow(m_controller.get());
    QVERIFY(runToEnd(OperationRequest::downgrade()).ok());
    const QString log = console.text();
    QVERIFY(log.contains(u"DROP INDEX ix_reviews_book_id"_s));
    QVERIFY(log.contains(u"Downgrade one step: done; the database is at 5e9a0b7c3f12."_s));
    console.copy();
    QCOMPARE(QApplication::clipboard()->text(), log);
    console.clear();
    QVERIFY(console.text().isEmpty());
}

void TestOperationsPanes::backupsPaneListsDeletesRestores()
{
    BackupsPane pane(m_controller.get());
    pane.resize(760, 260);
    pane.show();
    int questions = 0;
    bool answer = true;
    pane.setConfirmation([&](QWidget *, const QString &, const QString &) {
        ++questions;
        return answer;
    });
    QCOMPARE(pane.model()->rowCount(), 0);

    const OperationResult first = runToEnd(OperationRequest::backupNow());
    QVERIFY(first.ok());
    QVERIFY(runToEnd(OperationRequest::upgrade()).ok()); // keeps its "before" backup
    const QStringList upgraded = snapshot(m_copy->database());
    QCOMPARE(pane.model()->rowCount(), 2); // refreshed after each action
    QCOMPARE(pane.model()->backupAt(0)->revisions, QStringList {u"a6c3d2e1f0b9"_s});
    QVERIFY(pane.model()->backupAt(0)->reason.startsWith(u"before upgrade"_s));
    QCOMPARE(pane.model()->backupAt(1)->id, first.backup->id);
    QCOMPARE(
        pane.model()->index(1, BackupListModel::SourceColumn).data().toString(), u"backup now"_s);
    grab(&pane, u"backups"_s);

    // Declined: nothing deleted. Accepted: the backup and its file are gone.
    pane.selectRow(0);
    answer = false;
    pane.deleteSelected();
    QCOMPARE(pane.model()->rowCount(), 2);
    answer = true;
    const QString deletedPath = pane.model()->backupAt(0)->path;
    pane.deleteSelected();
    QCOMPARE(questions, 2);
    QCOMPARE(pane.model()->rowCount(), 1);
    QVERIFY(!QFileInfo::exists(deletedPath));

    // Restore the "backup now" copy: the database is back, with a safety copy listed first.
    pane.selectRow(0);
    QSignalSpy finished(m_controller.get(), &OperationController::finished);
    pane.restoreSelected();
    QCOMPARE(questions, 3);
    QVERIFY(finished.wait(bridgeWaitMs));
    QVERIFY(finished.first().first().value<OperationResult>().ok());
    QCOMPARE(snapshot(m_copy->database()), m_before);
    QCOMPARE(pane.model()->rowCount(), 2);
    QCOMPARE(snapshot(pane.model()->backupAt(0)->path), upgraded);

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    pane.selectRow(1);
    pane.revealSelected();
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first().toLocalFile(), m_copy->backups()->folder());

    // Another database has no backups yet.
    OperationContext other = m_copy->context();
    other.databasePath = m_copy->tempPath(u"other.db"_s);
    QVERIFY(m_controller->setContext(other));
    QCOMPARE(pane.model()->rowCount(), 0);
}

void TestOperationsPanes::settingsDialogRoundTrip()
{
    const QString file = m_copy->tempPath(u"settings.ini"_s);
    ProjectSettings settings(m_copy->project(), file);
    QCOMPARE(settings.retentionLimit(), ProjectSettings::defaultRetentionLimit);
    QVERIFY(settings.interpreter().isEmpty());
    {
        ProjectSettingsDialog dialog(m_copy->project(), &settings, m_copy->trust());
        dialog.show();
        QSignalSpy versions(&dialog, &ProjectSettingsDialog::versionsShown);
        QCOMPARE(dialog.interpreter(), QString()); // automatic
        QCOMPARE(dialog.section(), u"alembic"_s);
        QCOMPARE(dialog.sectionBox()->count(), 1); // [loggers] etc. have no script_location
        dialog.setInterpreter(testPython());
        QVERIFY(versions.wait(bridgeWaitMs));
        QVERIFY2(
            dialog.versionsText().startsWith(u"Alembic 1."_s), qPrintable(dialog.versionsText()));
        QVERIFY(dialog.versionsText().contains(u"SQLAlchemy 1."_s)
            || dialog.versionsText().contains(u"SQLAlchemy 2."_s));
        dialog.databaseEdit()->setText(m_copy->tempPath(u"other.db"_s));
        dialog.backupFolderEdit()->setText(m_copy->tempPath(u"my-backups"_s));
        dialog.retentionBox()->setValue(5);
        grab(&dialog, u"settings"_s);
        dialog.accept();
    }
    ProjectSettings reread(m_copy->project() + u"/migrations/.."_s, file);
    QCOMPARE(reread.interpreter(), testPython());
    QCOMPARE(reread.section(), QString()); // the default section is not stored
    QCOMPARE(reread.database(), m_copy->tempPath(u"other.db"_s));
    QCOMPARE(reread.backupFolder(), m_copy->tempPath(u"my-backups"_s));
    QCOMPARE(reread.retentionLimit(), 5);
    // The database is where WorkbenchSettings::databaseFor() reads it.
    QSettings raw(file, QSettings::IniFormat);
    QCOMPARE(raw.value(u"projects/databases"_s).toMap().value(reread.projectKey()).toString(),
        m_copy->tempPath(u"other.db"_s));

    ProjectSettingsDialog again(m_copy->project(), &reread, m_copy->trust());
    QCOMPARE(again.interpreter(), testPython());
    QCOMPARE(again.retentionLimit(), 5);
    QCOMPARE(again.database(), m_copy->tempPath(u"other.db"_s));
}

void TestOperationsPanes::revokeTrustFromSettings()
{
    ProjectSettings settings(m_copy->project(), m_copy->tempPath(u"settings.ini"_s));
    ProjectSettingsDialog dialog(m_copy->project(), &settings, m_copy->trust());
    QSignalSpy revoked(&dialog, &ProjectSettingsDialog::trustRevoked);
    QVERIFY(dialog.revokeButton()->isEnabled());
    QTest::mouseClick(dialog.revokeButton(), Qt::LeftButton);
    QCOMPARE(revoked.size(), 1);
    QVERIFY(!m_copy->trust()->isTrusted(m_copy->project()));
    QVERIFY(!dialog.revokeButton()->isEnabled());
    QCOMPARE(runToEnd(OperationRequest::upgrade()).status, OperationResult::Status::Refused);
}

QTEST_MAIN(TestOperationsPanes)
#include "tst_operationspanes.moc"
