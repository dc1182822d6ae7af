// SPDX-License-Identifier: MIT
#include "checks/ChecksIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace retort {

namespace {

constexpr int iconSize = 16;

// Passed and failed must read the same in light and dark palettes: mid-tone green and red.
const QColor passedColour(0x2e, 0x9e, 0x44);
const QColor failedColour(0xd1, 0x34, 0x38);
const QColor skippedColour(0x8a, 0x8a, 0x8a);

QIcon drawn(const QColor &fill, bool hollow, const std::function<void(QPainter &)> &mark)
{
    QPixmap pixmap(iconSize, iconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(hollow ? QPen(fill, 1.5) : Qt::NoPen);
    painter.setBrush(hollow ? Qt::NoBrush : QBrush(fill));
    painter.drawEllipse(QRectF(1.5, 1.5, iconSize - 3, iconSize - 3));
    painter.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    mark(painter);
    return QIcon(pixmap);
}

} // namespace

QIcon ChecksIcons::status(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Passed:
        return drawn(passedColour, false, [](QPainter &painter) {
            painter.drawPolyline(QPolygonF({{4.5, 8.5}, {7, 11}, {11.5, 5.5}}));
        });
    case CheckStatus::Failed:
        return drawn(failedColour, false, [](QPainter &painter) {
            painter.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
            painter.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
        });
    case CheckStatus::Skipped:
        return drawn(skippedColour, false,
            [](QPainter &painter) { painter.drawLine(QPointF(5, 8), QPointF(11, 8)); });
    }
    return {};
}

QIcon ChecksIcons::pending()
{
    return drawn(skippedColour, true, [](QPainter &) {});
}

} // namespace retort
