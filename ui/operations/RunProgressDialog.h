// SPDX-License-Identifier: MIT
#pragma once

#include "operations/OperationResult.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace retort {

class OperationController;

/// Follows one action of an OperationController: which step runs, how many are done, a Cancel
/// button while it can be cancelled, then the outcome — on failure the error, the revision and
/// a link to its file and line, and whether the database was restored. Non-modal: the window
/// stays usable (its write actions are disabled by the controller's running state).
class RunProgressDialog : public QDialog {
    Q_OBJECT

public:
    explicit RunProgressDialog(OperationController *controller, QWidget *parent = nullptr);

    QString stepText() const;
    QString outcomeText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    /// The user clicked the failing file's link.
    void openFileRequested(const QString &path, int line);

private:
    void onStarted(const OperationRequest &request);
    void onStepStarted(const QString &revision, const QString &description, int index, int total);
    void onStepFinished(const QString &revision, int index, int total);
    void onFinished(const OperationResult &result);

    OperationController *m_controller;
    QLabel *m_step;
    QProgressBar *m_progress;
    QLabel *m_outcome;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace retort
