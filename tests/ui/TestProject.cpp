// SPDX-License-Identifier: MIT
#include "TestProject.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

TestProject::TestProject()
{
    using namespace Qt::StringLiterals;
    m_ok = writeFile(u"alembic.ini"_s,
               u"[alembic]\nscript_location = migrations\nsqlalchemy.url = sqlite:///app.db\n"_s)
        && QDir(m_dir.path()).mkpath(u"migrations/versions"_s)
        && writeScript(u"aaaa00000001"_s, {}, u"create users"_s, {},
            u"    op.create_table('users', sa.Column('id', sa.Integer()))\n"_s)
        && writeScript(u"bbbb00000002"_s, u"'aaaa00000001'"_s, u"add email"_s, {},
            u"    op.add_column('users', sa.Column('email', sa.String()))\n"_s)
        && writeScript(u"cccc00000003"_s, u"'aaaa00000001'"_s, u"side table"_s,
            u"branch_labels = ('side',)\n"_s)
        && writeScript(
            u"dddd00000004"_s, u"('bbbb00000002', 'cccc00000003')"_s, u"merge email and side"_s)
        && writeScript(u"eeee00000005"_s, u"'dddd00000004'"_s, u"latest change"_s);
}

QString TestProject::databasePath() const
{
    return m_dir.filePath(QStringLiteral("app.db"));
}

bool TestProject::writeFile(const QString &relativePath, const QString &text)
{
    QFile file(m_dir.filePath(relativePath));
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

bool TestProject::writeScript(const QString &id, const QString &downRevision,
    const QString &message, const QString &extra, const QString &upgradeBody)
{
    const QString text
        = QStringLiteral("\"\"\"%1\n\nRevision ID: %2\nCreate Date: 2024-01-0%3 10:00:00.000000\n\n"
                         "\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
                         "revision = '%2'\ndown_revision = %4\n%5depends_on = None\n\n\n"
                         "def upgrade():\n%6\n\ndef downgrade():\n    pass\n")
              .arg(message, id, id.right(1),
                  downRevision.isEmpty() ? QStringLiteral("None") : downRevision,
                  extra.isEmpty() ? QStringLiteral("branch_labels = None\n") : extra,
                  upgradeBody.isEmpty() ? QStringLiteral("    pass\n") : upgradeBody);
    return writeFile(QStringLiteral("migrations/versions/%1_%2.py")
                         .arg(id, QString(message).replace(u' ', u'_')),
        text);
}

bool TestProject::setCurrentRevisions(const QStringList &revisions)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath());
        ok = db.open();
        QSqlQuery query(db);
        ok = ok
            && query.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL)"))
            && query.exec(QStringLiteral("DELETE FROM alembic_version"));
        for (const QString &revision : revisions) {
            ok = ok && query.prepare(QStringLiteral("INSERT INTO alembic_version VALUES (?)"));
            query.addBindValue(revision);
            ok = ok && query.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
