// SPDX-License-Identifier: MIT
// Autogenerate review with real Alembic on a copy of examples/notes-sqlmodel: the models change,
// the comparison is reviewed, and only the chosen operations are written.
#include "ExampleProject.h"
#include "engine/SchemaCompare.h"
#include "merge/ReviewOperation.h"
#include "merge/RevisionReview.h"
#include "merge/RevisionWriter.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

using namespace retort;
using namespace Qt::StringLiterals;

namespace {

const auto database = u"notes.db"_s;

QStringList query(const QString &path, const QString &sql)
{
    QStringList rows;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return {u"cannot open"_s};
        QSqlQuery q(db);
        q.exec(sql);
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(u'|');
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestRevisionReview : public QObject {
    Q_OBJECT

private slots:
    void init();
    void readsOperationsAndPairsRenames();
    void writesOnlyCheckedOperations();
    void changedModelsAreRefused();
    void renameOutsideBatchModeGetsItsOwnBatch();

private:
    CompareReport compare();
    AuthorReport write(const BridgeRequest &request, const ExampleProject *project = nullptr);

    std::unique_ptr<ExampleProject> m_project;
};

void TestRevisionReview::init()
{
    m_project = std::make_unique<ExampleProject>(u"notes-sqlmodel"_s);
    QVERIFY(m_project->isValid());
    QVERIFY(m_project->migrate(database, u"head"_s).ok());
    // body becomes content (a rename autogenerate sees as drop + add), notebooks get a colour.
    QVERIFY(m_project->edit(u"models.py"_s, "    body: str = \"\"", "    content: str = \"\""));
    QVERIFY(m_project->edit(
        u"models.py"_s, "    name: str\n", "    name: str\n    color: Optional[str] = None\n"));
}

CompareReport TestRevisionReview::compare()
{
    SchemaCompare comparison(m_project->trust());
    comparison.setInterpreter(ExampleProject::python());
    return comparison.run(m_project->request(database));
}

AuthorReport TestRevisionReview::write(const BridgeRequest &request, const ExampleProject *project)
{
    RevisionWriter writer((project ? project : m_project.get())->trust());
    writer.setInterpreter(ExampleProject::python());
    QSignalSpy finished(&writer, &RevisionWriter::finished);
    if (!writer.start(RevisionWriter::Kind::Revision, request))
        return {};
    finished.wait(60000);
    return finished.isEmpty() ? AuthorReport {} : finished.first().first().value<AuthorReport>();
}

void TestRevisionReview::readsOperationsAndPairsRenames()
{
    const CompareReport report = compare();
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    const auto ops = ReviewOperation::fromDiffs(report.diffs);
    QCOMPARE(ops.size(), 3);
    QStringList seen;
    for (const ReviewOperation &op : ops)
        seen << op.kind + u' ' + op.table + u'.' + op.column;
    seen.sort();
    QCOMPARE(seen,
        QStringList({u"add_column note.content"_s, u"add_column notebook.color"_s,
            u"remove_column note.body"_s}));
    for (const ReviewOperation &op : ops) {
        QCOMPARE(op.isPossibleRename(), op.table == u"note"_s);
        if (op.isPossibleRename())
            QCOMPARE(ops[op.renamePartner].renamePartner, op.index);
    }
}

void TestRevisionReview::writesOnlyCheckedOperations()
{
    const CompareReport report = compare();
    QVERIFY(report.ok());
    const auto ops = ReviewOperation::fromDiffs(report.diffs);
    RevisionReview review;
    review.diffs = report.diffs;
    for (const ReviewOperation &op : ops)
        if (op.kind == u"remove_column"_s)
            review.renames << std::pair {op.index, op.renamePartner};
    // notebook.color stays unchecked.
    const QString db = m_project->file(database);
    query(db,
        u"INSERT INTO note (id, notebook_id, title, body) "
        "SELECT 1000, id, 't', 'kept text' FROM notebook LIMIT 1"_s);
    const QStringList bodies = query(db, u"SELECT body FROM note ORDER BY id"_s);
    QVERIFY(bodies.contains(u"kept text"_s));

    BridgeRequest request = m_project->request(database);
    request.message = u"rename body"_s;
    const AuthorReport written = write(review.apply(request));
    QVERIFY2(written.ok(), qPrintable(written.error ? written.error->message : QString()));
    QCOMPARE(written.written.size(), 1);
    QCOMPARE(written.written.first().downRevisions, QStringList {u"d4e5f6a7b8c9"_s});
    QCOMPARE(written.diffs.size(), 1);
    QCOMPARE(written.diffs.first().toObject().value("kind"_L1).toString(), u"rename_column"_s);

    const QString text = readText(written.written.first().file);
    QVERIFY2(text.contains(u"with op.batch_alter_table('note', schema=None) as batch_op:"_s),
        qPrintable(text));
    QVERIFY(text.contains(u"batch_op.alter_column('body',"_s));
    QVERIFY(text.contains(u"new_column_name='content')"_s));
    QVERIFY(text.contains(u"batch_op.alter_column('content',"_s)); // downgrade renames back
    QVERIFY(!text.contains(u"color"_s));
    QVERIFY(!text.contains(u"drop_column"_s));
    QVERIFY(text.contains(u"rename body"_s)); // the project's template wrote the docstring

    // The written revision upgrades the database, keeping the column's data, and downgrades.
    const auto upgraded = m_project->migrate(database, u"head"_s);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.message));
    QCOMPARE(query(db, u"SELECT content FROM note ORDER BY id"_s), bodies);
    QCOMPARE(
        query(db, u"SELECT count(*) FROM pragma_table_info('notebook') WHERE name = 'color'"_s),
        QStringList {u"0"_s});
    QVERIFY(m_project->migrate(database, u"-1"_s, BridgeRequest::Operation::Downgrade).ok());
    QCOMPARE(query(db, u"SELECT body FROM note ORDER BY id"_s), bodies);
}

