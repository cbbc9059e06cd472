// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::schema {

// How many rows of one side a row of the other side relates to, as the crow's-foot
// markers of an ER diagram say it (`|o`, `||`, `}o`, `}|` and their mirrored forms).
// MdParent is Mermaid's undocumented `u` marker.
enum class Cardinality { ZeroOrOne, ExactlyOne, ZeroOrMore, OneOrMore, MdParent };

[[nodiscard]] constexpr bool isMany(Cardinality c)
{
    return c == Cardinality::ZeroOrMore || c == Cardinality::OneOrMore;
}

// A relationship drawn in a diagram that could not be read as a foreign key (many-to-many,
// no unambiguous foreign-key column, no primary key on the parent side). It keeps what the
// diagram said so the diff and the canvas can still show it.
struct Relationship {
    QString leftTable; // table names, not diagram ids
    QString rightTable;
    Cardinality leftCardinality = Cardinality::ExactlyOne; // the marker next to leftTable
    Cardinality rightCardinality = Cardinality::ZeroOrMore; // the marker next to rightTable
    bool identifying = true; // `--` (solid line); `..` is non-identifying
    QString label;

    bool operator==(const Relationship&) const = default;
};

} // namespace godwit::schema
