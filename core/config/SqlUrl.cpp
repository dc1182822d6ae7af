// SPDX-License-Identifier: MIT
#include "config/SqlUrl.h"

#include "config/PythonRepr.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace retort {

namespace {

// urllib.parse.unquote: percent escapes decoded as UTF-8.
QString unquote(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// urllib.parse.quote_plus(text, safe=''): unreserved characters kept, space as '+'.
QString quotePlus(const QString &text)
{
    QString out;
    for (const char byte : text.toUtf8()) {
        const auto c = static_cast<unsigned char>(byte);
        const bool alnum
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum || c == '_' || c == '.' || c == '-' || c == '~')
            out += QLatin1Char(char(c));
        else if (c == ' ')
            out += u'+';
        else
            out += u'%' + QString::number(c, 16).toUpper().rightJustified(2, u'0');
    }
    return out;
}

// SQLAlchemy's _sqla_url_quote for user names and passwords: only ':', '@' and '/' escaped.
QString quoteCredential(const QString &text)
{
    QString out = text;
    out.replace(u':', u"%3A"_s).replace(u'@', u"%40"_s).replace(u'/', u"%2F"_s);
    return out;
}

// urllib.parse.parse_qsl(query): '&'-separated, '+' as space, blank values dropped.
SqlUrl::Query parseQuery(const QString &query)
{
    SqlUrl::Query pairs;
    for (const QString &part : query.split(u'&')) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals < 0 || equals == part.size() - 1)
            continue;
        const auto decode = [](QString text) { return unquote(text.replace(u'+', u' ')); };
        const QString key = decode(part.left(equals));
        // SQLAlchemy gathers repeated keys into one entry, placed where the key first appears.
        auto last = pairs.end();
        for (auto it = pairs.begin(); it != pairs.end(); ++it) {
            if (it->first == key)
                last = it + 1;
        }
        pairs.insert(last, {key, decode(part.mid(equals + 1))});
    }
    return pairs;
}

// SQLAlchemy's util.asbool, as coerce_kw_type(opts, "uri", bool) applies it.
std::optional<bool> asBool(const QString &text)
{
    const QString value = text.trimmed().toLower();
    static const QStringList yes {u"true"_s, u"yes"_s, u"on"_s, u"y"_s, u"t"_s, u"1"_s};
    static const QStringList no {u"false"_s, u"no"_s, u"off"_s, u"n"_s, u"f"_s, u"0"_s};
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

// An SQLite URI's file path, relative paths made absolute against baseDir. `file:x.db`,
// `file:/abs.db`, `file:///abs.db` and `file://localhost/abs.db` name files.
QString uriFilePath(const QString &uri, const QString &baseDir)
{
    QString path = uri.mid(5); // after "file:"
    if (path.startsWith(u"//localhost/"_s))
        path = path.mid(11);
    else if (path.startsWith(u"///"_s))
        path = path.mid(2);
    return QDir::cleanPath(QDir(baseDir).filePath(QUrl::fromPercentEncoding(path.toUtf8())));
}

} // namespace

