// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::queries {

// What a parameter stands for, so a sample value of the right kind can be bound to it.
enum class ParameterRole {
    Unknown,
    Equality, // col = ?, col IN (?, …), col IS ?
    Range, // col > ?, col BETWEEN ? AND ?
    Pattern, // col LIKE ? / GLOB ?
    Assignment, // UPDATE … SET col = ?
    InsertValue, // INSERT INTO t (col, …) VALUES (?, …)
    Limit,
    Offset,
};

struct ParameterUse {
    int index = 0; // 1-based, numbered as sqlite3_bind_parameter_index numbers them
    QString name; // ":name", "?3"; empty for a plain "?"
    ParameterRole role = ParameterRole::Unknown;
    QString table; // the real table of the column it is compared with or assigned to
    QString column;

    bool operator==(const ParameterUse&) const = default;
};

struct OrderTerm {
    QString column;
    bool descending = false;
    QString collation; // empty: the column's own

    bool operator==(const OrderTerm&) const = default;
};

// How a statement uses one table of its FROM clause (or the table an UPDATE/DELETE changes):
// the inputs an index on it could serve, as SQLite hands them to a virtual table's xBestIndex.
struct TableAccess {
    QString table; // as named in the schema
    QString alias; // as written in the query; empty = none
    QStringList equality; // compared with = / IN / IS against something not from this table
    QStringList joinEquality; // the part of `equality` whose other side is another table's column
    QStringList range; // compared with < <= > >= BETWEEN
    QList<OrderTerm> order; // ORDER BY (else GROUP BY) when every term is a column of this table
    bool orderFromGroupBy = false;
    QStringList columns; // every column of this table the statement mentions
    bool allColumns = false; // SELECT * or t.*

    // The name the plan shows for it: the alias when there is one.
    [[nodiscard]] QString label() const { return alias.isEmpty() ? table : alias; }
    bool operator==(const TableAccess&) const = default;
};

// A statement's tables, constraints, ordering and parameters, read from its tokens.
struct QueryShape {
    QList<TableAccess> tables;
    QList<ParameterUse> parameters; // sorted by index, one per distinct parameter
    QString writeTable; // the table an INSERT/UPDATE/DELETE changes
    QStringList insertColumns; // an INSERT's column list (explicit or implied)

    [[nodiscard]] const TableAccess* access(QStringView label) const;
    bool operator==(const QueryShape&) const = default;
};

} // namespace godwit::queries
