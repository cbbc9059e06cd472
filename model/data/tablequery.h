// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QVariantList>

namespace godwit::data {

// What a browse of a table asks for: an order and per-column filters. A filter is "NULL",
// "NOT NULL", "=v", "<v", ">v", "<=v", ">=v", "!=v", or text the column must contain.
struct TableQuery {
    int sortColumn = -1; // -1: the table's own order (rowid, or the primary key of a WITHOUT ROWID table)
    bool descending = false;
    QMap<int, QString> filters; // by column index

    bool operator==(const TableQuery&) const = default;
};

// One filter as SQL over `column` (already quoted), with the values it binds.
struct FilterClause {
    QString sql;
    QVariantList values;

    // Empty sql for an empty filter.
    [[nodiscard]] static FilterClause parse(const QString& column, const QString& text);
    bool operator==(const FilterClause&) const = default;
};

} // namespace godwit::data
