// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QString>
#include <Qsci/qsciscintilla.h>

namespace retort::test {

/// Styles the whole document now (Scintilla styles lazily, when painting).
inline void styleAll(QsciScintilla *text)
{
    text->SendScintilla(QsciScintilla::SCI_COLOURISE, 0L, -1L);
}

/// The style at the first occurrence of `needle` (plus `offset` bytes) in the document.
inline int styleAtText(QsciScintilla *text, const QByteArray &needle, int offset = 0)
{
    const QByteArray bytes = text->text().toUtf8();
    const auto position = bytes.indexOf(needle);
    if (position < 0)
        return -1;
    return int(text->SendScintilla(QsciScintilla::SCI_GETSTYLEAT, long(position + offset)));
}

inline QColor styleForeground(QsciScintilla *text, int style)
{
    const auto bgr = text->SendScintilla(QsciScintilla::SCI_STYLEGETFORE, style);
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

inline QColor styleBackground(QsciScintilla *text, int style)
{
    const auto bgr = text->SendScintilla(QsciScintilla::SCI_STYLEGETBACK, style);
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

/// A dark palette like a desktop's dark theme.
inline QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b2d30));
    palette.setColor(QPalette::WindowText, QColor(0xdfe1e5));
    palette.setColor(QPalette::Base, QColor(0x1e1f22));
    palette.setColor(QPalette::AlternateBase, QColor(0x26282b));
    palette.setColor(QPalette::Text, QColor(0xdfe1e5));
    palette.setColor(QPalette::Button, QColor(0x2b2d30));
    palette.setColor(QPalette::ButtonText, QColor(0xdfe1e5));
    palette.setColor(QPalette::Highlight, QColor(0x2f65ca));
    palette.setColor(QPalette::HighlightedText, QColor(0xffffff));
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c8f94));
    return palette;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

inline QString exampleScript(const QString &name)
{
    return QStringLiteral(RETORT_EXAMPLES_DIR "/bookshelf/migrations/versions/") + name;
}

} // namespace retort::test
