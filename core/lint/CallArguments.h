// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace retort {

/// The arguments of a Python call, split from their source text (ScriptOperation::arguments):
/// top-level commas separate arguments, `name=value` is a keyword argument. Strings (any quote
/// style), brackets and comments-free folded text are understood; values stay source text.
class CallArguments {
public:
    struct Argument {
        QString keyword; ///< empty for a positional argument
        QString value; ///< the value's source text, trimmed
    };

    /// Splits `text`, the text between a call's parentheses.
    static CallArguments parse(QStringView text);

    const QList<Argument> &all() const & { return m_arguments; }
    /// On a temporary: the list itself, so `for (... : parse(text).all())` does not dangle.
    QList<Argument> all() && { return std::move(m_arguments); }
    /// The positional argument at `index` (0-based, keywords skipped), or nullopt.
    std::optional<QString> positional(int index) const;
    /// The value of keyword argument `name`, or nullopt.
    std::optional<QString> keyword(const QString &name) const;
    /// The positional at `index`, else keyword `name`; nullopt when neither is given.
    std::optional<QString> value(int index, const QString &name) const;

    /// For `value` = `a.b.Name(args)`: "Name" and the args text; nullopt for anything else.
    struct Call {
        QString name; ///< the last dotted name before the parenthesis
        QString arguments;
    };
    static std::optional<Call> call(QStringView value);
    /// True when `value` is the Python literal False / True / None (after trimming).
    static bool isFalse(const QString &value) { return value == QLatin1String("False"); }
    static bool isTrue(const QString &value) { return value == QLatin1String("True"); }
    static bool isNone(const QString &value) { return value == QLatin1String("None"); }

private:
    QList<Argument> m_arguments;
};

} // namespace retort
