// SPDX-License-Identifier: MIT
#include "i18n/Translations.h"
#include "model/SnapshotBuilder.h"
#include "settings/WorkbenchSettings.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <functional>

using namespace retort;
using namespace Qt::StringLiterals;

// Runs with LANG=de_DE.UTF-8 and no LC_ALL, LC_MESSAGES or LANGUAGE (tests/i18n/CMakeLists.txt).
class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void init();
    void followsSystemLocale();
    void overrideWins_data();
    void overrideWins();
    void mainWindowMenus_data();
    void mainWindowMenus();
    void qtOwnStrings();
    void installedLayout();

private:
    /// Menu titles and action texts of a fresh main window, depth first; with `classes`, also the
    /// class names of every object in the window (the contexts its tr() calls use).
    QStringList menuTexts(QStringList *classes = nullptr) const;
    /// Accelerator letters used twice within the menu bar or within one menu, as "menu: texts".
    QStringList acceleratorClashes() const;
    QString settingsPath() const { return m_dir->filePath(u"retort.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTranslations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestTranslations::menuTexts(QStringList *classes) const
{
    MainWindow window(&SnapshotBuilder::load, std::make_unique<WorkbenchSettings>(settingsPath()));
    if (classes) {
        *classes << QString::fromLatin1(window.metaObject()->className());
        for (const QObject *child : window.findChildren<QObject *>())
            *classes << QString::fromLatin1(child->metaObject()->className());
        classes->removeDuplicates();
    }
    QStringList texts;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            texts << action->text();
            if (action->menu())
                walk(action->menu()->actions());
        }
    };
    walk(window.menuBar()->actions());
    return texts;
}

QStringList TestTranslations::acceleratorClashes() const
{
    MainWindow window(&SnapshotBuilder::load, std::make_unique<WorkbenchSettings>(settingsPath()));
    QStringList clashes;
    std::function<void(const QString &, const QList<QAction *> &)> check
        = [&](const QString &menu, const QList<QAction *> &actions) {
              QMultiHash<QChar, QString> byKey;
              for (QAction *action : actions) {
                  if (!action->isVisible())
                      continue; // hidden actions take no key
                  const QString text = action->text();
                  const QString plain = QString(text).replace(u"&&"_s, QString());
                  const qsizetype amp = plain.indexOf(u'&');
                  if (amp >= 0 && amp + 1 < plain.size())
                      byKey.insert(plain.at(amp + 1).toLower(), text);
                  if (action->menu())
                      check(text, action->menu()->actions());
              }
              for (const QChar key : byKey.uniqueKeys()) {
                  if (byKey.count(key) > 1)
                      clashes << menu + u": "_s + byKey.values(key).join(u", "_s);
              }
          };
    check(u"menu bar"_s, window.menuBar()->actions());
    return clashes;
}

void TestTranslations::followsSystemLocale()
{
    const QSettings empty(settingsPath(), QSettings::IniFormat);
    QCOMPARE(Translations::userLocale(empty).language(), QLocale::German);
}

void TestTranslations::overrideWins_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QLocale::Language>("language");
    QTest::newRow("French") << u"fr"_s << QLocale::French;
    QTest::newRow("French (Canada)") << u"fr_CA"_s << QLocale::French;
    QTest::newRow("English") << u"en"_s << QLocale::English;
    QTest::newRow("blank follows the system") << u"  "_s << QLocale::German;
}

void TestTranslations::overrideWins()
{
    QFETCH(QString, choice);
    QFETCH(QLocale::Language, language);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(QLatin1String(Translations::languageKey), choice);
    QCOMPARE(Translations::userLocale(settings).language(), language);
}

void TestTranslations::mainWindowMenus_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("system locale (German)") << QString() << u"&Datei"_s;
    QTest::newRow("override: French") << u"fr"_s << u"&Fichier"_s;
}

void TestTranslations::mainWindowMenus()
{
    QFETCH(QString, choice);
    QFETCH(QString, fileMenu);
    QStringList contexts;
    const QStringList english = menuTexts(&contexts);
    QVERIFY(english.contains(u"&File"_s));
    const QStringList englishClashes = acceleratorClashes();
    QVERIFY2(englishClashes.isEmpty(), qPrintable(englishClashes.join(u"; "_s)));

    QSettings settings(settingsPath(), QSettings::IniFormat);
    if (!choice.isEmpty())
        settings.setValue(QLatin1String(Translations::languageKey), choice);
    const Translations translations(Translations::userLocale(settings));
    QVERIFY2(translations.hasRetortCatalogue(),
        qPrintable(u"no catalogue in "_s + Translations::directories().join(u", "_s)));
    const QStringList translated = menuTexts();
    QCOMPARE(translated.constFirst(), fileMenu);
    // Every menu and every action in them is translated, in the same place as in English. Where
    // the word is the same in both languages ("Details"), the catalogue must say so.
    QTranslator catalogue;
    QVERIFY(catalogue.load(translations.loadedFiles().constFirst()));
    QCOMPARE(translated.size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (translated.at(i) != english.at(i))
            continue;
        const QByteArray source = english.at(i).toUtf8();
        const bool same = std::any_of(contexts.cbegin(), contexts.cend(), [&](const QString &c) {
            return catalogue.translate(c.toLatin1().constData(), source.constData())
                == english.at(i);
        });
        QVERIFY2(same, qPrintable(u"not translated: "_s + english.at(i)));
    }
    // Each menu's accelerators stay unique once translated (translations/GLOSSARY.md).
    const QStringList clashes = acceleratorClashes();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void TestTranslations::qtOwnStrings()
{
    // Qt's standard buttons come from qtbase_de.qm (Debian: qt6-translations-l10n).
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
    QVERIFY2(QFile::exists(qtbase), qPrintable(qtbase));
    const Translations translations(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(translations.loadedFiles().contains(qtbase));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

void TestTranslations::installedLayout()
{
    // An installed retort finds its catalogues at <prefix>/share/retort/translations.
    const QString installed = QDir::cleanPath(
        QCoreApplication::applicationDirPath() + u"/../share/retort/translations"_s);
    QCOMPARE(Translations::directories().constFirst(), installed);
    const Translations english(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(!english.hasRetortCatalogue());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
