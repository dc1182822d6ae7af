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
#include <utility>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace retort {

namespace {

// The whole file in one read where the system allows it: scanning thousands of scripts is
// dominated by opening and reading them, and QFile's bookkeeping costs a third more. The file
// is `name` in the folder open as `dirFd` (AT_FDCWD: `name` is the whole path), which spares
// the kernel a walk down the whole path per file. `stamp` receives the file's stamp as it was
// opened, for the cache.
std::optional<QByteArray> readFast(
    [[maybe_unused]] int dirFd, [[maybe_unused]] const char *name, std::optional<FileStamp> *stamp)
{
#ifdef Q_OS_UNIX
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC);
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
    Q_UNUSED(stamp);
    return std::nullopt;
#endif
}

/// The folders the listed files are in, each open once for the *at() calls of a scan.
class FolderHandles {
public:
#ifdef Q_OS_UNIX
    explicit FolderHandles(const QList<ScriptFile> &files)
    {
        m_folderOf.reserve(size_t(files.size()));
        QString lastFolder;
        int last = -1;
        for (const ScriptFile &file : files) {
            const QStringView folder = QStringView(file.path).first(folderLength(file.path));
            if (last < 0 || folder != lastFolder) {
                lastFolder = folder.toString();
                last = open(lastFolder);
            }
            m_folderOf.push_back(last);
        }
    }
    ~FolderHandles()
    {
        for (const auto &folder : m_folders) {
            if (folder.second >= 0) {
                ::close(folder.second);
            }
        }
    }

    /// The descriptor of file `index`'s folder, or AT_FDCWD when it could not be opened.
    int folderFd(qsizetype index) const { return m_folderOf[size_t(index)]; }
#else
    explicit FolderHandles(const QList<ScriptFile> &) { }
    int folderFd(qsizetype) const { return -1; }
#endif
    FolderHandles(const FolderHandles &) = delete;
    FolderHandles &operator=(const FolderHandles &) = delete;

    /// The length of `path`'s folder part: everything before its last '/'.
    static qsizetype folderLength(const QString &path)
    {
        return std::max<qsizetype>(path.lastIndexOf(QLatin1Char('/')), 0);
    }

private:
#ifdef Q_OS_UNIX
    int open(const QString &folder)
    {
        for (const auto &known : m_folders) {
            if (known.first == folder) {
                return known.second < 0 ? AT_FDCWD : known.second;
            }
        }
        const int fd = folder.isEmpty()
            ? -1
            : ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        m_folders.emplace_back(folder, fd);
        return fd < 0 ? AT_FDCWD : fd;
    }

    std::vector<std::pair<QString, int>> m_folders;
    std::vector<int> m_folderOf;
#endif
};

// Loads `file`, which is `name` (encoded) in the folder open as `dirFd`, or the whole path
// when dirFd is AT_FDCWD.
RevisionScript loadAt(const ScriptFile &file, int dirFd, DocstringRule docstringRule,
    ScriptCache *cache, bool operations);

} // namespace

RevisionScript ScriptDirectory::load(
    const ScriptFile &file, DocstringRule docstringRule, ScriptCache *cache, bool operations)
{
#ifdef Q_OS_UNIX
    return loadAt(file, AT_FDCWD, docstringRule, cache, operations);
#else
    return loadAt(file, -1, docstringRule, cache, operations);
#endif
}

namespace {

RevisionScript loadAt(const ScriptFile &file, int dirFd, DocstringRule docstringRule,
    ScriptCache *cache, bool operations)
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
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(dirFd == AT_FDCWD
            ? file.path
            : file.path.sliced(FolderHandles::folderLength(file.path) + 1));
#else
    const QByteArray name = QFile::encodeName(file.path);
#endif
    if (cache) {
        if (const std::optional<FileStamp> stamp = ScriptCache::stampAt(dirFd, name.constData())) {
            if (std::optional<RevisionScript> hit
                = cache->find(file.path, *stamp, docstringRule, operations)) {
                return std::move(*hit);
            }
        }
    }
    const qint64 readStart = ScriptCache::clockNs();
    std::optional<FileStamp> stamp;
    if (std::optional<QByteArray> content = readFast(dirFd, name.constData(), &stamp)) {
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

} // namespace

ScriptScan ScriptDirectory::scan(const ScriptDirectoryOptions &options, ScriptCache *cache)
{
    ScriptScan result;
    const QList<ScriptFile> files = ScriptListing::list(options, &result.warnings);
    result.scripts.resize(files.size());
    RevisionScript *out = result.scripts.data();
    const int wanted = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    const int workers = std::clamp(static_cast<int>(files.size() / 16), 1, std::max(1, wanted));
    const DocstringRule docstringRule = PythonDocstring::ruleFor(options.pythonVersion);
    const FolderHandles folders(files);
    std::atomic<qsizetype> nextIndex {0};
    auto work = [&]() {
        for (qsizetype i = nextIndex++; i < files.size(); i = nextIndex++) {
            out[i] = loadAt(
                files[i], folders.folderFd(i), docstringRule, cache, options.operations);
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
