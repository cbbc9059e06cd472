// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "indexcost.h"

#include <QStringList>

namespace godwit::schema {
struct Schema;
struct Table;
}
namespace godwit::sqlite {
class Database;
}

namespace godwit::queries {

// Measures indexes' write cost and size on a working copy (never the original): each
// measurement runs inside a savepoint that is rolled back, so the copy ends as it began.
class IndexCostMeter final {
public:
    struct Options {
        int rows = 500; // rows inserted and updated per batch
        // Paired rounds (with and without, in alternating order, so a machine getting busier
        // hits both sides); the interval comes from bootstrapping their differences.
        int repeats = 15;
    };

    // Whether this SQLite has the dbstat virtual table (SQLITE_ENABLE_DBSTAT_VTAB).
    [[nodiscard]] static bool hasDbstat(const sqlite::Database& db);
    // Bytes used by a table or index: dbstat's page sizes, else an estimate from row count and
    // average key length (`estimated` is then set).
    [[nodiscard]] static Result<qint64> size(const sqlite::Database& db, const schema::Table& table,
        const QString& index, const QStringList& columns, bool* estimated);

    // An existing index: the batches as they are, then with the index dropped.
    [[nodiscard]] static IndexCost measureExisting(
        const sqlite::Database& copy, const schema::Table& table, const QString& index, const Options& options);
    // A proposed index on `columns`: the batches as they are, then with `createSql` applied.
    [[nodiscard]] static IndexCost measureProposed(const sqlite::Database& copy, const schema::Table& table,
        const QString& index, const QString& createSql, const QStringList& columns, const Options& options);
};

} // namespace godwit::queries
