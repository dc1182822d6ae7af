// SPDX-License-Identifier: MIT
#pragma once

#include "checks/CheckResult.h"
#include "checks/ChecksTarget.h"
#include "checks/HealthChecker.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace retort {

class ChecksModel;
class TrustStore;

/// The Checks pane: the project's health checks (HealthChecker) per revision, green or red,
/// with the failing SQL, the schema differences and the error of the selected row below.
/// "Run all" runs every check; "Run selected" the checks of the selected rows. Runs are
/// asynchronous, with progress and Cancel; the pane never blocks the UI thread (the Python
/// interpreter, when none was set, is looked for in a worker thread).
class ChecksPane : public QWidget {
    Q_OBJECT

public:
    /// `trust` must outlive the pane.
    explicit ChecksPane(const TrustStore *trust, QWidget *parent = nullptr);
    ~ChecksPane() override;

    /// The project to check; clears earlier results.
    void setTarget(const ChecksTarget &target);
    /// The Python to run; when empty the pane looks for one when a run starts.
    void setInterpreter(const QString &interpreter);
    void setBridgeScript(const QString &script);

    ChecksModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    bool isRunning() const;

public slots:
    void runAll();
    void runSelected();
    void cancel();

signals:
    void runFinished(const retort::ChecksReport &report);

private:
    void start(const HealthChecker::Options &options);
    void launch();
    void onInterpreterFound();
    void onProgress(int done, int total, const QString &activity);
    void onFinished(const ChecksReport &report);
    void showDetails();
    void updateButtons();

    const TrustStore *m_trust;
    ChecksTarget m_target;
    bool m_hasTarget = false;
    QString m_interpreter;
    HealthChecker *m_checker;
    HealthChecker::Options m_pendingOptions;
    /// The interpreter's path, or why none was found (when the path is empty).
    struct Located {
        QString path;
        QString error;
    };
    QFutureWatcher<Located> *m_locator;
    ChecksModel *m_model;
    QTreeView *m_view;
    QPlainTextEdit *m_details;
    QPushButton *m_runAll;
    QPushButton *m_runSelected;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
};

} // namespace retort
