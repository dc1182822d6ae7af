// SPDX-License-Identifier: MIT
#include "model/RevisionGraphModel.h"
#include "model/SnapshotBuilder.h"
#include "problems/ProblemsModel.h"
#include "problems/ProblemsPane.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace retort;
using namespace Qt::StringLiterals;

/// The Problems pane on a broken project (a missing parent, a duplicate id, a script that cannot
/// be read) and on the lint findings of the linter's test project.
class TestProblemsPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void brokenProjectListsItsProblems();
    void activatingAProblemAsksForItsFile();
    void lintFindingsAreListedAndBadged();
    void brokenProjectOpensInTheWindow();

private:
    bool write(const QString &relativePath, const QString &text);
    QString script(const QString &name) const;

    QTemporaryDir m_broken;
};

bool TestProblemsPane::write(const QString &relativePath, const QString &text)
{
    const QString path = m_broken.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

QString TestProblemsPane::script(const QString &name) const
{
    return QFileInfo(m_broken.filePath(u"migrations/versions/"_s + name)).absoluteFilePath();
}

void TestProblemsPane::initTestCase()
{
    QVERIFY(m_broken.isValid());
    const QString header = u"revision = '%1'\ndown_revision = %2\nbranch_labels = None\n"
                           u"depends_on = None\n\ndef upgrade():\n    pass\n\n"
                           u"def downgrade():\n    pass\n"_s;
    QVERIFY(write(u"alembic.ini"_s, u"[alembic]\nscript_location = migrations\n"_s));
    QVERIFY(write(u"migrations/versions/a1_base.py"_s, header.arg(u"a1"_s, u"None"_s)));
    QVERIFY(write(u"migrations/versions/b2_orphan.py"_s, header.arg(u"b2"_s, u"'gone'"_s)));
    QVERIFY(write(u"migrations/versions/c3_twin.py"_s, header.arg(u"a1"_s, u"None"_s)));
    QVERIFY(write(
        u"migrations/versions/d4_unreadable.py"_s, u"revision = 'd4'\ndown_revision = ('a1',\n"_s));
}

void TestProblemsPane::brokenProjectListsItsProblems()
{
    const Result<GraphSnapshot> snapshot
        = SnapshotBuilder::load(LoadRequest::of(m_broken.path(), false));
    QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));
    ProblemsModel model;
    model.setSnapshot(*snapshot);
    // Load errors and the database's problem (this project names no database).
    QVERIFY(snapshot->databaseProblem);
    QCOMPARE(model.errorCount(), int(snapshot->problems.size()) + 1);
    QCOMPARE(model.findingCount(), 0);

    // Each broken script is named with its file; the missing parent also says which one.
    QStringList files;
    for (int row = 0; row < model.rowCount(); ++row)
        files.append(model.index(row, 0).data(ProblemsModel::FileRole).toString());
    QVERIFY2(files.contains(script(u"d4_unreadable.py"_s)), qPrintable(files.join(u'\n')));
    QVERIFY2(files.contains(script(u"b2_orphan.py"_s)) || files.contains(script(u"a1_base.py"_s))
            || files.contains(script(u"c3_twin.py"_s)),
        qPrintable(files.join(u'\n')));
    bool mentionsMissing = false;
    for (const ProblemItem &item : model.items())
        mentionsMissing = mentionsMissing || item.message.contains(u"gone"_s);
    QVERIFY(mentionsMissing);
    // Locations read relative to the project, with the line when there is one.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex location = model.index(row, ProblemsModel::LocationColumn);
        const QString file = location.data(ProblemsModel::FileRole).toString();
        const int line = location.data(ProblemsModel::LineRole).toInt();
        if (file.isEmpty())
            continue;
        const QString relative = QDir(m_broken.path()).relativeFilePath(file);
        QCOMPARE(
            location.data().toString(), line > 0 ? u"%1:%2"_s.arg(relative).arg(line) : relative);
    }
}

void TestProblemsPane::activatingAProblemAsksForItsFile()
{
    const Result<GraphSnapshot> snapshot
        = SnapshotBuilder::load(LoadRequest::of(m_broken.path(), false));
    QVERIFY(snapshot);
    ProblemsPane pane;
    pane.resize(900, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setSnapshot(*snapshot);
    QVERIFY2(pane.summary().contains(QString::number(pane.model()->errorCount())),
        qPrintable(pane.summary()));

    int row = 0;
    while (row < pane.model()->rowCount()
        && pane.model()->items().at(row).file != script(u"d4_unreadable.py"_s))
        ++row;
    QVERIFY(row < pane.model()->rowCount());
    QSignalSpy open(&pane, &ProblemsPane::openFileRequested);
    const QRect cell = pane.view()->visualRect(pane.model()->index(row, 0));
    // A user's double-click: press and release, then the second press as a double-click.
    QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(pane.view()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), script(u"d4_unreadable.py"_s));
    QCOMPARE(open.first().at(1).toInt(), pane.model()->items().at(row).line);
}

void TestProblemsPane::lintFindingsAreListedAndBadged()
{
    // The linter's own test project, which has findings of every severity.
    const QString project = QStringLiteral(RETORT_TEST_DATA_DIR "/lint/project");
    const Result<GraphSnapshot> snapshot = SnapshotBuilder::load(LoadRequest::of(project));
    QVERIFY(snapshot);
    QVERIFY(!snapshot->findings.isEmpty());
    ProblemsModel model;
    model.setSnapshot(*snapshot);
    QCOMPARE(model.findingCount(), int(snapshot->findings.size()));
    const int first = model.errorCount();
    QCOMPARE(model.index(first, ProblemsModel::CodeColumn).data().toString(),
        snapshot->findings.constFirst().ruleId);
    QVERIFY(!model.index(first, ProblemsModel::SeverityColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    // Every revision with findings in its file carries a badge with their number.
    RevisionGraphModel graph;
    graph.setSnapshot(*snapshot);
    for (int row = 0; row < graph.rowCount(); ++row) {
        const RevisionEntry *entry = graph.entry(row);
        const auto count = std::count_if(snapshot->findings.cbegin(), snapshot->findings.cend(),
            [entry](const LintFinding &finding) { return finding.file == entry->filePath; });
        const auto badges = graph.index(row, 0)
                                .data(RevisionGraphModel::BadgesRole)
                                .value<QList<RevisionBadge>>();
        const bool badged = std::any_of(badges.cbegin(), badges.cend(),
            [](const RevisionBadge &badge) { return badge.kind == RevisionBadge::Kind::Finding; });
        QCOMPARE(entry->findings, int(count));
        QCOMPARE(badged, count > 0);
    }
}

void TestProblemsPane::brokenProjectOpensInTheWindow()
{
    QTemporaryDir settings;
    MainWindow window(&SnapshotBuilder::load,
        std::make_unique<WorkbenchSettings>(settings.filePath(u"retort.ini"_s)));
    window.show();
    QSignalSpy shown(&window, &MainWindow::projectShown);
    QSignalSpy open(&window, &MainWindow::openFileRequested);
    window.openProject(m_broken.path());
    QVERIFY(shown.wait(20000));
    QVERIFY(window.isShowingGraph());
    QVERIFY(window.problemsPane()->model()->errorCount() > 0);
    // The graph still draws what it could read, and the pane's requests reach the window.
    QVERIFY(window.model()->rowCount() > 0);
    emit window.problemsPane()->openFileRequested(script(u"a1_base.py"_s), 3);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(1).toInt(), 3);
}

QTEST_MAIN(TestProblemsPane)
#include "tst_problemspane.moc"
