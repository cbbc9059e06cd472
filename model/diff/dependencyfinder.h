// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "change.h"
#include "schema/schema.h"

namespace godwit::diff {

// Finds the objects in the before-schema that refer to a changed column or table: indexes,
// keys, constraints, generated columns, foreign keys from other tables, views and triggers.
// SQL bodies are searched token by token, so a column name inside a string literal or a
// longer identifier does not count.
class DependencyFinder final {
public:
    // `beforeTable` is the change's table under its before-name (it differs for renamed tables).
    [[nodiscard]] static QList<Dependent> dependents(
        const Change& change, const schema::Schema& before, const QString& beforeTable);
    [[nodiscard]] static QList<Dependent> columnDependents(
        const schema::Schema& schema, const QString& table, const QString& column);
    [[nodiscard]] static QList<Dependent> tableDependents(const schema::Schema& schema, const QString& table);
    // True when `sql` mentions `name` as an identifier (bare or quoted), case-insensitively.
    [[nodiscard]] static bool mentions(const QString& sql, const QString& name);
    // Like mentions() but only where `column` is used as a column: not as a table after
    // FROM/JOIN/INTO/UPDATE, not as a qualifier before ".", not in a trigger's header.
    [[nodiscard]] static bool mentionsColumn(const QString& sql, const QString& column);
};

} // namespace godwit::diff
