// SPDX-License-Identifier: MIT
#include "checks/SchemaDiff.h"
#include "checks/SchemaSnapshot.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace retort;
using namespace Qt::StringLiterals;

namespace {

// The base schema every case starts from: two tables, a foreign key, a unique constraint, an
// index, a view, a trigger, and Alembic's version table (always ignored).
const QStringList baseSchema {
    u"CREATE TABLE authors (id INTEGER NOT NULL, name VARCHAR(200) NOT NULL, "
    "sort_name VARCHAR(200) DEFAULT '' NOT NULL, CONSTRAINT pk_authors PRIMARY KEY (id))"_s,
    u"CREATE TABLE books (id INTEGER NOT NULL, title VARCHAR(300), author_id INTEGER NOT NULL, "
    "isbn VARCHAR(13), PRIMARY KEY (id), UNIQUE (isbn), "
    "FOREIGN KEY(author_id) REFERENCES authors (id) ON DELETE CASCADE)"_s,
    u"CREATE INDEX ix_books_title ON books (title)"_s,
    u"CREATE VIEW book_titles AS SELECT title FROM books"_s,
    u"CREATE TRIGGER books_touch AFTER UPDATE ON books BEGIN SELECT 1; END"_s,
    u"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"_s,
    u"INSERT INTO alembic_version VALUES ('abc')"_s,
};

bool execute(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestSchemaSnapshot : public QObject {
    Q_OBJECT

private slots:
    void init();
    void readsTheSchema();
    void missingFileIsAnEmptySchema();
    void equalSchemasHaveNoDifference();
    void differences_data();
    void differences();
    void tablesOnlyOnOneSideAreReportedOnce();

private:
    SchemaSnapshot read(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_expected;
    QString m_actual;
};

void TestSchemaSnapshot::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_expected = m_dir->filePath(u"expected.db"_s);
    m_actual = m_dir->filePath(u"actual.db"_s);
    QVERIFY(execute(m_expected, baseSchema));
    QVERIFY(execute(m_actual, baseSchema));
}

SchemaSnapshot TestSchemaSnapshot::read(const QString &path)
{
    const auto snapshot = SchemaSnapshot::read(path);
    if (!snapshot)
        qWarning() << snapshot.error().message;
    return snapshot ? *snapshot : SchemaSnapshot {};
}

void TestSchemaSnapshot::readsTheSchema()
{
    const auto snapshot = SchemaSnapshot::read(m_expected);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().message));
    QCOMPARE(snapshot->tables.keys(), QStringList({u"authors"_s, u"books"_s}));
    const SchemaTable &authors = snapshot->tables[u"authors"_s];
    QCOMPARE(authors.columns.size(), 3);
    const SchemaColumn *sortName = authors.column(u"sort_name"_s);
    QVERIFY(sortName);
    QCOMPARE(sortName->type, u"VARCHAR(200)"_s);
    QVERIFY(sortName->notNull);
    QVERIFY(sortName->hasDefault);
    QCOMPARE(sortName->defaultValue, u"''"_s);
    QCOMPARE(authors.column(u"id"_s)->primaryKey, 1);

    const SchemaTable &books = snapshot->tables[u"books"_s];
    QCOMPARE(books.uniqueConstraints, QList<QStringList>({{u"isbn"_s}}));
    QCOMPARE(books.foreignKeys.size(), 1);
    QCOMPARE(books.foreignKeys[0].columns, QStringList({u"author_id"_s}));
    QCOMPARE(books.foreignKeys[0].referredTable, u"authors"_s);
    QCOMPARE(books.foreignKeys[0].referredColumns, QStringList({u"id"_s}));
    QCOMPARE(books.foreignKeys[0].onDelete, u"CASCADE"_s);

    QCOMPARE(snapshot->indexes.keys(), QStringList({u"ix_books_title"_s}));
    QCOMPARE(snapshot->indexes[u"ix_books_title"_s].columns, QStringList({u"title"_s}));
    QVERIFY(!snapshot->indexes[u"ix_books_title"_s].unique);
    QCOMPARE(snapshot->views.keys(), QStringList({u"book_titles"_s}));
    QCOMPARE(snapshot->triggers.keys(), QStringList({u"books_touch"_s}));
}

