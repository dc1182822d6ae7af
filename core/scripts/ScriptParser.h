// SPDX-License-Identifier: MIT
#pragma once

#include "scripts/PythonDocstring.h"
#include "scripts/RevisionScript.h"

#include <QByteArray>
#include <QString>

namespace retort {

/// Reads a revision script statically, the way Python would see its module-level constants,
/// without running it.
///
/// Module-level assignments to `revision`, `down_revision`, `branch_labels` and `depends_on`
/// are read in the classic form (`revision = 'ab12'`) and the typed form
/// (`down_revision: Union[str, Sequence[str], None] = None`), also chained (`a = b = 'x'`), with
/// any string quoting, prefixes, implicit concatenation, comments, continuations and parentheses.
/// A later assignment replaces an earlier one, as in Python. The docstring is Alembic's
/// `__doc__.strip()`, with `__doc__` as the chosen Python version makes it (DocstringRule).
///
/// Errors (never a crash, never a silent skip; `error` has the file and line):
/// - CPython's syntax errors the lexer detects (unterminated strings, brackets, indentation);
/// - invalid UTF-8, or a `coding:` declaration other than UTF-8 / Latin-1;
/// - one of the four variables assigned something that needs Python (a call, a name, an
///   f-string with fields) or assigned inside a module-level block (`if`, `try`);
/// - no `revision` and a file name not matching Alembic's legacy `[a-f0-9]+.py`: Alembic's
///   "Could not determine revision id from filename" wording;
/// - no `down_revision`: Python's AttributeError wording, as Alembic fails with it.
/// upgrade()/downgrade() operations are filled in by OperationExtractor.
class ScriptParser {
public:
    /// Parses `content`, the bytes of the script at `path` (used for messages and `fileName`),
    /// with the docstring as Python up to 3.12 gives it.
    static RevisionScript parse(const QString &path, const QByteArray &content);

    /// As above, with the docstring rule of the Python that runs Alembic. With `operations`
    /// false, upgrade()/downgrade() operations are not extracted (upgradeOps and downgradeOps stay
    /// empty); everything else, errors included, is exactly as with them: the whole file is still
    /// tokenized. Commands that only need the revision graph (heads, history) save that work.
    static RevisionScript parse(const QString &path, const QByteArray &content,
        DocstringRule docstringRule, bool operations = true);

    /// Alembic's module id for a script file name: non-word characters become `_`.
    static QString moduleId(const QString &fileName);
};

} // namespace retort
