// SPDX-License-Identifier: MIT
// Opens a project in the workbench window, as a user does, and measures: the time from the
// start of main() to the first painted graph, scrolling the graph from the first row to the last
// (a repaint per page), and the peak resident memory. Prints one JSON object.
//
//   usage: windowbench PROJECT_DIR        (QT_QPA_PLATFORM=offscreen for a headless run)
#include "graph/RevisionGraphView.h"
#include "model/RevisionGraphModel.h"
#include "model/SnapshotBuilder.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

/// Peak resident set size in MiB (VmHWM), 0 when /proc is not there.
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// Records when the graph's viewport has painted for the first time with rows in the model.
class FirstPaint : public QObject {
public:
    FirstPaint(const retort::RevisionGraphModel *model, const QElapsedTimer &clock)
        : m_model(model), m_clock(clock)
    {
    }
    qint64 elapsed = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && elapsed < 0 && m_model->rowCount() > 0) {
            watched->removeEventFilter(this);
            watched->event(event); // paint now, then read the clock
            elapsed = m_clock.elapsed();
            return true;
        }
        return false;
    }

private:
    const retort::RevisionGraphModel *m_model;
    const QElapsedTimer &m_clock;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: windowbench PROJECT_DIR\n");
        return 2;
    }
    QTemporaryDir settingsDir; // a fresh user: no remembered layout, no trust
    retort::MainWindow window(&retort::SnapshotBuilder::load,
        std::make_unique<retort::WorkbenchSettings>(settingsDir.filePath(QStringLiteral("s.ini"))));
    window.resize(1280, 800);
    window.show();
    retort::RevisionGraphView *view = window.graphView();
    FirstPaint firstPaint(window.model(), clock);
    view->viewport()->installEventFilter(&firstPaint);
    window.openProject(QString::fromLocal8Bit(argv[1]));
    while (firstPaint.elapsed < 0 && clock.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 loaded = clock.elapsed();

    // Scroll end to end: one synchronous repaint per page.
    QScrollBar *bar = view->verticalScrollBar();
    std::vector<qint64> frames;
    QElapsedTimer scroll;
    scroll.start();
    for (int value = bar->minimum();; value += bar->pageStep()) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(std::min(value, bar->maximum()));
        view->viewport()->repaint();
        frames.push_back(frame.nsecsElapsed() / 1000);
        if (value >= bar->maximum())
            break;
    }
    const qint64 scrollTotal = scroll.elapsed();
    std::sort(frames.begin(), frames.end());
    const QJsonObject result {
        {QStringLiteral("rows"), window.model()->rowCount()},
        {QStringLiteral("first_paint_ms"), firstPaint.elapsed},
        {QStringLiteral("ready_ms"), loaded},
        {QStringLiteral("scroll_pages"), static_cast<int>(frames.size())},
        {QStringLiteral("scroll_total_ms"), scrollTotal},
        {QStringLiteral("frame_median_us"), frames.empty() ? 0 : frames[frames.size() / 2]},
        {QStringLiteral("frame_max_us"), frames.empty() ? 0 : frames.back()},
        {QStringLiteral("peak_rss_mib"), peakMemoryMiB()},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return firstPaint.elapsed < 0 ? 1 : 0;
}
