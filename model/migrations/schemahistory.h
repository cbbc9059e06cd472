// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <optional>

#include <QList>
#include <QString>

namespace godwit::schema {
struct Schema;
}
namespace godwit::sqlite {
class Database;
}

namespace godwit::migrations {

// One row of the history table, with Flyway's columns.
struct HistoryRow {
    int installedRank = 0;
    QString version; // empty = NULL (repeatable migrations)
    QString description;
    QString type; // "SQL", "UNDO_SQL", "BASELINE", "DELETE" as Flyway writes them
    QString script;
    std::optional<qint32> checksum;
    QString installedBy;
    QString installedOn; // "YYYY-MM-DD HH:MM:SS.SSS" UTC, SQLite's strftime as Flyway's SQLite table sets it
    int executionTime = 0; // milliseconds
    bool success = false;

    bool operator==(const HistoryRow&) const = default;
};

// The history table in a working copy: Flyway's flyway_schema_history layout under Godwit's
// name (godwit_schema_history), or any other name so a Flyway-written table can be read.
class SchemaHistory final {
public:
    static constexpr QLatin1StringView DefaultTable { "godwit_schema_history" };
    static constexpr QLatin1StringView TypeSql { "SQL" };
    static constexpr QLatin1StringView TypeUndoSql { "UNDO_SQL" };
    static constexpr QLatin1StringView TypeBaseline { "BASELINE" };
    static constexpr QLatin1StringView TypeDelete { "DELETE" };

    SchemaHistory(const sqlite::Database& db, QString table = QString(DefaultTable));

    [[nodiscard]] const QString& table() const { return m_table; }
    [[nodiscard]] Result<bool> exists() const;
    // Flyway's SQLite CREATE TABLE (createMetaDataTable.sql) and its success index.
    [[nodiscard]] Result<void> create() const;
    // All rows by installed_rank; empty when the table does not exist.
    [[nodiscard]] Result<QList<HistoryRow>> rows() const;
    // Inserts `row` with the next installed_rank (ignoring row.installedRank); installed_on
    // is left to the column default unless set.
    [[nodiscard]] Result<int> append(const HistoryRow& row) const;
    [[nodiscard]] Result<void> removeRank(int installedRank) const;
    [[nodiscard]] Result<void> realign(
        int installedRank, const QString& description, const QString& type, std::optional<qint32> checksum) const;
    // Whether the database has user tables other than the history table (Flyway refuses
    // to migrate a non-empty schema without a history table unless it is baselined).
    [[nodiscard]] Result<bool> hasOtherTables() const;

    // `schema` without the history table, its index and anything else named after it, so
    // diffs show the user's schema only.
    static void removeFrom(schema::Schema& schema, const QString& table = QString(DefaultTable));

private:
    const sqlite::Database& m_db;
    QString m_table;
};

} // namespace godwit::migrations
