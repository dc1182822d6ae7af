// SPDX-License-Identifier: MIT
#include "config/IniFile.h"

#include "config/PythonRepr.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace retort {

namespace {

const QString kDefaultSection = u"DEFAULT"_s;
constexpr int kMaxInterpolationDepth = 10; // configparser.MAX_INTERPOLATION_DEPTH

// Python's "{0:2d}" / "%2d": right-aligned in two columns.
QString lineNumber(int line)
{
    return QString::number(line).rightJustified(2, u' ');
}

qsizetype firstNonSpace(const QString &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (!line.at(i).isSpace())
            return i;
    }
    return 0;
}

// Python's universal newlines: "\r\n", "\r" and "\n" all end a line; each line keeps its "\n".
QStringList splitLines(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QStringList lines;
    qsizetype start = 0;
    while (start < normalized.size()) {
        const qsizetype end = normalized.indexOf(u'\n', start);
        const qsizetype stop = end < 0 ? normalized.size() : end + 1;
        lines.append(normalized.mid(start, stop - start));
        start = stop;
    }
    return lines;
}

} // namespace

/// ConfigParser._read as a small state machine: one call per line, then finish().
class IniReader {
public:
    IniReader(const QString &source, const QString &filePath) : m_source(source), m_file(filePath)
    { }

    void addDefaults(const IniFile::Defaults &defaults)
    {
        for (const auto &[key, value] : defaults)
            m_defaults.entries.append({key.toLower(), {value}, 0});
    }

    std::optional<Error> readLine(int lineNo, const QString &line);
    Result<IniFile> finish();

private:
    struct PendingEntry {
        QString key;
        QStringList lines;
        int line = 0;
    };
    struct PendingSection {
        QString name;
        QList<PendingEntry> entries;
    };

    PendingSection *current()
    {
        if (m_current == kNone)
            return nullptr;
        return m_current == kDefaults ? &m_defaults : &m_sections[m_current];
    }
    PendingEntry *entry(const QString &key)
    {
        PendingSection *section = current();
        if (!section)
            return nullptr;
        for (PendingEntry &e : section->entries) {
            if (e.key == key)
                return &e;
        }
        return nullptr;
    }
    Error error(const QString &message, int line) const
    {
        return makeError(Error::Kind::Config, message, m_file, line);
    }
    std::optional<Error> readSectionHeader(int lineNo, const QString &name);
    std::optional<Error> readOption(int lineNo, const QString &line, const QString &value);
    void addParsingError(int lineNo, const QString &line);

    static constexpr qsizetype kNone = -2;
    static constexpr qsizetype kDefaults = -1;

    QString m_source;
    QString m_file;
    PendingSection m_defaults {kDefaultSection, {}};
    QList<PendingSection> m_sections;
    qsizetype m_current = kNone;
    std::optional<QString> m_option; // the option that continuation lines extend
    qsizetype m_indentLevel = 0;
    QSet<QString> m_added; // sections and "section\x1foption" pairs seen in this file
    QString m_parsingErrors;
    int m_firstErrorLine = 0;
};

std::optional<Error> IniReader::readLine(int lineNo, const QString &line)
{
    const QString stripped = line.trimmed();
    const bool comment = stripped.startsWith(u'#') || stripped.startsWith(u';');
    const QString value = comment ? QString() : stripped;
    if (value.isEmpty()) {
        // A blank line belongs to the value being read (a comment line does not).
        if (!comment && m_option && !m_option->isEmpty()) {
            if (PendingEntry *e = entry(*m_option))
                e->lines.append(QString());
        }
        return std::nullopt;
    }
    const qsizetype indent = firstNonSpace(line);
    if (current() && m_option && !m_option->isEmpty() && indent > m_indentLevel) {
        if (PendingEntry *e = entry(*m_option))
            e->lines.append(value);
        return std::nullopt;
    }
    m_indentLevel = indent;
    // configparser's SECTCRE: "[" + at least one character + "]", anything after it ignored.
    const qsizetype close = value.lastIndexOf(u']');
    if (value.startsWith(u'[') && close >= 2)
        return readSectionHeader(lineNo, value.mid(1, close - 1));
    if (!current()) {
        // Python wording (MissingSectionHeaderError): users compare it with the alembic CLI.
        return error(u"File contains no section headers.\nfile: %1, line: %2\n%3"_s.arg(
                         pythonRepr(m_source), QString::number(lineNo), pythonRepr(line)),
            lineNo);
    }
    return readOption(lineNo, line, value);
}

