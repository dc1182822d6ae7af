// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace retort {

/// Tells whether changing a column from one SQLAlchemy type expression to another loses data,
/// e.g. `sa.Text()` to `sa.String(50)`, `sa.Integer()` to `sa.SmallInteger()`,
/// `sa.DateTime()` to `sa.Date()`, `sa.Numeric(10, 2)` to `sa.Integer()`. Types are recognised by
/// their class name (any module prefix: sa., sqlalchemy., sqlite.) and their length or precision
/// argument; unknown types never count as narrowing.
class TypeNarrowing {
public:
    /// What is lost going from `from` to `to` (a translated phrase), or nullopt when nothing
    /// is or the types are not understood.
    static std::optional<QString> loss(const QString &from, const QString &to);

    /// A parsed type expression.
    struct Type {
        enum class Family { Unknown, Text, Integer, Boolean, Numeric, DateTime, Date, Time };
        Family family = Family::Unknown;
        int rank = 0; ///< integers: SmallInteger 1, Integer 2, BigInteger 3
        int length = -1; ///< text length or numeric precision; -1 when unbounded / not given
        int scale = -1; ///< numeric scale; -1 when not given
        bool floating = false;
    };
    static Type parse(const QString &expression);
};

} // namespace retort
