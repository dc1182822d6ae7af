// SPDX-License-Identifier: MIT
#include "operations/ProjectSettingsDialog.h"

#include "config/IniFile.h"
#include "engine/AlembicVersionProbe.h"
#include "engine/BackupStore.h"
#include "engine/InterpreterLocator.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

namespace {

// Reads files only (site folders, package metadata): safe for an untrusted project's venv.
QString describeVersions(const QString &interpreter, const QString &projectDir, bool trusted)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("retort::ProjectSettingsDialog", text);
    };
    QString path = interpreter;
    if (path.isEmpty()) {
        const auto found
            = InterpreterLocator(InterpreterLocator::fromEnvironment(projectDir, trusted))
                  .locateWithoutRunning();
        if (!found)
            return tr("No interpreter with Alembic was found.");
        path = found->path;
    }
    const auto versions = AlembicVersionProbe::probe(path);
    if (!versions)
        return versions.error().message;
    const QString sqlalchemy
        = versions->sqlalchemy.found() ? versions->sqlalchemy.version : tr("not installed");
    const QString line
        = tr("Alembic %1 · SQLAlchemy %2").arg(versions->alembic.version, sqlalchemy);
    return interpreter.isEmpty() ? tr("%1 (%2)").arg(line, path) : line;
}

} // namespace

ProjectSettingsDialog::ProjectSettingsDialog(
    const QString &projectDir, ProjectSettings *settings, TrustStore *trust, QWidget *parent)
    : QDialog(parent)
    , m_projectDir(projectDir)
    , m_settings(settings)
    , m_trust(trust)
    , m_interpreter(new QComboBox(this))
    , m_versions(new QLabel(this))
    , m_section(new QComboBox(this))
    , m_database(new QLineEdit(this))
    , m_backupFolder(new QLineEdit(this))
    , m_retention(new QSpinBox(this))
    , m_trustState(new QLabel(this))
    , m_revoke(new QPushButton(tr("Revoke Trust"), this))
{
    setWindowTitle(tr("Project Settings — %1").arg(QDir(projectDir).dirName()));
    m_versions->setWordWrap(true);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_database->setPlaceholderText(tr("The database of sqlalchemy.url"));
    m_database->setText(settings->database());
    m_backupFolder->setPlaceholderText(BackupStore::defaultFolder());
    m_backupFolder->setText(settings->backupFolder());
    m_retention->setRange(0, 1000);
    m_retention->setSpecialValueText(tr("Keep all"));
    m_retention->setSuffix(tr(" per database"));
    m_retention->setValue(settings->retentionLimit());
    m_trustState->setWordWrap(true);
    fillInterpreters();
    fillSections();

    auto *trustRow = new QWidget(this);
    auto *trustLayout = new QHBoxLayout(trustRow);
    trustLayout->setContentsMargins(0, 0, 0, 0);
    trustLayout->addWidget(m_trustState, 1);
    trustLayout->addWidget(m_revoke);

    auto *form = new QFormLayout;
    form->addRow(tr("&Interpreter:"), createInterpreterRow());
    form->addRow(QString(), m_versions);
    form->addRow(tr("Ini &section:"), m_section);
    form->addRow(
        tr("&Database file:"), createPathRow(m_database, false, tr("Choose the SQLite Database")));
    form->addRow(
        tr("&Backup folder:"), createPathRow(m_backupFolder, true, tr("Choose the Backup Folder")));
    form->addRow(tr("&Keep backups:"), m_retention);
    form->addRow(tr("Trust:"), trustRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_interpreter, &QComboBox::currentIndexChanged, this,
        &ProjectSettingsDialog::probeVersions);
    connect(m_revoke, &QPushButton::clicked, this, &ProjectSettingsDialog::revokeTrust);
    updateTrust();
    probeVersions();
    resize(640, sizeHint().height());
}

QWidget *ProjectSettingsDialog::createInterpreterRow()
{
    auto *row = new QWidget(this);
    auto *browse = new QPushButton(tr("Browse…"), row);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_interpreter, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &ProjectSettingsDialog::browseInterpreter);
    return row;
}