std::optional<Error> IniReader::readSectionHeader(int lineNo, const QString &name)
{
    m_option.reset();
    if (name == kDefaultSection) {
        m_current = kDefaults;
        return std::nullopt;
    }
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        if (m_sections[i].name == name) {
            // Python wording (DuplicateSectionError).
            return error(u"While reading from %1 [line %2]: section %3 already exists"_s.arg(
                             pythonRepr(m_source), lineNumber(lineNo), pythonRepr(name)),
                lineNo);
        }
    }
    m_sections.append({name, {}});
    m_current = m_sections.size() - 1;
    m_added.insert(name);
    return std::nullopt;
}

std::optional<Error> IniReader::readOption(int lineNo, const QString &line, const QString &value)
{
    qsizetype delimiter = -1;
    for (qsizetype i = 0; i < value.size() && delimiter < 0; ++i) {
        if (value.at(i) == u'=' || value.at(i) == u':')
            delimiter = i;
    }
    if (delimiter < 0) {
        addParsingError(lineNo, line);
        return std::nullopt;
    }
    const QString name = value.left(delimiter).trimmed().toLower();
    if (name.isEmpty())
        addParsingError(lineNo, line); // configparser reports it and still stores the value
    PendingSection *section = current();
    const QString pair = section->name + u'\x1f' + name;
    if (m_added.contains(pair)) {
        // Python wording (DuplicateOptionError).
        return error(
            u"While reading from %1 [line %2]: option %3 in section %4 already exists"_s.arg(
                pythonRepr(m_source), lineNumber(lineNo), pythonRepr(name),
                pythonRepr(section->name)),
            lineNo);
    }
    m_added.insert(pair);
    const QString optionValue = value.mid(delimiter + 1).trimmed();
    if (PendingEntry *e = entry(name))
        *e = {name, {optionValue}, lineNo}; // a DEFAULT given before reading, replaced in place
    else
        section->entries.append({name, {optionValue}, lineNo});
    m_option = name;
    return std::nullopt;
}

void IniReader::addParsingError(int lineNo, const QString &line)
{
    if (m_firstErrorLine == 0) {
        m_firstErrorLine = lineNo;
        // Python wording (ParsingError).
        m_parsingErrors = u"Source contains parsing errors: %1"_s.arg(pythonRepr(m_source));
    }
    m_parsingErrors += u"\n\t[line %1]: %2"_s.arg(lineNumber(lineNo), pythonRepr(line));
}

Result<IniFile> IniReader::finish()
{
    if (m_firstErrorLine > 0)
        return error(m_parsingErrors, m_firstErrorLine);
    const auto convert = [](const PendingSection &pending) {
        IniFile::Section section {pending.name, {}};
        for (const PendingEntry &e : pending.entries) {
            QString joined = e.lines.join(u'\n');
            while (!joined.isEmpty() && joined.back().isSpace())
                joined.chop(1);
            section.entries.append({e.key, joined, e.line});
        }
        return section;
    };
    IniFile file;
    file.m_filePath = m_file;
    file.m_defaults = convert(m_defaults);
    for (const PendingSection &pending : m_sections)
        file.m_sections.append(convert(pending));
    return file;
}

Result<IniFile> IniFile::load(const QString &path, const Defaults &defaults)
{
    QFile file(path);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io,
            QCoreApplication::translate("IniFile", "Cannot read %1: %2")
                .arg(absolute, file.errorString()),
            absolute);
    }
    // Python keeps a byte order mark, and then finds no section header: so does Retort.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        return makeError(Error::Kind::Config,
            QCoreApplication::translate("IniFile", "%1 is not valid UTF-8.").arg(absolute),
            absolute);
    }
    return parse(text, path, defaults, absolute);
}

Result<IniFile> IniFile::parse(const QString &text, const QString &sourceName,
    const Defaults &defaults, const QString &filePath)
{
    IniReader reader(sourceName, filePath);
    reader.addDefaults(defaults);
    int lineNo = 0;
    for (const QString &line : splitLines(text)) {
        if (auto failure = reader.readLine(++lineNo, line))
            return *failure;
    }
    return reader.finish();
}

