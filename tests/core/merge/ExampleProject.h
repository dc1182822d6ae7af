// SPDX-License-Identifier: MIT
#pragma once

// A private copy of one of examples/ for tests that run real Alembic on it (the merge and
// review tests in core and ui), trusted in a throwaway trust store.

#include "TestTree.h"
#include "engine/BridgeProcess.h"
#include "engine/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

class ExampleProject {
public:
    /// Copies <root>/<name> (examples/<name> by default; without __pycache__) and trusts it.
    explicit ExampleProject(
        const QString &name, const QString &root = QStringLiteral(RETORT_EXAMPLES_DIR))
    {
        m_path = QDir(m_dir.path()).filePath(QFileInfo(name).fileName());
        m_ok = m_dir.isValid() && retort::test::copyTree(QDir(root).filePath(name), m_path);
        m_trust = std::make_unique<retort::TrustStore>(m_dir.filePath(QStringLiteral("trust.ini")));
        m_ok = m_ok && m_trust->trust(m_path).ok();
    }

    bool isValid() const { return m_ok; }
    QString path() const { return m_path; }
    QString file(const QString &relative) const { return QDir(m_path).filePath(relative); }
    const retort::TrustStore *trust() const { return m_trust.get(); }

    static QString python()
    {
        return qEnvironmentVariable("RETORT_TEST_PYTHON", QStringLiteral(RETORT_TEST_PYTHON));
    }

    /// A request for this project and its database file `database` (relative to the project).
    retort::BridgeRequest request(const QString &database) const
    {
        retort::BridgeRequest request;
        request.projectDir = m_path;
        request.databasePath = file(database);
        return request;
    }

    /// Runs `alembic upgrade target` (or downgrade) on `database` with real Alembic.
    retort::BridgeOutcome migrate(const QString &database, const QString &target,
        retort::BridgeRequest::Operation operation
        = retort::BridgeRequest::Operation::Upgrade) const
    {
        retort::BridgeRequest upgrade = request(database);
        upgrade.operation = operation;
        upgrade.target = target;
        retort::BridgeProcess bridge(python(), *retort::BridgeProcess::locateScript());
        return bridge.run(upgrade);
    }

    /// Replaces the first occurrence of `from` by `to` in a project file.
    bool edit(const QString &relative, const QByteArray &from, const QByteArray &to) const
    {
        QFile file(this->file(relative));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QByteArray text = file.readAll();
        file.close();
        const qsizetype at = text.indexOf(from);
        if (at < 0 || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        text.replace(at, from.size(), to);
        return file.write(text) == text.size();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<retort::TrustStore> m_trust;
    bool m_ok = false;
};
