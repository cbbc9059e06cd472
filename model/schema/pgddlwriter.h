// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textposition.h"
#include "schema.h"

#include <functional>
#include <optional>

#include <QHash>
#include <QList>

namespace godwit::postgres {
class Connection;
}

namespace godwit::schema {

// Where the parts of a schema were written in its source (a Mermaid diagram), so an error the
// server reports in generated DDL points at what the user wrote. Keys: table name; table and
// column joined by '\n'; table, '\n' and the foreign key's index in Table::foreignKeys; view name.
struct PgDdlSources {
    QHash<QString, TextPosition> tables;
    QHash<QString, TextPosition> columns;
    QHash<QString, TextPosition> foreignKeys;
    QHash<QString, TextPosition> views;
    TextPosition fallback;
};

// One generated statement and the source positions of its parts.
struct PgDdlStatement {
    struct Part {
        qsizetype offset = 0; // where the part starts in `sql`
        TextPosition source;
    };
    QString sql;
    QList<Part> parts; // by offset; the first starts at 0

    // The source position of the server's 1-based character `position` in `sql` (0: unknown,
    // the statement's first part).
    [[nodiscard]] TextPosition sourceAt(int position) const;
};

// PostgreSQL DDL for a Schema whose types are PostgreSQL's, written as the user wrote them (a
// Mermaid target): CREATE SCHEMA for each namespace, enum and domain types, sequences, CREATE
// TABLE with columns (identity, generated, DEFAULT, NOT NULL), PRIMARY KEY, UNIQUE and CHECK;
// then foreign keys (ALTER TABLE … ADD, so tables may reference each other in any order), NOT
// VALID checks, sequence ownership and indexes; views last. Names are quoted by the server's
// own PQescapeIdentifier. Triggers need functions no diagram carries: they are not generated.
class PgDdlWriter final {
public:
    [[nodiscard]] static QList<PgDdlStatement> write(
        const Schema& schema, const PgDdlSources& sources, const postgres::Connection& quoting);
};

} // namespace godwit::schema
