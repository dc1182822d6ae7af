// SPDX-License-Identifier: MIT
#include "merge/RevisionReview.h"

#include <QJsonDocument>

namespace retort {

using namespace Qt::StringLiterals;

QJsonObject RevisionReview::toJson() const
{
    QJsonArray keep;
    for (int index : kept)
        keep.append(diffs.at(index));
    QJsonArray pairs;
    for (const auto &[drop, add] : renames)
        pairs.append(QJsonObject {{u"drop"_s, diffs.at(drop)}, {u"add"_s, diffs.at(add)}});
    return {{u"expected"_s, diffs}, {u"keep"_s, keep}, {u"renames"_s, pairs}};
}

BridgeRequest RevisionReview::apply(BridgeRequest base) const
{
    base.operation = BridgeRequest::Operation::Revision;
    base.autogenerate = true;
    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    base.xArguments << xKey() + u'=' + QString::fromUtf8(json);
    return base;
}

} // namespace retort
