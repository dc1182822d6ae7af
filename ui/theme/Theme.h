// SPDX-License-Identifier: MIT
#pragma once

#include "model/RevisionBadge.h"

#include <QColor>
#include <QPalette>

namespace retort {

/// The workbench's few fixed colours, in one place, each with a light and a dark variant chosen
/// from the palette in use. Everything else comes from the palette itself.
class Theme {
public:
    /// How loud a message is.
    enum class Severity { Info, Warning, Error };

    /// Which palette the window uses.
    enum class Appearance { System, Light, Dark };

    /// The palette for `appearance`; System returns `system` unchanged.
    static QPalette palette(Appearance appearance, const QPalette &system);
    /// "system", "light", "dark" (the settings spelling) and back; unknown names are System.
    static QString appearanceName(Appearance appearance);
    static Appearance appearanceFromName(const QString &name);

    /// True when the palette's window is darker than its text.
    static bool isDark(const QPalette &palette);
    /// The colour of lane `lane` in the revision graph.
    static QColor laneColor(int lane, const QPalette &palette);
    /// Background of a badge of this kind; text on it uses badgeTextColor().
    static QColor badgeColor(RevisionBadge::Kind kind, const QPalette &palette);
    static QColor badgeTextColor(RevisionBadge::Kind kind, const QPalette &palette);
    /// The mark of a broken revision.
    static QColor errorColor(const QPalette &palette);
    /// Background and text of a banner of this severity.
    static QColor bannerColor(Severity severity, const QPalette &palette);
    static QColor bannerTextColor(Severity severity, const QPalette &palette);
};

} // namespace retort
