// SPDX-License-Identifier: MIT
#pragma once

#include "engine/AuthorReport.h"
#include "engine/CompareReport.h"
#include "wizards/WizardContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace retort {

class ReviewOperationModel;
class RevisionWriter;
class SchemaCompare;

/// "New revision…": message, optional branch label and head. With autogenerate the models are
/// compared with the database first and the operations listed for review (checkboxes; a dropped
/// and an added column of one table flagged as a possible rename that can be written as one);
/// Create then writes only what is checked. Without autogenerate Alembic writes an empty
/// revision from the project's template. Both compare and write run without blocking.
class NewRevisionDialog : public QDialog {
    Q_OBJECT

public:
    /// `heads` are offered as the new revision's parent (besides "head" and "base").
    NewRevisionDialog(WizardContext context, const QStringList &heads, QWidget *parent = nullptr);
    ~NewRevisionDialog() override;

    ReviewOperationModel *operationsModel() const { return m_model; }
    /// The revision Alembic wrote last (empty before).
    const AuthorReport &lastReport() const { return m_lastReport; }

    void setMessage(const QString &message);
    void setBranchLabel(const QString &label);
    void setHead(const QString &head);
    void setAutogenerate(bool on);
    /// Starts (again) comparing the models with the database.
    void compare();
    /// Writes the revision (what Create does).
    void create();

signals:
    /// Alembic wrote the revision at `path`; the dialog then closes.
    void revisionWritten(const QString &path);
    /// A comparison ended (successfully or not).
    void comparisonFinished();
    /// Writing failed; the dialog stays open with the error shown.
    void writeFailed(const QString &message);

private:
    void buildForm();
    void onCompared(const CompareReport &report);
    void onWritten(const AuthorReport &report);
    void showError(const QString &message);
    void updateState();
    bool hasPossibleRename() const;

    WizardContext m_context;
    QLineEdit *m_message = nullptr;
    QLineEdit *m_branchLabel = nullptr;
    QComboBox *m_head = nullptr;
    QCheckBox *m_autogenerate = nullptr;
    QGroupBox *m_review = nullptr;
    QTreeView *m_operations = nullptr;
    QLabel *m_reviewStatus = nullptr;
    QLabel *m_renameHint = nullptr;
    QPushButton *m_compareAgain = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_create = nullptr;
    ReviewOperationModel *m_model = nullptr;
    SchemaCompare *m_compare = nullptr;
    RevisionWriter *m_writer = nullptr;
    AuthorReport m_lastReport;
    bool m_comparing = false;
    bool m_compared = false;
};

} // namespace retort
