// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

/// A Python interpreter that may run Alembic, and where it was found.
struct InterpreterCandidate {
    QString path; ///< absolute path of the executable
    QString origin; ///< why it was considered: "configured", ".venv", "$VIRTUAL_ENV", "PATH", ...
    /// Why it must not be run at all (it lies inside an untrusted project), else empty.
    QString refusal = {};
};

/// An interpreter that imports alembic and sqlalchemy, with the versions it reported.
struct InterpreterInfo {
    QString path;
    QString origin;
    QString pythonVersion;
    QString alembicVersion;
    QString sqlalchemyVersion;
};

/// Finds the Python interpreter that runs a project's Alembic. Candidates are probed in order —
/// the configured interpreter; the project's .venv, venv and env; $VIRTUAL_ENV; every python3 on
/// PATH; the system python3 — and the first that imports alembic and sqlalchemy wins. Probes run
/// the interpreter with an argument list (never a shell) and a time limit. An interpreter inside
/// the project folder is project code: it runs only when the caller says the folder is trusted.
class InterpreterLocator {
public:
    struct Options {
        QString configuredInterpreter; ///< from the project settings, may be empty
        QString projectDir; ///< the folder holding alembic.ini
        bool projectTrusted = false; ///< from TrustStore: may interpreters inside the project run?
        QString virtualEnv; ///< $VIRTUAL_ENV; see fromEnvironment()
        QStringList pathDirs; ///< $PATH split; see fromEnvironment()
        QString systemPython = QStringLiteral("/usr/bin/python3");
        int probeTimeoutMs = 15000;
    };

    /// Options for `projectDir` with $VIRTUAL_ENV and $PATH taken from this process.
    static Options fromEnvironment(
        const QString &projectDir, bool projectTrusted, const QString &configured = {});

    explicit InterpreterLocator(Options options);

    /// Every existing candidate in probing order, duplicates (same path) removed. A configured
    /// interpreter is listed even when it does not exist, so that its absence is reported.
    /// Candidates inside an untrusted project folder carry a refusal and are never probed.
    QList<InterpreterCandidate> candidates() const;

    /// Runs `candidate` with a short script that reports the Python, Alembic and SQLAlchemy
    /// versions; an Error says why the candidate is unusable.
    static Result<InterpreterInfo> probe(const InterpreterCandidate &candidate, int timeoutMs);

    /// The first usable candidate, or an Error listing every candidate tried, why each failed,
    /// and what to install.
    Result<InterpreterInfo> locate() const;

    /// Like locate(), but reads package metadata instead of running anything
    /// (AlembicVersionProbe), so it is safe for an untrusted folder: the native core uses it to
    /// pick the Alembic rules (file order, config keys) that the project's interpreter would apply.
    /// `pythonVersion` is "3.X" when the site folders name it, else empty.
    Result<InterpreterInfo> locateWithoutRunning() const;

private:
    QString refusalFor(const QString &path) const;
    QString installAdvice() const;

    Options m_options;
};

} // namespace retort
