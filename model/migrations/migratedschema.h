// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "migrationconfig.h"
#include "migrationreport.h"
#include "migrationset.h"
#include "schema/schema.h"
#include "schema/schemareader.h"

#include <optional>
#include <utility>

namespace godwit::sqlite {
class Database;
}

namespace godwit::migrations {

// The "database + migrations folder" source of a diff: the schema a database will have once
// the folder's pending migrations are applied. They run on a temporary working copy (backup
// API) that is deleted afterwards; the database itself is only read.
class MigratedSchema final {
public:
    // A database without a history table is matched against the folder first: when its schema
    // equals the result of V1..Vk it is treated as baselined at k (and an empty database at
    // nothing), so `godwit diff app.db migrations/` works on a database Flyway never saw.
    // The history table is left out of the returned schema.
    [[nodiscard]] static Result<schema::Schema> read(const QString& databasePath, const QString& folder,
        const MigrationConfig& config = {}, const schema::ReadOptions& options = {},
        QList<MigrationNote>* notes = nullptr);

    // Both sides of `godwit diff DB FOLDER`: the database now and after the pending migrations,
    // each without the history table.
    [[nodiscard]] static std::pair<Result<schema::Schema>, Result<schema::Schema>> readBeforeAfter(
        const QString& databasePath, const QString& folder, const schema::ReadOptions& options = {});
    // The two sides of any command that compares: `after` is a file SchemaReader::readFile takes,
    // or a migrations folder for the database `before` (then readBeforeAfter()).
    [[nodiscard]] static std::pair<Result<schema::Schema>, Result<schema::Schema>> readSources(
        const QString& before, const QString& after, const schema::ReadOptions& options = {});

    // `config` for migrating `db` (a working copy): unchanged when it has a history table or no
    // tables, else set to baseline at matchingVersion() first; an error when nothing matches.
    [[nodiscard]] static Result<MigrationConfig> configFor(const sqlite::Database& db, const QString& displayPath,
        const MigrationSet& set, const MigrationConfig& config, QList<MigrationNote>* notes = nullptr);

    // The version k whose versioned scripts V1..Vk, run on an empty database, give `current`
    // (compared with SchemaDiff, history table ignored): the latest such run of versions, and
    // the first version of that run; nullopt when none matches.
    [[nodiscard]] static std::optional<MigrationVersion> matchingVersion(
        const schema::Schema& current, const MigrationSet& set);
};

} // namespace godwit::migrations
