// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::schema {

// Why an index exists: CREATE INDEX, or implied by a PRIMARY KEY or UNIQUE constraint.
enum class IndexOrigin { CreateIndex, PrimaryKey, Unique };

struct IndexPart {
    QString column; // empty when the part is an expression
    QString expression; // SQL text of an expression part
    bool descending = false;
    QString collation; // empty = the column's default

    [[nodiscard]] bool isExpression() const { return column.isEmpty(); }
    bool operator==(const IndexPart&) const = default;
};

struct Index {
    QString name; // sqlite_autoindex_* for implied indexes
    QString table;
    bool unique = false;
    IndexOrigin origin = IndexOrigin::CreateIndex;
    QList<IndexPart> parts;
    QString where; // partial index condition, empty when not partial
    QString sql; // CREATE INDEX text; empty for implied indexes
    // PostgreSQL: the access method when not btree, INCLUDE columns, and whether the index is
    // usable (a failed CREATE INDEX CONCURRENTLY leaves it invalid).
    QString method = {};
    QStringList include = {};
    bool valid = true;

    [[nodiscard]] bool isPartial() const { return !where.isEmpty(); }
    bool operator==(const Index&) const = default;
};

} // namespace godwit::schema
