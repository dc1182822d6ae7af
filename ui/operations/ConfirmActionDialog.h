// SPDX-License-Identifier: MIT
#pragma once

#include "engine/SqlPreviewReport.h"
#include "engine/TrustStore.h"
#include "operations/ActionPlan.h"
#include "operations/OperationRequest.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace retort {

class CodeView;

/// The short confirmation before an upgrade, downgrade or stamp: the database and where it
/// stands, the steps Alembic will run (computed natively), their SQL (from SqlPreview, fetched
/// off the UI thread: Alembic's offline script or a rehearsal on a throw-away database), and
/// "Back up first", on by default. request() is what to start when the dialog is accepted.
class ConfirmActionDialog : public QDialog {
    Q_OBJECT

public:
    /// Starts planning and the SQL preview at once. `trust` is copied; nothing runs for an
    /// untrusted folder (the SQL view then says so).
    ConfirmActionDialog(const OperationContext &context, const OperationRequest &request,
        const TrustStore &trust, QWidget *parent = nullptr);
    ~ConfirmActionDialog() override;

    /// The request with the user's choices (keep backup, expected steps).
    OperationRequest request() const;

    /// Descriptions of the listed steps, in run order.
    QStringList stepDescriptions() const;
    /// The SQL shown, empty until the preview has arrived.
    QString sqlText() const;
    bool isPlanReady() const { return m_planReady; }
    bool isSqlReady() const { return m_sqlReady; }

signals:
    void planReady();
    void sqlReady();

private:
    void startPlanning();
    void showPlan(const Result<ActionPlan> &plan);
    void showSql(const SqlPreviewReport &report);

    OperationContext m_context;
    OperationRequest m_request;
    TrustStore m_trust;
    QLabel *m_summary;
    QListWidget *m_steps;
    QLabel *m_sqlLabel;
    CodeView *m_sql;
    QCheckBox *m_backupFirst;
    QDialogButtonBox *m_buttons;
    bool m_planReady = false;
    bool m_sqlReady = false;
};

} // namespace retort
