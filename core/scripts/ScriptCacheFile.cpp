// SPDX-License-Identifier: MIT
#include "scripts/ScriptCacheFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstring>
#include <type_traits>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace retort {

namespace {

// The file: a header of magic, format version, Qt version (each a native-order quint32: a file
// written on a machine of the other byte order has a wrong magic and is ignored) and a 64-bit
// checksum of the payload; then the payload: the key and the entry count, then each entry as
// fixed-size numbers followed by its strings in UTF-8 (a quint32 byte length, then the bytes)
// and string lists (a quint32 count, then the strings). One read, no per-character byte
// swapping, and about half the size of QDataStream's UTF-16.
constexpr quint32 kMagic = 0x52544843; // "RTHC"
// Bump whenever the parser's output or this layout changes: older files are then ignored.
constexpr quint32 kFormatVersion = 2;
constexpr qsizetype kHeaderSize = 4 + 4 + 4 + 8; // magic, version, Qt version, checksum

// A fast 64-bit checksum (FNV-1a style over 8-byte words, then the tail bytes): enough to
// catch a damaged or truncated file, and the same in every process (qHash is seeded per run).
quint64 checksum(QByteArrayView payload)
{
    constexpr quint64 prime = 0x100000001b3ULL;
    quint64 hash = 0xcbf29ce484222325ULL ^ quint64(payload.size());
    const char *p = payload.data();
    qsizetype left = payload.size();
    for (; left >= 8; left -= 8, p += 8) {
        quint64 word = 0;
        std::memcpy(&word, p, 8);
        hash = (hash ^ word) * prime;
        hash ^= hash >> 29;
    }
    for (; left > 0; --left, ++p) {
        hash = (hash ^ quint8(*p)) * prime;
    }
    return hash;
}

/// Appends numbers and strings in the payload's layout.
class Writer {
public:
    explicit Writer(QByteArray &out) : m_out(out) { }

    template<typename T>
    void number(T value)
    {
        static_assert(std::is_arithmetic_v<T>);
        m_out.append(reinterpret_cast<const char *>(&value), sizeof(T));
    }
    void string(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        number(quint32(utf8.size()));
        m_out.append(utf8);
    }
    void list(const QStringList &texts)
    {
        number(quint32(texts.size()));
        for (const QString &text : texts) {
            string(text);
        }
    }

private:
    QByteArray &m_out;
};

/// Reads the payload back; any read past the end makes ok() false for good.
class Reader {
public:
    explicit Reader(QByteArrayView in) : m_p(in.data()), m_end(in.data() + in.size()) { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }

    template<typename T>
    T number()
    {
        static_assert(std::is_arithmetic_v<T>);
        T value {};
        if (!take(sizeof(T))) {
            return value;
        }
        std::memcpy(&value, m_p - sizeof(T), sizeof(T));
        return value;
    }
    QString string()
    {
        const quint32 size = number<quint32>();
        if (!take(size)) {
            return {};
        }
        return QString::fromUtf8(m_p - size, qsizetype(size));
    }
    QStringList list()
    {
        const quint32 count = number<quint32>();
        QStringList texts;
        if (count > quint32(m_end - m_p) / 4) { // each string takes four bytes at least
            m_ok = false;
            return texts;
        }
        texts.reserve(qsizetype(count));
        for (quint32 i = 0; i < count && m_ok; ++i) {
            texts.append(string());
        }
        return texts;
    }

private:
    bool take(size_t size)
    {
        if (!m_ok || size > size_t(m_end - m_p)) {
            m_ok = false;
            return false;
        }
        m_p += size;
        return true;
    }

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

void writeEntry(Writer &out, const CachedScript &entry)
{
    const FileStamp &s = entry.stamp;
    const RevisionScript &r = entry.script;
    out.number(s.size);
    out.number(s.modifiedNs);
    out.number(s.changedNs);
    out.number(s.inode);
    out.number(s.device);
    out.number(qint32(r.revisionLine));
    out.number(qint32(r.downRevisionLine));
    out.number(qint32(r.upgradeLine));
    out.number(qint32(r.downgradeLine));
    out.number(quint8(entry.rule == DocstringRule::CleanDoc ? 1 : 0));
    out.number(quint8(r.downRevisionIsTuple ? 1 : 0));
    out.string(r.path);
    out.string(r.revision);
    out.list(r.downRevisions);
    out.list(r.branchLabels);
    out.list(r.dependsOn);
    out.string(r.docstring);
    out.string(r.createDate);
}

bool readEntry(Reader &in, CachedScript *entry)
{
    FileStamp &s = entry->stamp;
    RevisionScript &r = entry->script;
    s.size = in.number<qint64>();
    s.modifiedNs = in.number<qint64>();
    s.changedNs = in.number<qint64>();
    s.inode = in.number<quint64>();
    s.device = in.number<quint64>();
    r.revisionLine = in.number<qint32>();
    r.downRevisionLine = in.number<qint32>();
    r.upgradeLine = in.number<qint32>();
    r.downgradeLine = in.number<qint32>();
    const quint8 rule = in.number<quint8>();
    const quint8 tuple = in.number<quint8>();
    r.path = in.string();
    r.revision = in.string();
    r.downRevisions = in.list();
    r.branchLabels = in.list();
    r.dependsOn = in.list();
    r.docstring = in.string();
    r.createDate = in.string();
    if (!in.ok() || rule > 1 || tuple > 1 || r.path.isEmpty()) {
        return false;
    }
    entry->rule = rule == 1 ? DocstringRule::CleanDoc : DocstringRule::Verbatim;
    entry->operations = false;
    r.downRevisionIsTuple = tuple == 1;
    r.fileName = r.path.mid(r.path.lastIndexOf(QLatin1Char('/')) + 1);
    return true;
}

// The whole file in one read where the system allows it (the cache is read on every run).
QByteArray readWhole(const QString &file)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return {};
    }
    QByteArray bytes;
    struct stat info;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
        bytes.resize(qsizetype(info.st_size));
        qsizetype got = 0;
        while (got < bytes.size()) {
            const ssize_t n = ::read(fd, bytes.data() + got, size_t(bytes.size() - got));
            if (n <= 0) {
                break;
            }
            got += n;
        }
        bytes.truncate(got);
    }
    ::close(fd);
    return bytes;
