// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "sqlite/database.h"
#include "tablequery.h"

#include <functional>
#include <map>

#include <QStringList>

namespace godwit::data {

// Pages of one table's rows for a grid, fetched by key (keyset pagination: each page starts
// where a remembered key is, WHERE (sort, key) > (?, ?) ... LIMIT n), never by OFFSET, so page
// 4,000 costs what page 1 costs. The key is the rowid, or the primary key of a WITHOUT ROWID
// table; a sort column comes first, with its NULLs kept in a segment of their own because
// NULL compares as unknown. Not thread-safe: one thread uses it (PageLoader's worker).
class TablePager final {
public:
    static constexpr qint64 PageSize = 256;

    // On an original (read-only) or a working copy; `table` must exist.
    [[nodiscard]] static Result<TablePager> open(sqlite::Database db, const QString& table);

    [[nodiscard]] const QString& table() const { return m_table; }
    [[nodiscard]] const QStringList& columns() const { return m_columns; }
    [[nodiscard]] const QStringList& declaredTypes() const { return m_types; }
    [[nodiscard]] const TableQuery& query() const { return m_query; }
    // -1 until count() ran (open() does not count, setQuery() does unless told not to).
    [[nodiscard]] qint64 rowCount() const { return m_rows; }
    // Whether the current order is read from an index (or the table's own b-tree) rather than
    // sorted by a scan of every row (EXPLAIN QUERY PLAN says USE TEMP B-TREE).
    [[nodiscard]] bool orderUsesIndex() const { return m_orderUsesIndex; }
    // The statement that lists every row of the current query, for the SQL editor.
    [[nodiscard]] QString selectSql() const;

    // Applies an order and filters, and counts the rows they leave (unless `count` is false).
    [[nodiscard]] Result<void> setQuery(const TableQuery& query, bool count = true);
    // Counts the rows the current query leaves (count(*): reads the whole table or index).
    [[nodiscard]] Result<void> count();
    // The rows of page `index` (PageSize rows, fewer on the last page), each value as
    // Statement::value gives it (NULL: null QVariant, BLOB: QByteArray).
    [[nodiscard]] Result<QList<QVariantList>> page(qint64 index);

    // Thread-safe: stops the statement running on the pager's connection.
    void interrupt() const { m_db.interrupt(); }

private:
    // A part of the order in which every row compares with the next by one row value: the
    // rows whose sort value is NULL, or those whose value is not (or all rows, unsorted).
    struct Segment {
        QString where; // beside the filters
        QStringList terms; // ORDER BY expressions, in order
    };
    // Where a page starts: a row's segment and its values of that segment's terms.
    struct Anchor {
        qsizetype segment = 0;
        QVariantList values;
    };

    TablePager() = default;
    // Rows from `from` (inclusive; the edge of the order when null) walking forward or
    // backward; `visit` gets each row's values (the columns, then the segment's terms) and
    // returns false to stop. keysOnly selects the terms alone.
    [[nodiscard]] Result<void> walk(const Anchor* from, bool forward, bool keysOnly, qint64 limit,
        const std::function<bool(qsizetype segment, const QVariantList& row)>& visit) const;
    // Finds page `index`'s anchor by walking keys from the nearest known one.
    [[nodiscard]] Result<void> locate(qint64 index);

    sqlite::Database m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_types;
    QStringList m_key; // quoted key expressions: rowid, or the primary key's columns
    TableQuery m_query;
    QList<Segment> m_segments;
    QString m_filterSql;
    QVariantList m_filterValues;
    qint64 m_rows = -1;
    bool m_orderUsesIndex = true;
    std::map<qint64, Anchor> m_anchors; // by page index
};

} // namespace godwit::data
