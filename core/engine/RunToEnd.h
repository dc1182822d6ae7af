// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QEventLoop>
#include <QObject>

namespace retort {

/// Runs an asynchronous engine job to its end in a local event loop: calls `start`, waits for
/// the job's `finished(report)` signal (which may come before the loop runs) and returns the
/// report. When `start` refuses (a run is already under way) the report's error is `busy`.
template<typename Job, typename Report, typename Start>
Report runToEnd(Job *job, void (Job::*finished)(const Report &), Start start, const QString &busy)
{
    Report report;
    QEventLoop loop;
    bool ended = false;
    const auto connection = QObject::connect(job, finished, &loop, [&](const Report &done) {
        report = done;
        ended = true;
        loop.quit();
    });
    if (!start())
        report.error = makeError(Error::Kind::Usage, busy);
    else if (!ended)
        loop.exec();
    QObject::disconnect(connection);
    return report;
}

} // namespace retort
