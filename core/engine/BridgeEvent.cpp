// SPDX-License-Identifier: MIT
#include "engine/BridgeEvent.h"

#include <QJsonDocument>

#include <array>
#include <utility>

namespace retort {

using namespace Qt::StringLiterals;

BridgeEvent BridgeEvent::fromLine(const QByteArray &line)
{
    static const std::array<std::pair<QLatin1String, Type>, 6> names {{
        {"log"_L1, Type::Log},
        {"step_start"_L1, Type::StepStart},
        {"step_end"_L1, Type::StepEnd},
        {"sql"_L1, Type::Sql},
        {"result"_L1, Type::Result},
        {"error"_L1, Type::Error},
    }};
    const QJsonDocument document = QJsonDocument::fromJson(line);
    const QJsonObject object = document.object();
    const QString name = object.value("event"_L1).toString();
    for (const auto &[key, type] : names) {
        if (name == key)
            return BridgeEvent {type, object};
    }
    return logLine(QString::fromUtf8(line), u"stdout"_s);
}

BridgeEvent BridgeEvent::logLine(const QString &text, const QString &stream)
{
    return BridgeEvent {
        Type::Log, QJsonObject {{u"event"_s, u"log"_s}, {u"stream"_s, stream}, {u"text"_s, text}}};
}

} // namespace retort
