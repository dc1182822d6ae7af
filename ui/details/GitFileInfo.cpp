// SPDX-License-Identifier: MIT
#include "details/GitFileInfo.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QProcess>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

namespace {

constexpr int gitTimeoutMs = 5000;
constexpr QChar fieldSeparator = QChar(0x1f);

} // namespace

GitFileInfo::GitFileInfo(QObject *parent) : QObject(parent), m_git(gitProgram()) { }

GitFileInfo::~GitFileInfo()
{
    for (auto *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

QString GitFileInfo::gitProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("git"));
}

std::optional<GitCommit> GitFileInfo::lastCommit(const QString &file, const QString &git)
{
    const QFileInfo info(file);
    if (git.isEmpty() || !info.exists())
        return std::nullopt;
    QProcess process;
    process.setWorkingDirectory(info.absolutePath());
    process.start(git,
        {QStringLiteral("log"), QStringLiteral("-1"),
            QStringLiteral("--format=%h%x1f%an%x1f%aI%x1f%s"), QStringLiteral("--"),
            info.fileName()});
    if (!process.waitForFinished(gitTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    const QStringList fields
        = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(fieldSeparator);
    if (fields.size() < 4)
        return std::nullopt; // not committed yet
    return GitCommit {
        fields.at(0), fields.at(1), QDateTime::fromString(fields.at(2), Qt::ISODate), fields.at(3)};
}

void GitFileInfo::request(const QString &file)
{
    const quint64 generation = ++m_generation;
    if (m_git.isEmpty() || file.isEmpty()) {
        emit lookedUp(file, std::nullopt);
        return;
    }
    auto *watcher = new QFutureWatcher<std::optional<GitCommit>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        watcher->deleteLater();
        if (generation == m_generation)
            emit lookedUp(file, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&GitFileInfo::lastCommit, file, m_git));
}

} // namespace retort
