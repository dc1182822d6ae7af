// SPDX-License-Identifier: MIT
#include "engine/InterpreterLocator.h"

#include "engine/AlembicVersionProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

// Prints one JSON object; a missing module is reported rather than raised.
constexpr auto probeScript = R"PY(
import json, sys
info = {"python": "%d.%d.%d" % sys.version_info[:3]}
for name in ("sqlalchemy", "alembic"):
    try:
        module = __import__(name)
        info[name] = getattr(module, "__version__", "unknown")
    except Exception as exc:
        info.setdefault("missing", []).append("%s (%s)" % (name, exc))
print(json.dumps(info))
)PY";

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

Result<InterpreterInfo> parseProbeOutput(
    const InterpreterCandidate &candidate, const QByteArray &output)
{
    const QByteArray line = output.trimmed().split('\n').constLast();
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    if (object.isEmpty() || !object.contains("python"_L1))
        return makeError(Error::Kind::Config,
            QCoreApplication::translate(
                "InterpreterLocator", "it did not answer the probe as Python does"));
    if (object.contains("missing"_L1)) {
        QStringList missing;
        for (const auto &entry : object.value("missing"_L1).toArray())
            missing << entry.toString();
        return makeError(Error::Kind::Config,
            QCoreApplication::translate("InterpreterLocator", "Python %1 cannot import %2")
                .arg(object.value("python"_L1).toString(), missing.join(", "_L1)));
    }
    return InterpreterInfo {candidate.path, candidate.origin, object.value("python"_L1).toString(),
        object.value("alembic"_L1).toString(), object.value("sqlalchemy"_L1).toString()};
}

} // namespace

InterpreterLocator::Options InterpreterLocator::fromEnvironment(
    const QString &projectDir, bool projectTrusted, const QString &configured)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    Options options;
    options.projectDir = projectDir;
    options.projectTrusted = projectTrusted;
    options.configuredInterpreter = configured;
    options.virtualEnv = env.value(u"VIRTUAL_ENV"_s);
    options.pathDirs = env.value(u"PATH"_s).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return options;
}

InterpreterLocator::InterpreterLocator(Options options) : m_options(std::move(options)) { }

QString InterpreterLocator::refusalFor(const QString &path) const
{
    if (m_options.projectTrusted || m_options.projectDir.isEmpty())
        return {};
    const QString project = QDir(m_options.projectDir).absolutePath() + u'/';
    if (!path.startsWith(project))
        return {};
    return QCoreApplication::translate(
        "InterpreterLocator", "not run: it belongs to the project folder, which is not trusted");
}

QList<InterpreterCandidate> InterpreterLocator::candidates() const
{
    QList<InterpreterCandidate> found;
    QStringList seen;
    const auto add = [&](const QString &path, const QString &origin, bool evenIfMissing) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute) || (!evenIfMissing && !isExecutableFile(absolute)))
            return;
        seen << absolute;
        found.append({absolute, origin, refusalFor(absolute)});
    };
    if (!m_options.configuredInterpreter.isEmpty())
        add(m_options.configuredInterpreter, u"configured"_s, true);
    const QDir project(m_options.projectDir);
    for (const QString &venv : {u".venv"_s, u"venv"_s, u"env"_s}) {
        for (const QString &exe : {u"bin/python3"_s, u"bin/python"_s}) {
            if (!m_options.projectDir.isEmpty())
                add(project.filePath(venv + u'/' + exe), venv, false);
        }
    }
    if (!m_options.virtualEnv.isEmpty()) {
        for (const QString &exe : {u"bin/python3"_s, u"bin/python"_s})
            add(QDir(m_options.virtualEnv).filePath(exe), u"$VIRTUAL_ENV"_s, false);
    }
    for (const QString &dir : m_options.pathDirs)
        add(QDir(dir).filePath(u"python3"_s), u"PATH"_s, false);
    if (!m_options.systemPython.isEmpty())
        add(m_options.systemPython, u"system"_s, false);
    return found;
}

