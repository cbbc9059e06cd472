// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "sqlite/database.h"
#include "statrow.h"

#include <QList>
#include <QStringList>

namespace godwit::schema {
struct Schema;
}
namespace godwit::queries {

// An empty in-memory copy of a schema that plans like the real database: SQLite's planner reads
// only the schema and sqlite_stat1, so with the statistics copied an empty database chooses the
// same plans as the full one. The "after" side of a comparison is built this way from target
// DDL, and the index advisor tries its candidates here without touching any file.
class PlannerDatabase final {
public:
    // Statistics measured on a table's data, for indexes the source statistics do not cover.
    struct Options {
        qint64 sampleRows = 100000; // distinct counts are measured on at most this many rows per table
    };

    // sqlite_stat1 of `db`; empty when it was never ANALYZEd.
    [[nodiscard]] static Result<QList<StatRow>> readStats(const sqlite::Database& db);

    // `schema`'s tables, indexes and views (no triggers, no rows) with statistics: copied from
    // `stats` (taken on `statsSchema`) for each table and each index with the same name and
    // columns there, otherwise measured on `data` when it has the columns, otherwise left to
    // SQLite's defaults.
    [[nodiscard]] static Result<sqlite::Database> build(const schema::Schema& schema, const QList<StatRow>& stats,
        const schema::Schema& statsSchema, const sqlite::Database* data, const Options& options);
    [[nodiscard]] static Result<sqlite::Database> build(const schema::Schema& schema, const QList<StatRow>& stats,
        const schema::Schema& statsSchema, const sqlite::Database* data)
    {
        return build(schema, stats, statsSchema, data, Options {});
    }
    // A planner copy of `db`: its own schema and statistics (measured where it has none).
    [[nodiscard]] static Result<sqlite::Database> fromDatabase(const sqlite::Database& db);

    // Adds (or replaces) statistics rows in a planner database and makes the planner reload them.
    [[nodiscard]] static Result<void> writeStats(const sqlite::Database& planner, const QList<StatRow>& rows);
    // The sqlite_stat1 text for an index on `columns` of `table`, measured on `data`.
    [[nodiscard]] static Result<QString> measureStat(const sqlite::Database& data, const QString& table,
        const QStringList& columns, bool unique, const Options& options);
    [[nodiscard]] static Result<QString> measureStat(
        const sqlite::Database& data, const QString& table, const QStringList& columns, bool unique)
    {
        return measureStat(data, table, columns, unique, Options {});
    }

    // The "after" side as a copy with data: applies `script` to the working copy at `copyPath` in
    // one transaction (rolled back on error, positions in `fileName`), then ANALYZE so new
    // indexes have statistics.
    [[nodiscard]] static Result<void> applyMigration(
        const QString& copyPath, const QString& script, const QString& fileName);
};

} // namespace godwit::queries
