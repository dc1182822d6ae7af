// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <Qsci/qscilexercustom.h>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <vector>

namespace retort {

/// A QScintilla lexer driven by a KF6 SyntaxHighlighting definition: each KSyntaxHighlighting
/// format gets its own Scintilla style, coloured from the theme matching the palette. Meant for
/// read-only text: every styling request restyles the whole document.
class KSyntaxLexer : public QsciLexerCustom, private KSyntaxHighlighting::AbstractHighlighter {
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)

public:
    /// `definitionNames` are tried in order (e.g. "SQL (SQLite)", "SQL"); `fallbackFileName`
    /// picks a definition by file name when none of them exists.
    KSyntaxLexer(const QStringList &definitionNames, const QString &fallbackFileName,
        QObject *parent = nullptr);

    /// True when a definition was found (otherwise the text stays plain).
    bool hasDefinition() const;
    void applyPalette(const QPalette &palette);

    const char *language() const override { return "KSyntaxHighlighting"; }
    QString description(int style) const override;
    void styleText(int start, int end) override;
    QColor defaultColor(int style) const override;
    QColor defaultPaper(int style) const override;
    QFont defaultFont(int style) const override;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    struct Span {
        int offset;
        int length;
        int style;
    };

    int styleFor(const KSyntaxHighlighting::Format &format);
    void setUpStyle(int style, const KSyntaxHighlighting::Format &format);

    QPalette m_palette;
    std::vector<KSyntaxHighlighting::Format> m_formats; ///< indexed by style; style 0 is plain
    std::vector<Span> m_lineSpans; ///< formats of the line being styled
};

} // namespace retort
