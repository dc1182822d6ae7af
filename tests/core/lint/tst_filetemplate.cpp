// SPDX-License-Identifier: MIT
#include "lint/FileTemplate.h"

#include <QTest>

using namespace retort;

class tst_FileTemplate : public QObject {
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
};

void tst_FileTemplate::matches_data()
{
    QTest::addColumn<QString>("fileTemplate");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<bool>("matches");

    const QString standard = QStringLiteral("%(rev)s_%(slug)s");
    const QString dated = QStringLiteral("%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-"
                                         "%(rev)s_%(slug)s");
    QTest::newRow("default") << standard << "ae1027a6acf_add_users.py"
                             << "ae1027a6acf" << true;
    QTest::newRow("empty slug") << standard << "ae1027a6acf_.py"
                                << "ae1027a6acf" << true;
    QTest::newRow("unicode slug") << standard << "ab12_größe_ändern.py"
                                  << "ab12" << true;
    QTest::newRow("other revision") << standard << "ae1027a6acf_add_users.py"
                                    << "ffff" << false;
    QTest::newRow("slug repeats the id") << standard << "ab_ab_users.py"
                                         << "ab" << true;
    QTest::newRow("id with underscore") << standard << "ab_cd_users.py"
                                        << "ab_cd" << true;
    QTest::newRow("no underscore") << standard << "ae1027a6acf.py"
                                   << "ae1027a6acf" << false;
    QTest::newRow("not python") << standard << "ae1027a6acf_x.txt"
                                << "ae1027a6acf" << false;
    QTest::newRow("dated") << dated << "2024_01_05_1310-c0ffee_add_x.py"
                           << "c0ffee" << true;
    QTest::newRow("dated without date") << dated << "c0ffee_add_x.py"
                                        << "c0ffee" << false;
    QTest::newRow("epoch") << "%(epoch)s_%(rev)s"
                           << "1700000000_c0ffee.py"
                           << "c0ffee" << true;
    QTest::newRow("percent and dots") << "v%%.%(rev)s"
                                      << "v%.c0ffee.py"
                                      << "c0ffee" << true;
    QTest::newRow("dot is literal") << "v%%.%(rev)s"
                                    << "v%xc0ffee.py"
                                    << "c0ffee" << false;
    QTest::newRow("subfolder template") << "%(year)d/%(rev)s"
                                        << "c0ffee.py"
                                        << "c0ffee" << true;
    QTest::newRow("template without rev") << "%(slug)s"
                                          << "add_users.py"
                                          << "c0ffee" << true;
}

void tst_FileTemplate::matches()
{
    QFETCH(QString, fileTemplate);
    QFETCH(QString, fileName);
    QFETCH(QString, revision);
    QTEST(FileTemplate(fileTemplate).matches(fileName, revision), "matches");
}

QTEST_GUILESS_MAIN(tst_FileTemplate)
#include "tst_filetemplate.moc"