QWidget *ProjectSettingsDialog::createPathRow(QLineEdit *edit, bool folder, const QString &caption)
{
    auto *row = new QWidget(this);
    auto *browse = new QPushButton(tr("Browse…"), row);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, folder, caption] {
        const QString start = edit->text().isEmpty() ? m_projectDir : edit->text();
        const QString chosen = folder
            ? QFileDialog::getExistingDirectory(this, caption, start)
            : QFileDialog::getSaveFileName(this, caption, start,
                tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"), nullptr,
                QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
    return row;
}

void ProjectSettingsDialog::fillInterpreters()
{
    m_interpreter->addItem(tr("Automatic (the first Python with Alembic)"), QString());
    const bool trusted = m_trust && m_trust->isTrusted(m_projectDir);
    const InterpreterLocator locator(InterpreterLocator::fromEnvironment(m_projectDir, trusted));
    for (const InterpreterCandidate &candidate : locator.candidates()) {
        m_interpreter->addItem(
            QStringLiteral("%1  (%2)").arg(candidate.path, candidate.origin), candidate.path);
    }
    setInterpreter(m_settings->interpreter());
}

void ProjectSettingsDialog::setInterpreter(const QString &path)
{
    int index = m_interpreter->findData(path);
    if (index < 0) {
        m_interpreter->addItem(QStringLiteral("%1  (%2)").arg(path, tr("chosen")), path);
        index = m_interpreter->count() - 1;
    }
    m_interpreter->setCurrentIndex(index);
}

void ProjectSettingsDialog::fillSections()
{
    // Only sections Alembic can run: those naming a script_location.
    const auto ini = IniFile::load(QDir(m_projectDir).filePath(QStringLiteral("alembic.ini")));
    QStringList sections;
    if (ini) {
        for (const QString &section : ini->sections()) {
            if (ini->hasOption(section, QStringLiteral("script_location")))
                sections << section;
        }
    }
    const QString chosen
        = m_settings->section().isEmpty() ? QStringLiteral("alembic") : m_settings->section();
    if (!sections.contains(chosen))
        sections.prepend(chosen);
    m_section->addItems(sections);
    m_section->setCurrentText(chosen);
}

void ProjectSettingsDialog::browseInterpreter()
{
    const QString chosen
        = QFileDialog::getOpenFileName(this, tr("Choose a Python Interpreter"), m_projectDir);
    if (!chosen.isEmpty())
        setInterpreter(chosen);
}

void ProjectSettingsDialog::probeVersions()
{
    const quint64 generation = ++m_probeGeneration;
    m_versions->setText(tr("Reading the installed versions…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_probeGeneration)
            return; // another interpreter was chosen meanwhile
        m_versions->setText(watcher->result());
        emit versionsShown();
    });
    const bool trusted = m_trust && m_trust->isTrusted(m_projectDir);
    watcher->setFuture(QtConcurrent::run(describeVersions, interpreter(), m_projectDir, trusted));
}

void ProjectSettingsDialog::revokeTrust()
{
    if (!m_trust)
        return;
    m_trust->revoke(m_projectDir);
    updateTrust();
    emit trustRevoked();
}

void ProjectSettingsDialog::updateTrust()
{
    const bool trusted = m_trust && m_trust->isTrusted(m_projectDir);
    m_trustState->setText(trusted
            ? tr("Trusted: Retort may run this project's env.py and migrations.")
            : tr("Not trusted: Retort reads this project but runs none of its Python."));
    m_revoke->setEnabled(trusted);
}

QString ProjectSettingsDialog::interpreter() const
{
    return m_interpreter->currentData().toString();
}

QString ProjectSettingsDialog::section() const
{
    return m_section->currentText();
}

QString ProjectSettingsDialog::database() const
{
    return m_database->text().trimmed();
}

QString ProjectSettingsDialog::backupFolder() const
{
    return m_backupFolder->text().trimmed();
}

int ProjectSettingsDialog::retentionLimit() const
{
    return m_retention->value();
}

QString ProjectSettingsDialog::versionsText() const
{
    return m_versions->text();
}

void ProjectSettingsDialog::save()
{
    m_settings->setInterpreter(interpreter());
    m_settings->setSection(section() == QLatin1String("alembic") ? QString() : section());
    m_settings->setDatabase(database());
    m_settings->setBackupFolder(backupFolder());
    m_settings->setRetentionLimit(retentionLimit());
    m_settings->sync();
}

void ProjectSettingsDialog::accept()
{
    save();
    QDialog::accept();
}

} // namespace retort
