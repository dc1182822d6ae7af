// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace retort {

/// One line of the bridge's output, typed. `data` keeps every field the bridge sent.
struct BridgeEvent {
    enum class Type {
        Log, ///< a line from env.py, a migration or Alembic's logging (stream: stdout/stderr)
        StepStart, ///< a migration step begins: revision, direction, file, from, to
        StepEnd, ///< the step finished without an exception
        Sql, ///< a statement actually executed: statement, parameters, revision
        Result, ///< the operation succeeded; operation-specific fields
        Error, ///< the operation failed: type, message, revision, file, line, traceback
    };

    Type type = Type::Log;
    QJsonObject data;

    QString string(const char *key) const { return data.value(QLatin1String(key)).toString(); }
    QString revision() const { return string("revision"); }
    QString text() const { return string("text"); }
    QString statement() const { return string("statement"); }
    QString file() const { return string("file"); }
    int line() const { return data.value(QLatin1String("line")).toInt(); }

    /// Parses one JSON line from the bridge; anything that is not a known event becomes a Log
    /// event carrying the raw text, so no output is lost.
    static BridgeEvent fromLine(const QByteArray &line);

    /// A Log event for a line the bridge wrote to stderr.
    static BridgeEvent logLine(const QString &text, const QString &stream);
};

} // namespace retort

Q_DECLARE_METATYPE(retort::BridgeEvent)