Result<InterpreterInfo> InterpreterLocator::probe(
    const InterpreterCandidate &candidate, int timeoutMs)
{
    if (!isExecutableFile(candidate.path))
        return makeError(Error::Kind::Config,
            QCoreApplication::translate("InterpreterLocator", "no executable file at this path"));
    QProcess process;
    // A project folder named "alembic" must not shadow the real package during the probe.
    process.setWorkingDirectory(QDir::tempPath());
    process.start(candidate.path, {u"-c"_s, QString::fromUtf8(probeScript)});
    if (!process.waitForStarted(timeoutMs))
        return makeError(Error::Kind::Config,
            QCoreApplication::translate("InterpreterLocator", "it could not be started: %1")
                .arg(process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return makeError(Error::Kind::Config,
            QCoreApplication::translate("InterpreterLocator", "the probe did not finish in %1 ms")
                .arg(timeoutMs));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString detail = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return makeError(Error::Kind::Config,
            QCoreApplication::translate(
                "InterpreterLocator", "the probe failed with exit code %1%2")
                .arg(process.exitCode())
                .arg(detail.isEmpty() ? QString() : u": "_s + detail));
    }
    return parseProbeOutput(candidate, process.readAllStandardOutput());
}

Result<InterpreterInfo> InterpreterLocator::locate() const
{
    QStringList tried;
    for (const InterpreterCandidate &candidate : candidates()) {
        if (!candidate.refusal.isEmpty()) {
            tried << u"  %1 (%2): %3"_s.arg(candidate.path, candidate.origin, candidate.refusal);
            continue;
        }
        auto info = probe(candidate, m_options.probeTimeoutMs);
        if (info)
            return info;
        tried << u"  %1 (%2): %3"_s.arg(candidate.path, candidate.origin, info.error().message);
    }
    const QString header = tried.isEmpty()
        ? QCoreApplication::translate("InterpreterLocator", "No Python interpreter was found.")
        : QCoreApplication::translate("InterpreterLocator",
            "No Python interpreter that imports alembic and sqlalchemy was found. Tried:");
    QStringList lines {header};
    lines << tried << installAdvice();
    return makeError(Error::Kind::Config, lines.join(u'\n'));
}

Result<InterpreterInfo> InterpreterLocator::locateWithoutRunning() const
{
    static const QRegularExpression pythonDir(u"/python(3\\.\\d+)/"_s);
    QStringList tried;
    for (const InterpreterCandidate &candidate : candidates()) {
        const auto installed = AlembicVersionProbe::probe(candidate.path);
        if (!installed || !installed->sqlalchemy.found()) {
            tried << u"  %1 (%2)"_s.arg(candidate.path, candidate.origin);
            continue;
        }
        InterpreterInfo info {candidate.path, candidate.origin, {}, installed->alembic.version,
            installed->sqlalchemy.version};
        for (const QString &folder : installed->searchPath) {
            if (const auto match = pythonDir.match(folder); match.hasMatch()) {
                info.pythonVersion = match.captured(1);
                break;
            }
        }
        return info;
    }
    QStringList lines {QCoreApplication::translate("InterpreterLocator",
        "No Python installation with alembic and sqlalchemy was found. Looked at:")};
    lines << tried << installAdvice();
    return makeError(Error::Kind::Config, lines.join(u'\n'));
}

QString InterpreterLocator::installAdvice() const
{
    const QDir project(m_options.projectDir);
    for (const QString &venv : {u".venv"_s, u"venv"_s, u"env"_s}) {
        const QString pip = project.filePath(venv + u"/bin/pip"_s);
        if (!m_options.projectDir.isEmpty() && QFileInfo::exists(pip))
            return QCoreApplication::translate("InterpreterLocator",
                "Install Alembic into the project's virtual environment: %1 install alembic")
                .arg(pip);
    }
    return QCoreApplication::translate("InterpreterLocator",
        "Install Alembic into the project's virtual environment (pip install alembic) or "
        "system-wide (apt install python3-alembic), or configure the interpreter to use.");
}

} // namespace retort
