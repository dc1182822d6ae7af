// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

namespace retort {

/// The last commit that touched a file.
struct GitCommit {
    QString hash; ///< abbreviated
    QString author;
    QDateTime date; ///< author date
    QString subject;
};

/// Looks up the last git commit of revision files off the UI thread, with `git log -1` run from
/// an argument list (never a shell). Only the latest request is answered.
class GitFileInfo : public QObject {
    Q_OBJECT

public:
    explicit GitFileInfo(QObject *parent = nullptr);
    ~GitFileInfo() override;

    /// The git executable on PATH, empty when there is none (then nothing is looked up).
    static QString gitProgram();
    /// Blocking: the last commit of `file`; nullopt when git is missing, the file is not in a
    /// repository, or it was never committed.
    static std::optional<GitCommit> lastCommit(const QString &file, const QString &git);

    /// Starts looking `file` up; lookedUp() follows unless another request comes first.
    void request(const QString &file);

signals:
    void lookedUp(const QString &file, const std::optional<retort::GitCommit> &commit);

private:
    QString m_git;
    quint64 m_generation = 0;
};

} // namespace retort

Q_DECLARE_METATYPE(std::optional<retort::GitCommit>)
