// SPDX-License-Identifier: MIT
#pragma once

#include "loader/LoadRequest.h"
#include "model/GraphSnapshot.h"
#include "util/Result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace retort {

/// Loads projects off the UI thread. Each load() gets a new generation; a result that arrives
/// after a newer load() was asked for is dropped, so the window only ever shows the latest.
class ProjectLoader : public QObject {
    Q_OBJECT

public:
    /// Blocking function that builds a snapshot from a request (SnapshotBuilder::load).
    using Source = std::function<Result<GraphSnapshot>(const LoadRequest &request)>;

    explicit ProjectLoader(Source source, QObject *parent = nullptr);
    ~ProjectLoader() override;

    /// Starts loading; returns the generation the result will carry. A graph-first request
    /// emits loaded() twice with that generation: the graph (Depth::Graph), then the full
    /// project; a newer load() drops whichever has not arrived yet.
    quint64 load(const LoadRequest &request);
    /// The generation of the latest load().
    quint64 generation() const { return m_generation; }
    bool isLoading() const { return m_pending > 0; }

signals:
    void loaded(const retort::GraphSnapshot &snapshot);
    void failed(const QString &projectPath, const QString &message);

private:
    /// Runs one stage; `next` is the stage to run once this one is shown.
    void start(const LoadRequest &request, quint64 generation, std::optional<LoadRequest> next);

    Source m_source;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace retort