#else
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
#endif
}

} // namespace

QString ScriptCacheFile::defaultFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/retort");
}

QString ScriptCacheFile::pathFor(const QString &folder, const QStringList &versionLocations)
{
    const QByteArray key = versionLocations.join(QLatin1Char('\n')).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex();
    return folder + QStringLiteral("/headers-") + QString::fromLatin1(hash.left(16))
        + QStringLiteral(".bin");
}

qsizetype ScriptCacheFile::read(const QString &file, const QString &key, ScriptCache *cache)
{
    const QByteArray bytes = readWhole(file);
    if (bytes.size() < kHeaderSize) {
        return 0;
    }
    Reader header(QByteArrayView(bytes).first(kHeaderSize));
    const quint32 magic = header.number<quint32>();
    const quint32 version = header.number<quint32>();
    const quint32 qtVersion = header.number<quint32>();
    const quint64 sum = header.number<quint64>();
    const QByteArrayView payload = QByteArrayView(bytes).sliced(kHeaderSize);
    if (magic != kMagic || version != kFormatVersion || qtVersion != QT_VERSION
        || sum != checksum(payload)) {
        return 0;
    }
    Reader in(payload);
    const QString storedKey = in.string();
    const quint32 count = in.number<quint32>();
    if (!in.ok() || storedKey != key) {
        return 0;
    }
    QList<CachedScript> entries;
    entries.reserve(qsizetype(std::min<quint32>(count, quint32(payload.size() / 64))));
    for (quint32 i = 0; i < count; ++i) {
        CachedScript entry;
        if (!readEntry(in, &entry)) {
            return 0;
        }
        entries.append(std::move(entry));
    }
    if (!in.atEnd()) {
        return 0;
    }
    const qsizetype restored = entries.size();
    cache->restore(std::move(entries));
    return restored;
}

Result<void> ScriptCacheFile::write(
    const QString &file, const QString &key, const ScriptCache &cache)
{
    QList<CachedScript> entries = cache.usedEntries();
    entries.removeIf([](const CachedScript &entry) { return entry.script.error.has_value(); });
    QByteArray payload;
    payload.reserve(entries.size() * 256 + 64);
    Writer body(payload);
    body.string(key);
    body.number(quint32(entries.size()));
    for (const CachedScript &entry : std::as_const(entries)) {
        writeEntry(body, entry);
    }
    QByteArray header;
    Writer head(header);
    head.number(kMagic);
    head.number(kFormatVersion);
    head.number(quint32(QT_VERSION));
    head.number(checksum(payload));
    QDir().mkpath(file.left(file.lastIndexOf(QLatin1Char('/'))));
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly) && out.write(header) == header.size()
        && out.write(payload) == payload.size() && out.commit()) {
        return {};
    }
    return makeError(Error::Kind::Io,
        QCoreApplication::translate("ScriptCacheFile", "Cannot write the header cache %1: %2")
            .arg(file, out.errorString()),
        file);
}

} // namespace retort
