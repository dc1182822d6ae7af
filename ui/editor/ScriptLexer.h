// SPDX-License-Identifier: MIT
#pragma once

#include "editor/ScriptTokenizer.h"

#include <QPalette>
#include <Qsci/qscilexercustom.h>

namespace retort {

/// QScintilla lexer for migration scripts: Python, with the SQL inside `op.execute("…")`,
/// `sa.text("…")` and `text("…")` strings styled as SQL (ScriptTokenizer does the work), and
/// indentation-based folding. Style numbers are ScriptStyle values.
class ScriptLexer : public QsciLexerCustom {
    Q_OBJECT

public:
    explicit ScriptLexer(QObject *parent = nullptr);

    /// Re-colours every style for `palette` (light or dark).
    void applyPalette(const QPalette &palette);

    const char *language() const override { return "Python"; }
    QString description(int style) const override;
    void styleText(int start, int end) override;
    int braceStyle() const override { return int(ScriptStyle::Operator); }
    const char *wordCharacters() const override;
    const char *blockStart(int *style = nullptr) const override;
    int blockLookback() const override { return 1; }
    QColor defaultColor(int style) const override;
    QColor defaultPaper(int style) const override;
    QFont defaultFont(int style) const override;
    bool defaultEolFill(int style) const override;

private:
    int restartLine(int line) const;
    void updateFolding(int firstLine, QByteArrayView text, const ScriptTokenizer::Result &tokens);

    QPalette m_palette;
};

} // namespace retort
