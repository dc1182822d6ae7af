// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

#include <vector>

namespace retort {

/// The styles of a migration script: Python, and SQL inside the strings passed to
/// `op.execute(…)`, `sa.text(…)` and `text(…)`. The values are Scintilla style numbers.
enum class ScriptStyle : int {
    Default = 0,
    Comment,
    Number,
    Keyword,
    Builtin,
    String,
    TripleString,
    Decorator,
    ClassName,
    FunctionName,
    Operator,
    SqlDefault, ///< whitespace and anything unrecognised inside an SQL string
    SqlKeyword,
    SqlIdentifier,
    SqlNumber,
    SqlString,
    SqlParameter, ///< `:name` bind parameters
    SqlOperator,
    SqlComment,
    Count
};

/// True for the styles of SQL embedded in a Python string.
constexpr bool isSqlStyle(ScriptStyle style)
{
    return style >= ScriptStyle::SqlDefault && style < ScriptStyle::Count;
}

/// A run of bytes with one style.
struct StyleSpan {
    int start = 0;
    int length = 0;
    ScriptStyle style = ScriptStyle::Default;
};

/// Styles Python source for the editor: a tolerant tokenizer (half-typed code still colours) that
/// works on UTF-8 bytes, as Scintilla counts positions, and sub-styles the SQL in the first string
/// argument of `execute(`, `exec_driver_sql(` and `text(` calls (and strings implicitly
/// concatenated to it).
class ScriptTokenizer {
public:
    struct Result {
        /// Contiguous spans covering the whole text, in order.
        std::vector<StyleSpan> spans;
        /// Byte ranges (start, end) of string literals that span several lines.
        std::vector<std::pair<int, int>> multiLineStrings;
    };

    static Result tokenize(QByteArrayView utf8);

    /// Scintilla fold levels (SC_FOLDLEVELBASE-based, with header and white flags) for each line,
    /// from indentation as Python defines blocks; lines inside multi-line strings fold under the
    /// line where the string starts.
    static std::vector<int> foldLevels(QByteArrayView utf8, const Result &tokens);
};

} // namespace retort
