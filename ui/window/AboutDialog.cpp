// SPDX-License-Identifier: MIT
#include "window/AboutDialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVBoxLayout>

#if __has_include(<Qsci/qsciglobal.h>)
#include <Qsci/qsciglobal.h>
#endif

namespace retort {

AboutDialog::AboutDialog(const QString &alembicVersion, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Retort"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/retort.svg")).pixmap(64));
    auto *title = new QLabel(
        QStringLiteral("<h2>Retort</h2><p>%1</p>")
            .arg(tr("A desktop workbench for Alembic database migrations.").toHtmlEscaped()),
        this);
    title->setWordWrap(true);
    QString rows;
    for (const auto &[name, version] : versions(alembicVersion))
        rows += QStringLiteral("<tr><td><b>%1</b></td><td style=\"padding-left:16px\">%2</td></tr>")
                    .arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    auto *table = new QLabel(QStringLiteral("<table>%1</table>").arg(rows), this);
    table->setObjectName(QStringLiteral("aboutVersions"));
    table->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *licence = new QLabel(tr("Released under the MIT licence."), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(title);
    layout->addWidget(table);
    layout->addWidget(licence);
    layout->addWidget(buttons);
}

QList<QPair<QString, QString>> AboutDialog::versions(const QString &alembicVersion)
{
    QList<QPair<QString, QString>> list;
    list.append({tr("Retort"), QStringLiteral(RETORT_VERSION)});
    list.append({tr("Qt"), QString::fromLatin1(qVersion())});
#ifdef QSCINTILLA_VERSION_STR
    list.append({tr("QScintilla"), QStringLiteral(QSCINTILLA_VERSION_STR)});
#endif
    const QString sqlite = sqliteVersion();
    list.append({tr("SQLite"), sqlite.isEmpty() ? tr("unknown") : sqlite});
    list.append({tr("Alembic (project)"),
        alembicVersion.isEmpty() ? tr("no project open, or not found") : alembicVersion});
    return list;
}

QString AboutDialog::sqliteVersion()
{
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("select sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace retort
