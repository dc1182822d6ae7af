// SPDX-License-Identifier: MIT
#include "theme/Theme.h"

#include <array>

namespace retort {

namespace {

// Lane colours picked to stay apart from each other on white and on near-black.
constexpr std::array<QRgb, 8> lightLanes {
    0x1f6fd0, 0xd0571f, 0x2e9d4a, 0x9b3fc2, 0xc2185b, 0x00838f, 0x8d6e00, 0x5d6d7e};
constexpr std::array<QRgb, 8> darkLanes {
    0x6aa8ff, 0xff9a5c, 0x6fd98a, 0xc792ea, 0xff6f9f, 0x4dd0e1, 0xe6c35c, 0xa9b7c6};

} // namespace

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

QColor Theme::laneColor(int lane, const QPalette &palette)
{
    const auto &colors = isDark(palette) ? darkLanes : lightLanes;
    return QColor(colors.at(size_t(lane) % colors.size()));
}

QColor Theme::badgeColor(RevisionBadge::Kind kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (kind) {
    case RevisionBadge::Kind::Current:
        return palette.color(QPalette::Highlight);
    case RevisionBadge::Kind::Head:
        return dark ? QColor(0x2e6b3c) : QColor(0xd4f2dc);
    case RevisionBadge::Kind::Base:
        return dark ? QColor(0x4a4f57) : QColor(0xe3e6ea);
    case RevisionBadge::Kind::Merge:
    case RevisionBadge::Kind::BranchPoint:
        return dark ? QColor(0x5b3f73) : QColor(0xeadcf5);
    case RevisionBadge::Kind::Label:
        return dark ? QColor(0x1f4f73) : QColor(0xd6e9fa);
    case RevisionBadge::Kind::Broken:
        return errorColor(palette);
    case RevisionBadge::Kind::Finding:
        return dark ? QColor(0x5c4813) : QColor(0xfbe7b0);
    }
    return palette.color(QPalette::Button);
}

QColor Theme::badgeTextColor(RevisionBadge::Kind kind, const QPalette &palette)
{
    switch (kind) {
    case RevisionBadge::Kind::Current:
        return palette.color(QPalette::HighlightedText);
    case RevisionBadge::Kind::Broken:
        return QColor(Qt::white);
    default:
        return palette.color(QPalette::Text);
    }
}

QPalette Theme::palette(Appearance appearance, const QPalette &system)
{
    if (appearance == Appearance::System)
        return system;
    const bool dark = appearance == Appearance::Dark;
    struct Role {
        QPalette::ColorRole role;
        QRgb light;
        QRgb dark;
    };
    static const Role roles[] = {
        {QPalette::Window, 0xefefef, 0x2b2b2b},
        {QPalette::WindowText, 0x1f1f1f, 0xe0e0e0},
        {QPalette::Base, 0xffffff, 0x1e1e1e},
        {QPalette::AlternateBase, 0xf5f5f5, 0x262626},
        {QPalette::ToolTipBase, 0xffffdc, 0x3a3a3a},
        {QPalette::ToolTipText, 0x1f1f1f, 0xe0e0e0},
        {QPalette::Text, 0x1f1f1f, 0xe0e0e0},
        {QPalette::Button, 0xefefef, 0x353535},
        {QPalette::ButtonText, 0x1f1f1f, 0xe0e0e0},
        {QPalette::BrightText, 0xffffff, 0xffffff},
        {QPalette::Light, 0xffffff, 0x474747},
        {QPalette::Midlight, 0xe3e3e3, 0x3e3e3e},
        {QPalette::Mid, 0xb8b8b8, 0x2f2f2f},
        {QPalette::Dark, 0x9f9f9f, 0x1a1a1a},
        {QPalette::Shadow, 0x767676, 0x0d0d0d},
        {QPalette::Highlight, 0x308cc6, 0x2a6fb0},
        {QPalette::HighlightedText, 0xffffff, 0xffffff},
        {QPalette::Link, 0x0b57d0, 0x7ab4ff},
        {QPalette::LinkVisited, 0x7b3fb8, 0xc59bff},
        {QPalette::PlaceholderText, 0x7a7a7a, 0x8a8a8a},
    };
    QPalette palette;
    for (const Role &role : roles)
        palette.setColor(role.role, QColor(dark ? role.dark : role.light));
    // Disabled text must read as disabled in both.
    const QColor disabled(dark ? 0x7a7a7a : 0x9a9a9a);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

QString Theme::appearanceName(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Appearance Theme::appearanceFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Appearance::Light;
    if (name == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::System;
}

QColor Theme::errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe5534b) : QColor(0xc62828);
}

QColor Theme::bannerColor(Severity severity, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Info:
        return dark ? QColor(0x1d3b57) : QColor(0xe3f0fc);
    case Severity::Warning:
        return dark ? QColor(0x4d3d12) : QColor(0xfff4d1);
    case Severity::Error:
        return dark ? QColor(0x5a1f1f) : QColor(0xfde2e1);
    }
    return palette.color(QPalette::Window);
}

QColor Theme::bannerTextColor(Severity, const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

} // namespace retort
