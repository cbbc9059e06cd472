// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/relationship.h"

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::layout {

// How a diagram element differs from the other side of a comparison.
enum class Mark { None, Added, Removed, Changed, Renamed };

// One column row of a card, as one side of the diagram shows it.
struct CardRow {
    QString name;
    QString oldName; // Renamed: the name on the before side
    QString type;
    bool primaryKey = false;
    bool foreignKey = false;
    bool notNull = false;
    bool unique = false;
    bool indexed = false; // the leading column of an explicit CREATE INDEX
    // False for a placeholder that keeps rows aligned with the other side (a column that only
    // exists there), so both canvases share one geometry.
    bool present = true;
    Mark mark = Mark::None;
    QString changeId; // diff::Change::id() of the change this row shows

    bool operator==(const CardRow&) const = default;
};

// A table or view card: the header and its rows.
struct Card {
    QString key; // stable across both sides: the table's name after the change (before, if removed)
    QString name; // as this side shows it
    QString oldName; // Renamed, after side: the name before
    bool isView = false;
    QString group; // the PostgreSQL schema (namespace) the card belongs to; empty for SQLite
    bool present = true; // false: the card only exists on the other side
    Mark mark = Mark::None;
    QString changeId;
    std::optional<qint64> rowCount;
    bool rowCountExact = false;
    int indexCount = 0; // explicit CREATE INDEX on the table
    QList<CardRow> rows;

    [[nodiscard]] qsizetype rowIndex(QStringView column) const; // -1 when absent
    bool operator==(const Card&) const = default;
};

// A relationship line between two cards: a foreign key (child rows -> parent rows) or a
// relationship from a Mermaid diagram. Row -1 attaches to the card header.
struct Link {
    QString parent; // card keys
    int parentRow = -1;
    QString child;
    int childRow = -1;
    QStringList childColumns; // as written in the foreign key
    QStringList parentColumns;
    schema::Cardinality parentEnd = schema::Cardinality::ExactlyOne; // the marker next to the parent
    schema::Cardinality childEnd = schema::Cardinality::ZeroOrMore; // the marker next to the child
    bool identifying = false; // solid line; non-identifying ones are dashed
    bool present = true;
    Mark mark = Mark::None;
    QString changeId;

    // Same on both sides of a comparison (rows are aligned), so the canvases share its route.
    [[nodiscard]] QString key() const;
    bool operator==(const Link&) const = default;
};

// Everything one canvas draws, in draw order; positions come from a DiagramLayout.
struct DiagramContent {
    QList<Card> cards;
    QList<Link> links;

    [[nodiscard]] const Card* card(QStringView key) const;
    [[nodiscard]] qsizetype cardIndex(QStringView key) const; // -1 when absent
    [[nodiscard]] bool isEmpty() const { return cards.isEmpty(); }

    bool operator==(const DiagramContent&) const = default;
};

} // namespace godwit::layout
