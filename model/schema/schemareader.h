// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "schema.h"

#include <utility>

namespace godwit::sqlite {
class Database;
}

namespace godwit::schema {

struct ReadOptions {
    enum class RowCounts {
        None, // rowCount stays empty
        Estimate, // exact for small tables, sqlite_stat1 / max(rowid) estimate for big ones
        Exact, // SELECT count(*) on every table
    };
    RowCounts rowCounts = RowCounts::None;
    qint64 exactCountLimit = 200000; // Estimate mode counts exactly below this many rows (by estimate)
};

// Reads a schema from an open database (PRAGMA table_list/table_xinfo/index_list/
// index_xinfo/foreign_key_list plus the stored CREATE text for what pragmas do not expose:
// CHECKs, DEFERRABLE, expression and partial index parts, trigger timing/event).
class SchemaReader final {
public:
    [[nodiscard]] static Result<Schema> read(const sqlite::Database& db, const ReadOptions& options = {});
    // Runs `sql` into an in-memory database and reads that; errors carry fileName:line:col.
    [[nodiscard]] static Result<Schema> readScript(const QString& sql, const QString& fileName = {});
    // A .sql file, a Mermaid erDiagram (.mmd, .mermaid, .md, .markdown: MermaidSchemaReader), or
    // anything else as a SQLite database opened read-only (openOriginal).
    [[nodiscard]] static Result<Schema> readFile(const QString& path, const ReadOptions& options = {});
    // Both sides of a comparison, read at the same time on two threads (each with its own connection).
    [[nodiscard]] static std::pair<Result<Schema>, Result<Schema>> readFiles(
        const QString& before, const QString& after, const ReadOptions& options = {});
};

} // namespace godwit::schema
