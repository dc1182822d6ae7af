// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace retort {

/// Python's repr() of a str: the quoting and escapes Python prints in its error messages
/// (configparser, Alembic), so Retort's copies of those messages read exactly the same.
QString pythonRepr(const QString &text);

} // namespace retort
