// SPDX-License-Identifier: MIT
#include "scripts/ScriptCacheFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstring>

namespace retort {

namespace {

constexpr quint32 kMagic = 0x52544843; // "RTHC"
// Bump whenever the parser's output or this layout changes: older files are then ignored.
constexpr quint32 kFormatVersion = 1;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_0;
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

void writeEntry(QDataStream &out, const CachedScript &entry)
{
    const FileStamp &s = entry.stamp;
    const RevisionScript &r = entry.script;
    out << s.size << s.modifiedNs << s.changedNs << s.inode << s.device
        << quint8(entry.rule == DocstringRule::CleanDoc ? 1 : 0);
    out << r.path << r.revision << r.downRevisions << r.downRevisionIsTuple << r.branchLabels
        << r.dependsOn << qint32(r.revisionLine) << qint32(r.downRevisionLine) << r.docstring
        << r.createDate << qint32(r.upgradeLine) << qint32(r.downgradeLine);
}

bool readEntry(QDataStream &in, CachedScript *entry)
{
    FileStamp &s = entry->stamp;
    RevisionScript &r = entry->script;
    quint8 rule = 0;
    qint32 lines[4] = {0, 0, 0, 0};
    in >> s.size >> s.modifiedNs >> s.changedNs >> s.inode >> s.device >> rule;
    in >> r.path >> r.revision >> r.downRevisions >> r.downRevisionIsTuple >> r.branchLabels
        >> r.dependsOn >> lines[0] >> lines[1] >> r.docstring >> r.createDate >> lines[2]
        >> lines[3];
    if (in.status() != QDataStream::Ok || rule > 1 || r.path.isEmpty()) {
        return false;
    }
    entry->rule = rule == 1 ? DocstringRule::CleanDoc : DocstringRule::Verbatim;
    entry->operations = false;
    r.fileName = r.path.mid(r.path.lastIndexOf(QLatin1Char('/')) + 1);
    r.revisionLine = lines[0];
    r.downRevisionLine = lines[1];
    r.upgradeLine = lines[2];
    r.downgradeLine = lines[3];
    return true;
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
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray bytes = in.readAll();
    if (bytes.size() < kHeaderSize) {
        return 0;
    }
    QDataStream header(bytes);
    header.setVersion(kStreamVersion);
    quint32 magic = 0, version = 0, qtVersion = 0;
    quint64 sum = 0;
    header >> magic >> version >> qtVersion >> sum;
    const QByteArrayView payload = QByteArrayView(bytes).sliced(kHeaderSize);
    if (magic != kMagic || version != kFormatVersion || qtVersion != QT_VERSION
        || sum != checksum(payload)) {
        return 0;
    }
    const QByteArray data = QByteArray::fromRawData(payload.data(), payload.size());
    QDataStream stream(data);
    stream.setVersion(kStreamVersion);
    QString storedKey;
    quint32 count = 0;
    stream >> storedKey >> count;
    if (stream.status() != QDataStream::Ok || storedKey != key) {
        return 0;
    }
    QList<CachedScript> entries;
    entries.reserve(qsizetype(std::min<quint32>(count, 1U << 20)));
    for (quint32 i = 0; i < count; ++i) {
        CachedScript entry;
        if (!readEntry(stream, &entry)) {
            return 0;
        }
        entries.append(std::move(entry));
    }
    if (!stream.atEnd()) {
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
    {
        QDataStream stream(&payload, QIODevice::WriteOnly);
        stream.setVersion(kStreamVersion);
        stream << key << quint32(entries.size());
        for (const CachedScript &entry : std::as_const(entries)) {
            writeEntry(stream, entry);
        }
    }
    QDir().mkpath(file.left(file.lastIndexOf(QLatin1Char('/'))));
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly)) {
        QDataStream header(&out);
        header.setVersion(kStreamVersion);
        header << kMagic << kFormatVersion << quint32(QT_VERSION) << checksum(payload);
        out.write(payload);
        if (out.commit()) {
            return {};
        }
    }
    return makeError(Error::Kind::Io,
        QCoreApplication::translate("ScriptCacheFile", "Cannot write the header cache %1: %2")
            .arg(file, out.errorString()),
        file);
}

} // namespace retort
