// SPDX-License-Identifier: MIT
// "New revision…" with real Alembic: the autogenerate review on a copy of notes-sqlmodel writes
// only the checked operations (and a rename), a plain revision comes from the template, and an
// Alembic refusal keeps the dialog open with the error.
#include "WizardTestProject.h"
#include "scripts/ScriptParser.h"
#include "wizards/NewRevisionDialog.h"
#include "wizards/ReviewOperationModel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace retort;
using namespace wizardtest;
using namespace Qt::StringLiterals;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList column(const QString &database, const QString &sql)
{
    QStringList values;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(database);
        db.open();
        QSqlQuery query(db);
        query.exec(sql);
        while (query.next())
            values << query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

QPushButton *button(QDialog &dialog, const QString &text)
{
    for (auto *candidate : dialog.findChildren<QPushButton *>())
        if (candidate->text().remove(u'&') == text)
            return candidate;
    return nullptr;
}

} // namespace

class TestNewRevisionDialog : public QObject {
    Q_OBJECT

private slots:
    void reviewWritesOnlyCheckedOperations();
    void plainRevisionFromTemplate();
    void alembicRefusalIsShown();
};

void TestNewRevisionDialog::reviewWritesOnlyCheckedOperations()
{
    ExampleProject notes(u"notes-sqlmodel"_s);
    QVERIFY(notes.isValid());
    QVERIFY(notes.migrate(u"notes.db"_s, u"head"_s).ok());
    QVERIFY(notes.edit(u"models.py"_s, "    body: str = \"\"", "    content: str = \"\""));
    QVERIFY(notes.edit(
        u"models.py"_s, "    name: str\n", "    name: str\n    color: Optional[str] = None\n"));

    NewRevisionDialog dialog(context(notes, u"notes.db"_s), {u"d4e5f6a7b8c9"_s});
    dialog.resize(720, 480);
    dialog.show();
    dialog.setMessage(u"content instead of body"_s);
    QSignalSpy compared(&dialog, &NewRevisionDialog::comparisonFinished);
    dialog.setAutogenerate(true);
    QVERIFY(compared.wait(60000));
    ReviewOperationModel *model = dialog.operationsModel();
    QCOMPARE(model->rowCount(), 3);
    int colorRow = -1;
    int dropRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ReviewOperation &op = model->operations()[row];
        QCOMPARE(
            model->index(row, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(!model->index(row, ReviewOperationModel::Rename).data().toString().isEmpty(),
            op.table == u"note"_s); // the possible-rename flag
        if (op.column == u"color"_s)
            colorRow = row;
        if (op.kind == u"remove_column"_s)
            dropRow = row;
    }
    QVERIFY(colorRow >= 0 && dropRow >= 0);
    QVERIFY(model->setData(model->index(colorRow, 0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model->setData(
        model->index(dropRow, ReviewOperationModel::Rename), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!(model->flags(model->index(dropRow, 0)) & Qt::ItemIsEnabled));
    QVERIFY(screenshot(&dialog, u"wizard-new-revision-review"_s));

    QSignalSpy written(&dialog, &NewRevisionDialog::revisionWritten);
    QPushButton *create = button(dialog, u"Create"_s);
    QVERIFY(create && create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(written.wait(60000));
    const QString path = written.first().first().toString();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QString text = readText(path);
    QVERIFY2(text.contains(u"new_column_name='content'"_s), qPrintable(text));
    QVERIFY(text.contains(u"batch_op.alter_column('body'"_s));
    QVERIFY(!text.contains(u"color"_s));
    QVERIFY(!text.contains(u"drop_column"_s));
    const RevisionScript parsed = ScriptParser::parse(path, text.toUtf8());
    QCOMPARE(parsed.downRevisions, QStringList {u"d4e5f6a7b8c9"_s});
    QCOMPARE(parsed.message(), u"content instead of body"_s);

    const auto upgraded = notes.migrate(u"notes.db"_s, u"head"_s);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.message));
    const QString db = notes.file(u"notes.db"_s);
    QCOMPARE(
        column(db, u"SELECT version_num FROM alembic_version"_s), QStringList {parsed.revision});
    QCOMPARE(column(db,
                 u"SELECT name FROM pragma_table_info('note') WHERE name IN "
                 "('body', 'content')"_s),
        QStringList {u"content"_s});
    QVERIFY(column(db, u"SELECT name FROM pragma_table_info('notebook') WHERE name = 'color'"_s)
                .isEmpty());
}

void TestNewRevisionDialog::plainRevisionFromTemplate()
{
    ExampleProject bookshelf(u"bookshelf"_s);
    QVERIFY(bookshelf.isValid());
    NewRevisionDialog dialog(context(bookshelf, u"bookshelf.db"_s), {u"e4b8f7a2c5d6"_s});
    dialog.resize(560, 220);
    dialog.show();
    dialog.setMessage(u"add loans"_s);
    dialog.setBranchLabel(u"loans"_s);
    dialog.setHead(u"e4b8f7a2c5d6"_s);
    QVERIFY(screenshot(&dialog, u"wizard-new-revision"_s));
    QSignalSpy written(&dialog, &NewRevisionDialog::revisionWritten);
    dialog.create();
    QVERIFY(written.wait(60000));
    const QString path = written.first().first().toString();
    const QString text = readText(path);
    const RevisionScript parsed = ScriptParser::parse(path, text.toUtf8());
    QCOMPARE(parsed.downRevisions, QStringList {u"e4b8f7a2c5d6"_s});
    QCOMPARE(parsed.branchLabels, QStringList {u"loans"_s});
    QCOMPARE(parsed.message(), u"add loans"_s);
    QVERIFY(parsed.upgradeOps.isEmpty());
    // bookshelf's template writes typed headers.
    QVERIFY(text.contains(u"down_revision: Union[str, Sequence[str], None] = 'e4b8f7a2c5d6'"_s));
}

void TestNewRevisionDialog::alembicRefusalIsShown()
{
    // notes.db as shipped is one revision behind head: autogenerate refuses to write.
    ExampleProject notes(u"notes-sqlmodel"_s);
    QVERIFY(notes.isValid());
    const QStringList before = QDir(notes.file(u"migrations/versions"_s)).entryList(QDir::Files);
    NewRevisionDialog dialog(context(notes, u"notes.db"_s), {});
    dialog.show();
    QSignalSpy compared(&dialog, &NewRevisionDialog::comparisonFinished);
    dialog.setAutogenerate(true);
    QVERIFY(compared.wait(60000));
    QSignalSpy failed(&dialog, &NewRevisionDialog::writeFailed);
    dialog.create();
    QVERIFY(failed.wait(60000));
    QVERIFY2(failed.first().first().toString().contains(u"Target database is not up to date."_s),
        qPrintable(failed.first().first().toString()));
    QVERIFY(dialog.isVisible());
    bool shown = false;
    for (auto *label : dialog.findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text().contains(u"not up to date"_s));
    QVERIFY(shown);
    QCOMPARE(QDir(notes.file(u"migrations/versions"_s)).entryList(QDir::Files), before);
}

QTEST_MAIN(TestNewRevisionDialog)
#include "tst_newrevisiondialog.moc"
