// SPDX-License-Identifier: MIT
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace retort {

using namespace Qt::StringLiterals;

Translations::Translations(const QLocale &locale)
{
    m_hasRetortCatalogue = install(locale, u"retort"_s, directories());
    const QStringList qtDirectories {QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    // Qt's own dialogs and buttons, then the editor's context menu.
    install(locale, u"qtbase"_s, qtDirectories);
    install(locale, u"qscintilla"_s, qtDirectories);
}

Translations::~Translations()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

QLocale Translations::userLocale(const QSettings &settings)
{
    const QString chosen = settings.value(QLatin1String(languageKey)).toString().trimmed();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

QLocale Translations::userLocale()
{
    return userLocale(QSettings());
}

QStringList Translations::directories()
{
    QStringList places;
    if (QCoreApplication::instance()) {
        places << QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../"_s
            + QStringLiteral(RETORT_INSTALL_DATADIR) + u"/retort/translations"_s);
    }
    places << QStringLiteral(RETORT_TRANSLATIONS_BUILD_DIR);
    return places;
}

bool Translations::install(const QLocale &locale, const QString &name, const QStringList &places)
{
    for (const QString &place : places) {
        auto translator = std::make_unique<QTranslator>();
        // Tries each of the locale's UI languages (LANGUAGE, then LC_MESSAGES/LANG) in turn.
        if (!translator->load(locale, name, u"_"_s, place))
            continue;
        if (!QCoreApplication::installTranslator(translator.get()))
            return false;
        m_loadedFiles << translator->filePath();
        m_translators.push_back(std::move(translator));
        return true;
    }
    return false;
}

} // namespace retort