void TestSchemaSnapshot::missingFileIsAnEmptySchema()
{
    const QString missing = m_dir->filePath(u"missing.db"_s);
    const auto snapshot = SchemaSnapshot::read(missing);
    QVERIFY(snapshot.ok());
    QVERIFY(snapshot->tables.isEmpty());
    QVERIFY(!QFileInfo::exists(missing)); // reading never creates the file

    const auto differences = SchemaDiff::compare(*snapshot, read(m_expected));
    QCOMPARE(differences.size(), 2 + 1 + 1); // two tables, a view, a trigger
    QCOMPARE(differences.first().text, u"extra table authors"_s);
}

void TestSchemaSnapshot::equalSchemasHaveNoDifference()
{
    QVERIFY(SchemaDiff::compare(read(m_expected), read(m_actual)).isEmpty());
    // Only the version table differs: it is not part of the schema.
    QVERIFY(execute(m_actual, {u"DROP TABLE alembic_version"_s}));
    QVERIFY(SchemaDiff::compare(read(m_expected), read(m_actual)).isEmpty());
}

void TestSchemaSnapshot::differences_data()
{
    QTest::addColumn<QStringList>("change"); // run on the "actual" database
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("object");
    QTest::addColumn<QString>("text");

    using C = SchemaDifference::Change;
    using O = SchemaDifference::Object;
    QTest::newRow("extra table") << QStringList {u"CREATE TABLE tags (id INTEGER)"_s}
                                 << int(C::Extra) << int(O::Table) << u"extra table tags"_s;
    QTest::newRow("missing table") << QStringList {u"DROP TABLE authors"_s} << int(C::Missing)
                                   << int(O::Table) << u"missing table authors"_s;
    QTest::newRow("extra column")
        << QStringList {u"ALTER TABLE authors ADD COLUMN born INTEGER DEFAULT 1900 NOT NULL"_s}
        << int(C::Extra) << int(O::Column)
        << u"extra column authors.born INTEGER NOT NULL DEFAULT 1900"_s;
    QTest::newRow("missing column")
        << QStringList {u"ALTER TABLE authors DROP COLUMN sort_name"_s} << int(C::Missing)
        << int(O::Column) << u"missing column authors.sort_name VARCHAR(200) NOT NULL DEFAULT ''"_s;
    // A table rebuilt the way batch mode does it, with one column changed.
    const auto rebuiltAuthors = [](const QString &columns) {
        return QStringList {u"PRAGMA foreign_keys=OFF"_s,
            u"CREATE TABLE _new_authors (%1, CONSTRAINT pk_authors PRIMARY KEY (id))"_s.arg(
                columns),
            u"DROP TABLE authors"_s, u"ALTER TABLE _new_authors RENAME TO authors"_s};
    };
    QTest::newRow("type") << rebuiltAuthors(u"id INTEGER NOT NULL, name TEXT NOT NULL, "
                                            "sort_name VARCHAR(200) DEFAULT '' NOT NULL"_s)
                          << int(C::Changed) << int(O::Column)
                          << u"column authors.name: type VARCHAR(200) expected, found TEXT"_s;
    QTest::newRow("nullable") << rebuiltAuthors(u"id INTEGER NOT NULL, name VARCHAR(200), "
                                                "sort_name VARCHAR(200) DEFAULT '' NOT NULL"_s)
                              << int(C::Changed) << int(O::Column)
                              << u"column authors.name: NOT NULL expected, found nullable"_s;
    QTest::newRow("default") << rebuiltAuthors(u"id INTEGER NOT NULL, name VARCHAR(200) NOT NULL, "
                                               "sort_name VARCHAR(200) NOT NULL"_s)
                             << int(C::Changed) << int(O::Column)
                             << u"column authors.sort_name: default '' expected, found (none)"_s;
    QTest::newRow("extra index")
        << QStringList {u"CREATE UNIQUE INDEX ix_authors_name ON authors (name)"_s} << int(C::Extra)
        << int(O::Index) << u"extra unique index ix_authors_name on authors (name)"_s;
    QTest::newRow("missing index")
        << QStringList {u"DROP INDEX ix_books_title"_s} << int(C::Missing) << int(O::Index)
        << u"missing index ix_books_title on books (title)"_s;
    QTest::newRow("index columns")
        << QStringList {u"DROP INDEX ix_books_title"_s,
               u"CREATE INDEX ix_books_title ON books (title, isbn)"_s}
        << int(C::Changed) << int(O::Index)
        << u"index ix_books_title on books (title) expected, found index ix_books_title on "
           "books (title, isbn)"_s;
    QTest::newRow("partial index")
        << QStringList {u"DROP INDEX ix_books_title"_s,
               u"CREATE INDEX ix_books_title ON books (title) WHERE title IS NOT NULL"_s}
        << int(C::Changed) << int(O::Index)
        << u"index ix_books_title on books (title) expected, found index ix_books_title on "
           "books (title) WHERE title IS NOT NULL"_s;
    QTest::newRow("extra unique constraint")
        << rebuiltAuthors(u"id INTEGER NOT NULL, name VARCHAR(200) NOT NULL, "
                          "sort_name VARCHAR(200) DEFAULT '' NOT NULL, UNIQUE (name, sort_name)"_s)
        << int(C::Extra) << int(O::UniqueConstraint)
        << u"extra unique constraint on authors (name, sort_name)"_s;
    QTest::newRow("missing foreign key")
        << QStringList {u"PRAGMA foreign_keys=OFF"_s, u"DROP VIEW book_titles"_s,
               u"CREATE TABLE _b (id INTEGER NOT NULL, title VARCHAR(300), author_id INTEGER "
               "NOT NULL, isbn VARCHAR(13), PRIMARY KEY (id), UNIQUE (isbn))"_s,
               u"DROP TABLE books"_s, u"ALTER TABLE _b RENAME TO books"_s,
               u"CREATE INDEX ix_books_title ON books (title)"_s,
               u"CREATE VIEW book_titles AS SELECT title FROM books"_s,
               u"CREATE TRIGGER books_touch AFTER UPDATE ON books BEGIN SELECT 1; END"_s}
        << int(C::Missing) << int(O::ForeignKey)
        << u"missing foreign key books (author_id) → authors (id) ON DELETE CASCADE"_s;
    QTest::newRow("view") << QStringList {u"DROP VIEW book_titles"_s,
        u"CREATE VIEW book_titles AS SELECT title, isbn FROM books"_s}
                          << int(C::Changed) << int(O::View)
                          << u"view book_titles: expected CREATE VIEW book_titles AS SELECT title "
                             "FROM books, found CREATE VIEW book_titles AS SELECT title, isbn "
                             "FROM books"_s;
    QTest::newRow("missing trigger")
        << QStringList {u"DROP TRIGGER books_touch"_s} << int(C::Missing) << int(O::Trigger)
        << u"missing trigger books_touch"_s;
}

