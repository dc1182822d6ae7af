// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace retort {

/// An .ini file read with the semantics of Python's `configparser.ConfigParser` as Alembic uses it
/// (default options, BasicInterpolation, strict mode):
///  - `key = value` and `key: value`, split at the first `=` or `:`; keys are lower-cased, section
///    names keep their case; `[DEFAULT]` holds options every section sees;
///  - lines indented deeper than their option line continue its value; blank lines inside a value
///    are kept (trailing ones are dropped); full-line `#` / `;` comments are skipped, inline
///    comments are part of the value;
///  - `%(name)s` refers to an option of the same section or of DEFAULT, `%%` is a literal `%`.
/// Parse and interpolation errors carry Python's own wording, the file and the line.
class IniFile {
public:
    /// Default options given before reading, like `ConfigParser(defaults)` (Alembic passes
    /// `{"here": <ini folder>}`). Keys are lower-cased as configparser does.
    using Defaults = QList<std::pair<QString, QString>>;

    /// Reads and parses the file at `path` (UTF-8). Messages name the file as `path` is given, as
    /// Python does; Error::file holds the absolute path.
    static Result<IniFile> load(const QString &path, const Defaults &defaults = {});

    /// Parses `text`; `sourceName` is how messages name the source, `filePath` goes to
    /// Error::file.
    static Result<IniFile> parse(const QString &text, const QString &sourceName,
        const Defaults &defaults = {}, const QString &filePath = {});

    /// The sections in file order, without DEFAULT (as `ConfigParser.sections()`).
    QStringList sections() const;
    bool hasSection(const QString &section) const;

    /// The section's option names: its own first, then DEFAULT's (as `ConfigParser.options()`).
    /// Empty when there is no such section.
    QStringList options(const QString &section) const;
    bool hasOption(const QString &section, const QString &option) const;

    /// The value as written (multi-line values joined with '\n'), without interpolation.
    std::optional<QString> rawValue(const QString &section, const QString &option) const;

    /// The value after interpolation, or configparser's NoSectionError / NoOptionError /
    /// Interpolation*Error as an Error (kind Config) with the option's line.
    Result<QString> value(const QString &section, const QString &option) const;

    /// 1-based line where the option was defined (in the section or in DEFAULT), 0 if unknown.
    int line(const QString &section, const QString &option) const;

    /// Absolute path of the file read, empty when parsed from text without one.
    QString filePath() const { return m_filePath; }

private:
    friend class IniReader;
    struct Entry {
        QString key;
        QString value;
        int line = 0;
    };
    struct Section {
        QString name;
        QList<Entry> entries;
        const Entry *find(const QString &key) const;
    };

    const Section *findSection(const QString &name) const;
    const Entry *lookup(const Section *section, const QString &key) const;
    /// What an interpolation error names: the option asked for and its raw value.
    struct Lookup {
        QString option;
        QString section;
        const Section *scope = nullptr;
        QString rawValue;
    };
    std::optional<Error> interpolate(
        const Lookup &request, const QString &text, int depth, QString &out) const;
    std::optional<Error> substitute(
        const Lookup &request, const QString &rest, int depth, QString &out, qsizetype &used) const;

    QString m_filePath;
    Section m_defaults;
    QList<Section> m_sections;
};

} // namespace retort
