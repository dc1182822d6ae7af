// SPDX-License-Identifier: MIT
// Opens a project in the workbench window, as a user does, and measures: the time from the
// start of main() to the first painted graph, and to the full project on screen (operations
// read, lint findings shown), scrolling the graph from the first row to the last (a repaint per
// page) once it is complete, and the peak resident memory. Prints one JSON object.
//
//   usage: windowbench PROJECT_DIR [--no-scroll]   (QT_QPA_PLATFORM=offscreen for a headless run)
//   --no-scroll stops after the first paint (for profiling the opening alone).
#include "graph/RevisionGraphView.h"
#include "model/RevisionGraphModel.h"
#include "model/SnapshotBuilder.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
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
    { }
    qint64 elapsed = -1;
    std::function<void()> onPainted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && elapsed < 0 && m_model->rowCount() > 0) {
            watched->removeEventFilter(this);
            watched->event(event); // paint now, then read the clock
            elapsed = m_clock.elapsed();
            if (onPainted)
                onPainted();
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
        std::fprintf(stderr, "usage: windowbench PROJECT_DIR [--no-scroll]\n");
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
    qint64 complete = -1;
    QObject::connect(&window, &retort::MainWindow::projectShown, &window,
        [&complete, &clock] { complete = complete < 0 ? clock.elapsed() : complete; });
    window.openProject(QString::fromLocal8Bit(argv[1]));
    // An event loop as the application's own (processEvents() with a time limit would spin and
    // take a core from the loader), until the first paint.
    QEventLoop loop;
    firstPaint.onPainted = [&loop] { loop.quit(); };
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    const bool scrolling = !app.arguments().contains(QStringLiteral("--no-scroll"));
    if (scrolling && complete < 0) { // then until the full project is on screen
        QObject::connect(&window, &retort::MainWindow::projectShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }

    // Scroll end to end: one synchronous repaint per page.
    QScrollBar *bar = view->verticalScrollBar();
    std::vector<qint64> frames;
    QElapsedTimer scroll;
    scroll.start();
    for (int value = bar->minimum(); scrolling; value += bar->pageStep()) {
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
        {QStringLiteral("complete_ms"), complete},
        {QStringLiteral("scroll_pages"), static_cast<int>(frames.size())},
        {QStringLiteral("scroll_total_ms"), scrollTotal},
        {QStringLiteral("frame_median_us"), frames.empty() ? 0 : frames[frames.size() / 2]},
        {QStringLiteral("frame_max_us"), frames.empty() ? 0 : frames.back()},
        {QStringLiteral("peak_rss_mib"), peakMemoryMiB()},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return firstPaint.elapsed < 0 ? 1 : 0;
}
