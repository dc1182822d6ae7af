// SPDX-License-Identifier: MIT
#pragma once

#include "checks/CheckResult.h"

#include <QIcon>

namespace retort {

/// The status icons of the Checks pane: a green tick, a red cross, a grey dash for a skipped
/// check and a hollow circle for one not run yet. The only fixed colours of ui/checks are here.
class ChecksIcons {
public:
    static QIcon status(CheckStatus status);
    static QIcon pending();
};

} // namespace retort
