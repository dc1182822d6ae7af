// SPDX-License-Identifier: MIT
#include "loader/ProjectLoader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

ProjectLoader::ProjectLoader(Source source, QObject *parent)
    : QObject(parent), m_source(std::move(source))
{ }

ProjectLoader::~ProjectLoader()
{
    // Running loads hold only their own copies; wait so none outlives the source it calls.
    // (QFutureWatcher<T> has no Q_OBJECT of its own, so look children up by their base class.)
    for (auto *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

quint64 ProjectLoader::load(const LoadRequest &request)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    auto *watcher = new QFutureWatcher<Result<GraphSnapshot>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        --m_pending;
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer load was asked for meanwhile
        Result<GraphSnapshot> result = watcher->result();
        if (!result) {
            emit failed(request.projectPath, result.error().message);
            return;
        }
        GraphSnapshot snapshot = std::move(result).value();
        snapshot.generation = generation;
        emit loaded(snapshot);
    });
    watcher->setFuture(QtConcurrent::run(m_source, request));
    return generation;
}

} // namespace retort
