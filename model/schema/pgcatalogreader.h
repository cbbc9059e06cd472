// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "schema.h"
#include "schemareader.h"

namespace godwit::postgres {
class Connection;
struct ConnectOptions;
}

namespace godwit::schema {

// Reads a live PostgreSQL database from its catalogs (pg_class, pg_attribute, pg_constraint,
// pg_index, pg_trigger, pg_type, pg_sequence; not information_schema, which hides indexes,
// validity and partitioning) into the same value types a SQLite schema uses. Everything is read
// in one REPEATABLE READ, READ ONLY transaction, one query per kind of object for the whole
// database, so a 1,000-table schema costs a handful of round trips. System namespaces
// (pg_catalog, information_schema, pg_toast, temporary ones) are left out; tables outside
// `public` are named schema.table.
class PgCatalogReader final {
public:
    [[nodiscard]] static Result<Schema> read(const postgres::Connection& connection, const ReadOptions& options = {});
    // Connects read-only to `uri` (errors name it without its password) and reads.
    [[nodiscard]] static Result<Schema> readUri(const QString& uri, const ReadOptions& options = {});
    [[nodiscard]] static Result<Schema> readUri(
        const QString& uri, const ReadOptions& options, const postgres::ConnectOptions& connectOptions);
    // How a relation is named in a Schema: bare in `public`, schema.name elsewhere.
    [[nodiscard]] static QString qualifiedName(const QString& schemaName, const QString& name);
};

} // namespace godwit::schema
