// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace retort {

/// What the linter reads from a script's source beyond the extracted operations: the
/// `# retort: ignore[ID,...]` comments and the shape of upgrade()/downgrade() bodies. Read only
/// for scripts that need it, so linting stays proportional to the findings.
///
/// Ignore comments: `# retort: ignore[SQLITE001]` or `# retort: ignore[SQLITE001, DATA002]`
/// silences those rules for findings on that line; a bare `# retort: ignore` silences all rules
/// there. The comment goes on the finding's line (the line where the `op.` call starts).
///
/// Reading is cheap: the source is tokenized for comments only when it contains "retort:", and
/// for function bodies only when a body is first asked for.
class ScriptSource {
public:
    /// The shape of a module-level function's body.
    enum class Body {
        Missing, ///< no such function
        Empty, ///< only `pass`, `...` and/or a docstring
        RaisesOnly, ///< only `raise` statements (plus pass/docstring)
        Code, ///< anything else, or the source could not be read
    };

    /// Reads and scans the file at `path`; an unreadable file gives no ignores and Code bodies.
    static ScriptSource read(const QString &path);
    /// Scans `content`, the bytes of a script.
    static ScriptSource scan(const QByteArray &content);

    /// True when line `line` carries an ignore comment covering `ruleId`.
    bool ignores(int line, const QString &ruleId) const;
    Body upgradeBody() const { return m_shapes.upgrade; }
    Body downgradeBody() const { return m_shapes.downgrade; }
    /// True when downgrade() calls something named `execute` (op.execute, bind.execute, ...).
    bool downgradeExecutes() const { return m_shapes.downgradeExecutes; }

private:
    struct Shapes {
        Body upgrade = Body::Code;
        Body downgrade = Body::Code;
        bool downgradeExecutes = true;
    };
    QHash<int, QStringList> m_ignores; ///< line -> rule ids; an empty list means every rule
    Shapes m_shapes;
};

} // namespace retort