const IniFile::Entry *IniFile::Section::find(const QString &key) const
{
    for (const Entry &entry : entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

QStringList IniFile::sections() const
{
    QStringList names;
    for (const Section &section : m_sections)
        names.append(section.name);
    return names;
}

const IniFile::Section *IniFile::findSection(const QString &name) const
{
    if (name == kDefaultSection)
        return &m_defaults;
    for (const Section &section : m_sections) {
        if (section.name == name)
            return &section;
    }
    return nullptr;
}

bool IniFile::hasSection(const QString &section) const
{
    return section != kDefaultSection && findSection(section);
}

QStringList IniFile::options(const QString &section) const
{
    const Section *found = findSection(section);
    if (!found || section == kDefaultSection)
        return {};
    QStringList names;
    for (const Entry &entry : found->entries)
        names.append(entry.key);
    for (const Entry &entry : m_defaults.entries) {
        if (!names.contains(entry.key))
            names.append(entry.key);
    }
    return names;
}

const IniFile::Entry *IniFile::lookup(const Section *section, const QString &key) const
{
    if (const Entry *entry = section->find(key))
        return entry;
    return m_defaults.find(key);
}

bool IniFile::hasOption(const QString &section, const QString &option) const
{
    const Section *found = findSection(section);
    return found && lookup(found, option.toLower());
}

std::optional<QString> IniFile::rawValue(const QString &section, const QString &option) const
{
    const Section *found = findSection(section);
    const Entry *entry = found ? lookup(found, option.toLower()) : nullptr;
    return entry ? std::optional<QString>(entry->value) : std::nullopt;
}

int IniFile::line(const QString &section, const QString &option) const
{
    const Section *found = findSection(section);
    const Entry *entry = found ? lookup(found, option.toLower()) : nullptr;
    return entry ? entry->line : 0;
}

Result<QString> IniFile::value(const QString &section, const QString &option) const
{
    const Section *found = findSection(section);
    if (!found) // Python wording (NoSectionError).
        return makeError(
            Error::Kind::Config, u"No section: %1"_s.arg(pythonRepr(section)), m_filePath);
    const QString key = option.toLower();
    const Entry *entry = lookup(found, key);
    if (!entry) { // Python wording (NoOptionError).
        return makeError(Error::Kind::Config,
            u"No option %1 in section: %2"_s.arg(pythonRepr(key), pythonRepr(section)), m_filePath);
    }
    QString out;
    if (auto failure = interpolate({key, section, found, entry->value}, entry->value, 1, out)) {
        failure->line = entry->line;
        return *failure;
    }
    return out;
}

// BasicInterpolation._interpolate_some; the messages are Python's (InterpolationError family).
std::optional<Error> IniFile::interpolate(
    const Lookup &request, const QString &text, int depth, QString &out) const
{
    if (depth > kMaxInterpolationDepth) {
        return makeError(Error::Kind::Config,
            u"Recursion limit exceeded in value substitution: option %1 in section "
            "%2 contains an interpolation key which cannot be substituted in %3 "
            "steps. Raw value: %4"_s.arg(pythonRepr(request.option), pythonRepr(request.section),
                QString::number(kMaxInterpolationDepth), pythonRepr(request.rawValue)),
            m_filePath);
    }
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype percent = text.indexOf(u'%', pos);
        if (percent < 0) {
            out += QStringView(text).mid(pos);
            break;
        }
        out += QStringView(text).mid(pos, percent - pos);
        const QString rest = text.mid(percent);
        if (rest.startsWith(u"%%"_s)) {
            out += u'%';
            pos = percent + 2;
            continue;
        }
        qsizetype used = 0;
        if (auto failure = substitute(request, rest, depth, out, used))
            return failure;
        pos = percent + used;
    }
    return std::nullopt;
}

// One `%(name)s` at the start of `rest`: appends the referenced value and sets `used`.
std::optional<Error> IniFile::substitute(
    const Lookup &request, const QString &rest, int depth, QString &out, qsizetype &used) const
{
    const auto fail = [this](const QString &message) {
        return std::optional<Error>(makeError(Error::Kind::Config, message, m_filePath));
    };
    if (!rest.startsWith(u"%("_s))
        return fail(u"'%' must be followed by '%' or '(', found: %1"_s.arg(pythonRepr(rest)));
    const qsizetype close = rest.indexOf(u')');
    if (close <= 2 || rest.mid(close + 1, 1) != u"s"_s)
        return fail(u"bad interpolation variable reference %1"_s.arg(pythonRepr(rest)));
    const QString name = rest.mid(2, close - 2).toLower();
    used = close + 2;
    const Entry *target = lookup(request.scope, name);
    if (!target) {
        return fail(u"Bad value substitution: option %1 in section %2 contains an interpolation "
                    "key %3 which is not a valid option name. Raw value: %4"_s.arg(
                        pythonRepr(request.option), pythonRepr(request.section), pythonRepr(name),
                        pythonRepr(request.rawValue)));
    }
    if (!target->value.contains(u'%')) {
        out += target->value;
        return std::nullopt;
    }
    return interpolate(request, target->value, depth + 1, out);
}

} // namespace retort