Result<SqlUrl> SqlUrl::parse(const QString &url)
{
    // sqlalchemy.engine.url._parse_url's pattern, matched from the start only as re.match does.
    static const QRegularExpression pattern(
        u"^(?<name>[\\w\\+]+)://"
        "(?:(?<username>[^:/]*)(?::(?<password>[^@]*))?@)?"
        "(?:(?:\\[(?<ipv6host>[^/\\?]+)\\]|(?<ipv4host>[^/:\\?]+))?(?::(?<port>[^/\\?]*))?)?"
        "(?:/(?<database>[^\\?]*))?"
        "(?:\\?(?<query>.*))?"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = pattern.match(url);
    if (!match.hasMatch()) // SQLAlchemy's wording (ArgumentError)
        return makeError(
            Error::Kind::Config, u"Could not parse SQLAlchemy URL from string '%1'"_s.arg(url));
    const auto group = [&match](const QString &name) -> std::optional<QString> {
        if (!match.hasCaptured(name))
            return std::nullopt;
        return match.captured(name);
    };
    SqlUrl result;
    result.m_drivername = match.captured(u"name"_s);
    if (const auto user = group(u"username"_s))
        result.m_username = unquote(*user);
    if (const auto password = group(u"password"_s))
        result.m_password = unquote(*password);
    result.m_host = group(u"ipv4host"_s);
    if (!result.m_host || result.m_host->isEmpty())
        result.m_host = group(u"ipv6host"_s);
    if (const auto port = group(u"port"_s); port && !port->isEmpty()) {
        bool ok = false;
        const int number = port->trimmed().toInt(&ok);
        if (!ok) // Python's wording (int() of the port)
            return makeError(Error::Kind::Config,
                u"invalid literal for int() with base 10: %1"_s.arg(pythonRepr(*port)));
        result.m_port = number;
    }
    result.m_database = group(u"database"_s);
    if (const auto query = group(u"query"_s))
        result.m_query = parseQuery(*query);
    return result;
}

QString SqlUrl::backendName() const
{
    return m_drivername.section(u'+', 0, 0);
}

QString SqlUrl::driver() const
{
    return m_drivername.contains(u'+') ? m_drivername.section(u'+', 1) : QString();
}

std::optional<QString> SqlUrl::queryValue(const QString &key) const
{
    for (const auto &[name, value] : m_query) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}

QString SqlUrl::render(const std::optional<QString> &password) const
{
    QString out = m_drivername + u"://"_s;
    if (m_username) {
        out += quoteCredential(*m_username);
        if (password)
            out += u':' + *password;
        out += u'@';
    }
    if (m_host)
        out += m_host->contains(u':') ? u'[' + *m_host + u']' : *m_host;
    if (m_port)
        out += u':' + QString::number(*m_port);
    if (m_database)
        out += u'/' + *m_database;
    if (!m_query.isEmpty()) {
        Query sorted = m_query;
        std::stable_sort(sorted.begin(), sorted.end(),
            [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList parts;
        for (const auto &[key, value] : sorted)
            parts.append(quotePlus(key) + u'=' + quotePlus(value));
        out += u'?' + parts.join(u'&');
    }
    return out;
}

QString SqlUrl::toString() const
{
    return render(m_password ? std::optional<QString>(quoteCredential(*m_password)) : std::nullopt);
}

QString SqlUrl::redacted(const QString &mask) const
{
    return render(m_password ? std::optional<QString>(mask) : std::nullopt);
}

Result<SqliteTarget> SqlUrl::sqliteTarget(const QString &baseDir) const
{
    if (!isSqlite()) {
        return makeError(Error::Kind::Unsupported,
            QCoreApplication::translate("SqlUrl",
                "Retort reads SQLite databases natively; "
                "%1 is a %2 database URL.")
                .arg(redacted(), backendName()));
    }
    // pysqlite tests truthiness: an empty user name or a port of 0 do not count.
    const auto given = [](const std::optional<QString> &part) { return part && !part->isEmpty(); };
    if (given(m_username) || given(m_password) || given(m_host) || m_port.value_or(0) != 0) {
        // SQLAlchemy's wording (pysqlite create_connect_args).
        return makeError(Error::Kind::Config,
            u"Invalid SQLite URL: %1\nValid SQLite URL forms are:\n"
            " sqlite:///:memory: (or, sqlite://)\n"
            " sqlite:///relative/path/to/file.db\n"
            " sqlite:////absolute/path/to/file.db"_s.arg(redacted()));
    }
    const std::optional<QString> uriOption = queryValue(u"uri"_s);
    const std::optional<bool> uri = uriOption ? asBool(*uriOption) : std::optional<bool>(false);
    if (!uri) // SQLAlchemy's wording (util.asbool)
        return makeError(
            Error::Kind::Config, u"String is not true/false: %1"_s.arg(pythonRepr(*uriOption)));
    if (!*uri) {
        SqliteTarget target;
        const QString database = m_database.value_or(QString());
        target.inMemory = database.isEmpty() || database == u":memory:"_s;
        target.path
            = target.inMemory ? QString() : QDir::cleanPath(QDir(baseDir).filePath(database));
        target.databaseName = target.inMemory ? u":memory:"_s : target.path;
        return target;
    }
    return uriTarget(baseDir);
}

// pysqlite with uri=true: the database is an SQLite URI and the query options that are not
// sqlite3.connect() arguments become its parameters.
SqliteTarget SqlUrl::uriTarget(const QString &baseDir) const
{
    SqliteTarget target;
    static const QStringList driverOptions {u"uri"_s, u"timeout"_s, u"isolation_level"_s,
        u"detect_types"_s, u"check_same_thread"_s, u"cached_statements"_s};
    QStringList uriParameters;
    Query sorted = m_query;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[key, value] : sorted) {
        if (!driverOptions.contains(key))
            uriParameters.append(key + u'=' + value);
        if (key == u"mode"_s && value == u"memory"_s)
            target.inMemory = true;
    }
    QString name = m_database.value_or(QString());
    target.uri = true;
    if (name.startsWith(u"file:"_s)) {
        target.inMemory = target.inMemory || name == u"file::memory:"_s;
        if (!target.inMemory) {
            target.path = uriFilePath(name, baseDir);
            name = u"file:"_s + QString::fromUtf8(QUrl::toPercentEncoding(target.path, "/"));
        }
    } else if (!name.isEmpty() && name != u":memory:"_s) {
        target.path = QDir::cleanPath(QDir(baseDir).filePath(name));
        name = target.path;
    } else {
        target.inMemory = true;
    }
    target.databaseName = uriParameters.isEmpty() ? name : name + u'?' + uriParameters.join(u'&');
    target.connectOptions = u"QSQLITE_OPEN_URI"_s;
    return target;
}

} // namespace retort
