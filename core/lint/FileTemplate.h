// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QString>

namespace retort {

/// Alembic's file_template (`%(rev)s_%(slug)s`, `%(year)d_%(month).2d_%(day).2d_%(rev)s`, ...)
/// turned once into a matcher for existing file names: %(rev)s must be the script's revision
/// id, %(slug)s any run of word characters, %(epoch)s and the date tokens (%(year)d, %(month).2d,
/// %(day).2d, %(hour).2d, %(minute).2d, %(second).2d) digits, `%%` a percent sign. Only the last
/// path component of the template is checked.
class FileTemplate {
public:
    explicit FileTemplate(const QString &fileTemplate);

    /// True when `fileName` (with its .py) is what the template gives for `revision`.
    bool matches(const QString &fileName, const QString &revision) const;
    const QString &text() const { return m_text; }

private:
    QString m_text;
    QRegularExpression m_pattern;
    bool m_hasRevision = false;
};

} // namespace retort
