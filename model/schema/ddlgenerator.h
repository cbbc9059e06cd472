// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

namespace godwit::schema {

// Writes SQLite DDL from the value types. Used where no stored CREATE text exists (schemas
// from Mermaid) and where Godwit builds new definitions (rebuilds, plan steps). Names are
// quoted only when SQLite needs it, so the output reads like hand-written DDL.
class DdlGenerator final {
public:
    // "name TYPE NOT NULL DEFAULT x COLLATE y GENERATED ALWAYS AS (...) STORED"; no PK/FK/CHECK.
    [[nodiscard]] static QString columnDefinition(const Column& column);
    // Full CREATE TABLE with columns, PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY and table options.
    [[nodiscard]] static QString createTable(const Table& table, const QString& nameOverride = {});
    [[nodiscard]] static QString createIndex(const Index& index);
    // "col1, col2 DESC, lower(x)" (the part list between the parentheses).
    [[nodiscard]] static QString indexParts(const Index& index);
    [[nodiscard]] static QString foreignKeyClause(const ForeignKey& fk); // "FOREIGN KEY (...) REFERENCES ..."
    // Statements (with a comment) that fail when any row violates a foreign key, so a rebuild
    // script stops before its COMMIT in any runner that stops at an error. PRAGMA
    // foreign_key_check alone only returns rows, which a script runner ignores.
    [[nodiscard]] static QString foreignKeyGuard();

private:
    [[nodiscard]] static QString columnDefinition(const Column& column, const QString& primaryKeyClause);
};

} // namespace godwit::schema
