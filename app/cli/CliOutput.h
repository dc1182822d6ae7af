// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace retort {

/// Writing to the terminal for the commands that stream (the engine and backup commands):
/// UTF-8, flushed at once so that output interleaves with a running bridge's as it happens.
namespace CliOutput {

void out(const QString &text);
void err(const QString &text);
/// `object` as indented JSON on stdout.
void json(const QJsonObject &object);
/// "FAILED: <message>" on stderr, as the alembic CLI words failures.
void failed(const QString &message);

} // namespace CliOutput

} // namespace retort
