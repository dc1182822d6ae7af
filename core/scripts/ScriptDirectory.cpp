// SPDX-License-Identifier: MIT
#include "scripts/ScriptDirectory.h"

#include "scripts/ScriptParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace retort {

namespace {

// The whole file in one read where the system allows it: scanning thousands of scripts is
// dominated by opening and reading them, and QFile's bookkeeping costs a third more.
// `stamp` receives the file's stamp as it was opened, for the cache.
std::optional<QByteArray> readFast(const QString &path, std::optional<FileStamp> *stamp)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return std::nullopt;
    }
    *stamp = ScriptCache::stampOf(fd);
    std::optional<QByteArray> content;
    if (*stamp) {
        const qint64 size = (*stamp)->size;
        QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
        const ssize_t got = size > 0 ? ::read(fd, bytes.data(), size_t(size)) : 0;
        if (got == size) {
            content = std::move(bytes);
        }
    }
    ::close(fd);
    return content;
#else
    Q_UNUSED(path);
    Q_UNUSED(stamp);
    return std::nullopt;
#endif
}

} // namespace

RevisionScript ScriptDirectory::load(
    const ScriptFile &file, DocstringRule docstringRule, ScriptCache *cache, bool operations)
{
    if (file.compiled) {
        RevisionScript script;
        script.path = file.path;
        script.fileName = file.path.mid(file.path.lastIndexOf(QLatin1Char('/')) + 1);
        script.error = makeError(Error::Kind::Unsupported,
            QCoreApplication::translate("ScriptDirectory",
                "Sourceless script %1 cannot be read "
                "natively; Retort reads .py files "
                "only")
                .arg(file.fileName),
            file.path, 0);
        return script;
    }
    if (cache) {
        if (const std::optional<FileStamp> stamp = ScriptCache::stampOf(file.path)) {
            if (std::optional<RevisionScript> hit
                = cache->find(file.path, *stamp, docstringRule, operations)) {
                return std::move(*hit);
            }
        }
    }
    const qint64 readStart = ScriptCache::clockNs();
    std::optional<FileStamp> stamp;
    if (std::optional<QByteArray> content = readFast(file.path, &stamp)) {
        RevisionScript script = ScriptParser::parse(file.path, *content, docstringRule, operations);
        if (cache && stamp) {
            cache->store(*stamp, readStart, docstringRule, script, operations);
        }
        return script;
    }
    QFile in(file.path); // also the slow path that words the error
    if (!in.open(QIODevice::ReadOnly)) {
        RevisionScript script;
        script.path = file.path;
        script.fileName = file.path.mid(file.path.lastIndexOf(QLatin1Char('/')) + 1);
        script.error = makeError(Error::Kind::Io,
            QCoreApplication::translate("ScriptDirectory", "Cannot read %1: %2")
                .arg(file.path, in.errorString()),
            file.path, 0);
        return script;
    }
    return ScriptParser::parse(file.path, in.readAll(), docstringRule, operations);
}

ScriptScan ScriptDirectory::scan(const ScriptDirectoryOptions &options, ScriptCache *cache)
{
    ScriptScan result;
    const QList<ScriptFile> files = ScriptListing::list(options, &result.warnings);
    result.scripts.resize(files.size());
    RevisionScript *out = result.scripts.data();
    const int wanted = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    const int workers = std::clamp(static_cast<int>(files.size() / 16), 1, std::max(1, wanted));
    const DocstringRule docstringRule = PythonDocstring::ruleFor(options.pythonVersion);
    std::atomic<qsizetype> nextIndex {0};
    auto work = [&]() {
        for (qsizetype i = nextIndex++; i < files.size(); i = nextIndex++) {
            out[i] = load(files[i], docstringRule, cache, options.operations);
        }
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < workers; ++t) {
        threads.emplace_back(work);
    }
    work();
    for (std::thread &thread : threads) {
        thread.join();
    }
    return result;
}

} // namespace retort
