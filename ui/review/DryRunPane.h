// SPDX-License-Identifier: MIT
#pragma once

#include "engine/SqlPreviewReport.h"
#include "review/DryRunText.h"
#include "review/EngineSetup.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;

namespace retort {

class CodeView;

/// The SQL an upgrade or downgrade would run, read-only and highlighted, each revision's
/// section headed by its id and message. Alembic's offline `--sql` when it can; a rehearsal on
/// a throw-away database when it cannot (batch mode on SQLite), and the header says which.
///
/// Previews run on a worker thread; at most one runs at a time and only the latest request
/// waits behind it, so results that a newer request made stale are dropped, never shown.
class DryRunPane : public QWidget {
    Q_OBJECT

public:
    enum class Direction { Upgrade, Downgrade };

    explicit DryRunPane(QWidget *parent = nullptr);
    ~DryRunPane() override;

    /// The project to preview for; clears the pane. Without a valid setup (untrusted project,
    /// no interpreter) the pane says why it shows nothing: `unavailableReason`.
    void setEngine(const EngineSetup &engine, const QString &unavailableReason = {});
    /// Where the database stands: previews start there (empty: an empty database).
    void setCurrentRevisions(const QStringList &revisions);
    void setMessageLookup(RevisionMessageLookup lookup) { m_messageOf = std::move(lookup); }

    /// Previews going from the current revision(s) to `target` in `direction`.
    void preview(Direction direction, const QString &target);
    /// Runs the last preview again (after the database or the scripts changed).
    void refresh();

    bool isBusy() const;
    CodeView *view() const { return m_view; }
    /// The header line: what is shown and how it was obtained.
    QString headerText() const;
    /// The SQL range last asked for, e.g. "a1b2:head".
    QString rangeText() const { return m_range; }

signals:
    /// A fresh preview (or its error) is on screen.
    void previewShown();

private:
    struct Job {
        Direction direction;
        QString range;
    };

    void start(const Job &job);
    void onFinished();
    void showReport(const Job &job, const SqlPreviewReport &report);
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);
    void submitFromToolbar();

    EngineSetup m_engine;
    QStringList m_current;
    RevisionMessageLookup m_messageOf;
    QFutureWatcher<SqlPreviewReport> m_watcher;
    std::optional<Job> m_running;
    std::optional<Job> m_pending;
    std::optional<Job> m_last;
    QString m_range;

    QComboBox *m_direction;
    QLineEdit *m_target;
    QLabel *m_header;
    QProgressBar *m_busy;
    QToolButton *m_copy;
    QToolButton *m_save;
    CodeView *m_view;
};

} // namespace retort
