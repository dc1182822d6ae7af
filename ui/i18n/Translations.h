// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QStringList>

#include <memory>
#include <vector>

class QSettings;
class QTranslator;

namespace retort {

/// Retort's and Qt's translations for one language, installed on the running application for as
/// long as this object lives. The language follows the system locale unless the user chose one
/// (the `languageKey` setting); English needs no catalogue.
class Translations {
public:
    /// QSettings key of the language override: a locale name such as "de" or "fr_FR", or empty
    /// (the default) to follow the system locale.
    static constexpr auto languageKey = "i18n/language";

    /// Loads and installs every catalogue found for `locale`: Retort's own, then Qt's
    /// (qtbase, QScintilla). Needs a QCoreApplication.
    explicit Translations(const QLocale &locale);
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    /// The language the user chose in `settings`, or the system locale when none is set.
    static QLocale userLocale(const QSettings &settings);
    /// userLocale() from the application's own settings (organisation and name must be set).
    static QLocale userLocale();

    /// Where Retort's .qm files are looked for, in order: next to the installed binary
    /// (`../share/retort/translations`), then the build tree.
    static QStringList directories();

    /// The .qm files that were loaded, Retort's first; empty for English.
    QStringList loadedFiles() const { return m_loadedFiles; }
    /// Whether Retort's own catalogue was found for the locale.
    bool hasRetortCatalogue() const { return m_hasRetortCatalogue; }

private:
    bool install(const QLocale &locale, const QString &name, const QStringList &places);

    std::vector<std::unique_ptr<QTranslator>> m_translators;
    QStringList m_loadedFiles;
    bool m_hasRetortCatalogue = false;
};

} // namespace retort
