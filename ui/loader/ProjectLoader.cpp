// SPDX-License-Identifier: MIT
#include "loader/ProjectLoader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace retort {

namespace {

// A load frees as much as it leaves (the project it read, the linter's working data), much of
// it in the pooled threads' own malloc arenas, which glibc keeps mapped: hand it back, so the
// window holds what it shows and not the high-water mark of every load since it opened.
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace

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
    if (request.graphFirst && request.depth == LoadRequest::Depth::Full) {
        LoadRequest graph = request;
        graph.depth = LoadRequest::Depth::Graph;
        start(graph, generation, request);
    } else {
        start(request, generation, std::nullopt);
    }
    return generation;
}

void ProjectLoader::start(
    const LoadRequest &request, quint64 generation, std::optional<LoadRequest> next)
{
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
        releaseFreedMemory();
        if (next && generation == m_generation) // a slot may have asked for a newer load
            start(*next, generation, std::nullopt);
    });
    watcher->setFuture(QtConcurrent::run(m_source, request));
}

} // namespace retort
