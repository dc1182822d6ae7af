// SPDX-License-Identifier: MIT
#pragma once

#include "engine/TrustStore.h"
#include "operations/ProjectSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace retort {

/// Project settings: the interpreter (the detected candidates, or one chosen with Browse…)
/// with the Alembic and SQLAlchemy versions it would import — read from its site folders off
/// the UI thread, running nothing —, the ini section (those with script_location), the
/// database file, the backup folder and how many backups to keep, and the folder's trust with a
/// way to revoke it. Accepting writes ProjectSettings.
class ProjectSettingsDialog : public QDialog {
    Q_OBJECT

public:
    /// `settings` and `trust` must outlive the dialog.
    ProjectSettingsDialog(const QString &projectDir, ProjectSettings *settings, TrustStore *trust,
        QWidget *parent = nullptr);

    /// The interpreter chosen, empty for automatic.
    QString interpreter() const;
    void setInterpreter(const QString &path);
    QString section() const;
    QString database() const;
    QString backupFolder() const;
    int retentionLimit() const;
    /// The versions line under the interpreter ("Alembic 1.8.1 · SQLAlchemy 1.4.46").
    QString versionsText() const;

    QComboBox *interpreterBox() const { return m_interpreter; }
    QComboBox *sectionBox() const { return m_section; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *backupFolderEdit() const { return m_backupFolder; }
    QSpinBox *retentionBox() const { return m_retention; }
    QPushButton *revokeButton() const { return m_revoke; }

public slots:
    void accept() override;
    /// Writes the choices to the settings (accept() does this).
    void save();

signals:
    /// The versions of the chosen interpreter were read.
    void versionsShown();
    /// The user revoked trust in the project folder.
    void trustRevoked();

private:
    QWidget *createInterpreterRow();
    QWidget *createPathRow(QLineEdit *edit, bool folder, const QString &caption);
    void fillInterpreters();
    void fillSections();
    void browseInterpreter();
    void probeVersions();
    void revokeTrust();
    void updateTrust();

    QString m_projectDir;
    ProjectSettings *m_settings;
    TrustStore *m_trust;
    QComboBox *m_interpreter;
    QLabel *m_versions;
    QComboBox *m_section;
    QLineEdit *m_database;
    QLineEdit *m_backupFolder;
    QSpinBox *m_retention;
    QLabel *m_trustState;
    QPushButton *m_revoke;
    quint64 m_probeGeneration = 0;
};

} // namespace retort
