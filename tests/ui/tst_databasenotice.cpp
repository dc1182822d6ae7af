// SPDX-License-Identifier: MIT
#include "banner/DatabaseBanner.h"
#include "banner/DatabaseNotice.h"
#include "model/RevisionStates.h"

#include <QApplication>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<retort::Error>)

namespace {

RevisionEntry entry(const QString &id, const QStringList &parents)
{
    RevisionEntry result;
    result.id = id;
    result.parents = parents;
    result.ancestry = parents;
    return result;
}

// b ← a, with a second head c on a when `twoHeads`.
GraphSnapshot snapshot(bool twoHeads)
{
    GraphSnapshot result;
    result.revisions = {entry(u"b"_s, {u"a"_s}), entry(u"a"_s, {})};
    result.heads = {u"b"_s};
    if (twoHeads) {
        result.revisions.prepend(entry(u"c"_s, {u"a"_s}));
        result.heads.append(u"c"_s);
    }
    return result;
}

QString kindName(DatabaseNotice::Kind kind)
{
    switch (kind) {
    case DatabaseNotice::Kind::NoDatabase:
        return u"none"_s;
    case DatabaseNotice::Kind::Unreadable:
        return u"unreadable"_s;
    case DatabaseNotice::Kind::UnknownRevision:
        return u"unknown"_s;
    case DatabaseNotice::Kind::Empty:
        return u"empty"_s;
    case DatabaseNotice::Kind::Behind:
        return u"behind"_s;
    case DatabaseNotice::Kind::UpToDate:
        return u"uptodate"_s;
    case DatabaseNotice::Kind::SeveralHeads:
        return u"heads"_s;
    }
    return {};
}

} // namespace

class TestDatabaseNotice : public QObject {
    Q_OBJECT

private slots:
    void assess_data();
    void assess();
    void banner();
};

void TestDatabaseNotice::assess_data()
{
    QTest::addColumn<bool>("twoHeads");
    QTest::addColumn<QString>("databasePath");
    QTest::addColumn<bool>("read");
    QTest::addColumn<QStringList>("current");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<std::optional<Error>>("problem");
    QTest::addColumn<QString>("expected"); // notice kinds, worst first
    QTest::addColumn<QString>("textPart");

    const QString db = u"/tmp/app.db"_s;
    const std::optional<Error> none;
    QTest::newRow("no database") << false << QString() << false << QStringList {} << QStringList {}
                                 << none << u"none"_s << u"No database"_s;
    QTest::newRow("no url") << false << QString() << false << QStringList {} << QStringList {}
                            << std::optional<Error>(makeError(Error::Kind::Config, u"no url"_s))
                            << u"none"_s << u"no url"_s;
    QTest::newRow("unreadable") << false << db << false << QStringList {} << QStringList {}
                                << std::optional<Error>(makeError(
                                       Error::Kind::Database, u"file is not a database"_s))
                                << u"unreadable"_s << u"file is not a database"_s;
    QTest::newRow("unknown revision")
        << false << db << true << QStringList {u"zzz"_s} << QStringList {u"zzz"_s}
        << std::optional<Error>(
               makeError(Error::Kind::Resolution, u"Can't locate revision identified by 'zzz'"_s))
        << u"unknown"_s << u"Can't locate revision identified by 'zzz'"_s;
    QTest::newRow("empty") << false << db << true << QStringList {} << QStringList {} << none
                           << u"empty"_s << u"2 pending"_s;
    QTest::newRow("behind") << false << db << true << QStringList {u"a"_s} << QStringList {} << none
                            << u"behind"_s << u"1 revision(s) pending"_s;
    QTest::newRow("up to date") << false << db << true << QStringList {u"b"_s} << QStringList {}
                                << none << u"uptodate"_s << u"up to date"_s;
    QTest::newRow("several heads, one applied")
        << true << db << true << QStringList {u"b"_s} << QStringList {} << none << u"behind heads"_s
        << u"2 heads (b, c)"_s;
    QTest::newRow("several heads, both applied")
        << true << db << true << QStringList {u"b"_s, u"c"_s} << QStringList {} << none
        << u"heads uptodate"_s << u"up to date"_s;
}

void TestDatabaseNotice::assess()
{
    QFETCH(bool, twoHeads);
    QFETCH(QString, databasePath);
    QFETCH(bool, read);
    QFETCH(QStringList, current);
    QFETCH(QStringList, unknown);
    QFETCH(std::optional<Error>, problem);
    QFETCH(QString, expected);
    QFETCH(QString, textPart);

    GraphSnapshot input = snapshot(twoHeads);
    input.databasePath = databasePath;
    input.databaseRead = read;
    input.currentRevisions = current;
    input.unknownRevisions = unknown;
    input.databaseProblem = problem;
    RevisionStates::apply(input);

    QStringList kinds;
    QStringList texts;
    for (const DatabaseNotice &notice : DatabaseNotice::assess(input)) {
        kinds.append(kindName(notice.kind));
        texts.append(notice.text);
    }
    QCOMPARE(kinds.join(u' '), expected);
    QVERIFY2(texts.join(u'\n').contains(textPart), qPrintable(texts.join(u'\n')));
}

void TestDatabaseNotice::banner()
{
    DatabaseBanner banner;
    GraphSnapshot input = snapshot(true);
    banner.setNotices(DatabaseNotice::assess(input));
    QVERIFY(!banner.isHidden());
    QCOMPARE(banner.notices().size(), 2);
    QVERIFY(banner.text().contains(u"No database"_s));
    QVERIFY(banner.text().contains(u"2 heads"_s));
    // The worst notice (several heads: a warning) colours the banner.
    QCOMPARE(banner.palette().color(QPalette::Window),
        Theme::bannerColor(Theme::Severity::Warning, QApplication::palette()));
    banner.setNotices({});
    QVERIFY(banner.isHidden());
}

QTEST_MAIN(TestDatabaseNotice)
#include "tst_databasenotice.moc"
