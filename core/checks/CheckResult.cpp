// SPDX-License-Identifier: MIT
#include "checks/CheckResult.h"

#include <QCoreApplication>

#include <algorithm>

namespace retort {

using namespace Qt::StringLiterals;

QString checkId(CheckKind kind)
{
    switch (kind) {
    case CheckKind::SingleHead:
        return u"single-head"_s;
    case CheckKind::UpgradeFromEmpty:
        return u"upgrade-from-empty"_s;
    case CheckKind::ModelsMatch:
        return u"models-match"_s;
    case CheckKind::Upgrade:
        return u"upgrade"_s;
    case CheckKind::Downgrade:
        return u"downgrade"_s;
    case CheckKind::Reupgrade:
        return u"upgrade-again"_s;
    }
    return {};
}

QString checkTitle(CheckKind kind)
{
    switch (kind) {
    case CheckKind::SingleHead:
        return QCoreApplication::translate("CheckResult", "Single head");
    case CheckKind::UpgradeFromEmpty:
        return QCoreApplication::translate("CheckResult", "Upgrade from empty to head");
    case CheckKind::ModelsMatch:
        return QCoreApplication::translate("CheckResult", "Models match the database");
    case CheckKind::Upgrade:
        return QCoreApplication::translate("CheckResult", "Upgrade");
    case CheckKind::Downgrade:
        return QCoreApplication::translate("CheckResult", "Downgrade");
    case CheckKind::Reupgrade:
        return QCoreApplication::translate("CheckResult", "Upgrade again");
    }
    return {};
}

QString checkStatusId(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Passed:
        return u"pass"_s;
    case CheckStatus::Failed:
        return u"fail"_s;
    case CheckStatus::Skipped:
        return u"skip"_s;
    }
    return {};
}

QList<CheckKind> roundTripChecks()
{
    return {CheckKind::Upgrade, CheckKind::Downgrade, CheckKind::Reupgrade};
}

QList<CheckKind> projectChecks()
{
    return {CheckKind::SingleHead, CheckKind::UpgradeFromEmpty, CheckKind::ModelsMatch};
}

int ChecksReport::count(CheckStatus status) const
{
    return int(std::count_if(results.cbegin(), results.cend(),
        [status](const CheckResult &result) { return result.status == status; }));
}

bool ChecksReport::passed() const
{
    return !error && !cancelled && count(CheckStatus::Failed) == 0;
}

} // namespace retort