void TestRevisionReview::changedModelsAreRefused()
{
    const CompareReport report = compare();
    QVERIFY(report.ok());
    RevisionReview review;
    review.diffs = report.diffs;
    review.diffs.removeLast(); // what the user reviewed is no longer what autogenerate finds
    review.kept = {0};
    BridgeRequest request = m_project->request(database);
    request.message = u"stale"_s;
    const AuthorReport written = write(review.apply(request));
    QVERIFY(!written.ok());
    QVERIFY2(
        written.error->message.contains(u"compare again"_s), qPrintable(written.error->message));
    QVERIFY(written.written.isEmpty());
    QCOMPARE(QDir(m_project->file(u"migrations/versions"_s)).entryList({u"*.py"_s}).size(), 4);
}

void TestRevisionReview::renameOutsideBatchModeGetsItsOwnBatch()
{
    // The engine's fixture project with models that rename account.email to mail, and an env.py
    // that does not render batch mode: SQLite still gets the rename inside a batch block.
    ExampleProject project(u"engine/project"_s, QStringLiteral(RETORT_TEST_DATA_DIR));
    QVERIFY(project.isValid());
    QVERIFY(QFile::remove(project.file(u"migrations/env.py"_s)));
    QVERIFY(
        QFile::copy(QStringLiteral(RETORT_TEST_DATA_DIR "/engine/variants/env_matching_head.py"),
            project.file(u"migrations/env.py"_s)));
    QFile::setPermissions(
        project.file(u"migrations/env.py"_s), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(project.edit(u"migrations/env.py"_s, "render_as_batch=True", "render_as_batch=False"));
    QVERIFY(project.edit(u"migrations/env.py"_s, "render_as_batch=True", "render_as_batch=False"));
    QVERIFY(project.edit(u"migrations/env.py"_s, "sa.Column(\"email\"", "sa.Column(\"mail\""));
    QVERIFY(project.edit(
        u"migrations/env.py"_s, "sa.Index(\"ix_account_email\", \"email\", unique=True),", ""));
    const auto db = u"app.db"_s;
    QVERIFY(project.migrate(db, u"head"_s).ok());
    SchemaCompare comparison(project.trust());
    comparison.setInterpreter(ExampleProject::python());
    const CompareReport report = comparison.run(project.request(db));
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    RevisionReview review;
    review.diffs = report.diffs;
    for (const ReviewOperation &op : ReviewOperation::fromDiffs(report.diffs)) {
        if (op.kind == u"remove_column"_s && op.isPossibleRename())
            review.renames << std::pair {op.index, op.renamePartner};
        else if (!op.isPossibleRename())
            review.kept << op.index; // the index on email goes
    }
    QCOMPARE(review.renames.size(), 1);
    BridgeRequest request = project.request(db);
    request.message = u"mail"_s;
    const AuthorReport written = write(review.apply(request), &project);
    QVERIFY2(written.ok(), qPrintable(written.error ? written.error->message : QString()));
    const QString text = readText(written.written.first().file);
    QVERIFY2(text.contains(u"    with op.batch_alter_table('account', schema=None) as batch_op:\n"
                           "        batch_op.alter_column('email',"_s),
        qPrintable(text));
    // The index on the old name is dropped before the rename and made again after renaming back.
    QVERIFY(text.indexOf(u"op.drop_index('ix_account_email'"_s)
        < text.indexOf(u"new_column_name='mail'"_s));
    QVERIFY(text.indexOf(u"new_column_name='email'"_s)
        < text.indexOf(u"op.create_index('ix_account_email'"_s));
    QVERIFY(project.migrate(db, u"head"_s).ok());
    QCOMPARE(query(project.file(db),
                 u"SELECT name FROM pragma_table_info('account') "
                 "WHERE name IN ('email', 'mail')"_s),
        QStringList {u"mail"_s});
    QVERIFY(project.migrate(db, u"-1"_s, BridgeRequest::Operation::Downgrade).ok());
    QCOMPARE(query(project.file(db),
                 u"SELECT name FROM pragma_table_info('account') "
                 "WHERE name IN ('email', 'mail')"_s),
        QStringList {u"email"_s});
}

QTEST_GUILESS_MAIN(TestRevisionReview)
#include "tst_revisionreview.moc"