void TestSchemaSnapshot::differences()
{
    QFETCH(QStringList, change);
    QFETCH(int, kind);
    QFETCH(int, object);
    QFETCH(QString, text);
    QVERIFY(execute(m_actual, change));
    const auto differences = SchemaDiff::compare(read(m_expected), read(m_actual));
    QCOMPARE(SchemaDiff::texts(differences), QStringList {text});
    QCOMPARE(int(differences.first().change), kind);
    QCOMPARE(int(differences.first().object), object);
}

void TestSchemaSnapshot::tablesOnlyOnOneSideAreReportedOnce()
{
    // An extra table brings its own index and foreign key: only the table is reported.
    QVERIFY(execute(m_actual,
        {u"CREATE TABLE reviews (id INTEGER PRIMARY KEY, book_id INTEGER REFERENCES books (id))"_s,
            u"CREATE INDEX ix_reviews_book_id ON reviews (book_id)"_s}));
    QCOMPARE(SchemaDiff::texts(SchemaDiff::compare(read(m_expected), read(m_actual))),
        QStringList {u"extra table reviews"_s});
    QCOMPARE(SchemaDiff::texts(SchemaDiff::compare(read(m_actual), read(m_expected))),
        QStringList {u"missing table reviews"_s});
}

QTEST_GUILESS_MAIN(TestSchemaSnapshot)
#include "tst_schemasnapshot.moc"
