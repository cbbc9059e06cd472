// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "change.h"
#include "schema/schema.h"

namespace godwit::diff {

// Classifies a change to a PostgreSQL schema by PostgreSQL's rules, each with its manual page:
// the table lock the statement takes (explicit-locking.html, table 13.2), whether it rewrites
// the table or scans it while holding that lock (sql-altertable.html, Notes), who it breaks,
// and how risky it is given the table's size. Chosen by SchemaDiff when the live schema's
// dialect is PostgreSQL; Classifier keeps SQLite's rules.
class PostgresClassifier final {
public:
    [[nodiscard]] static Classification classify(
        const Change& change, const schema::Schema& before, const schema::Schema& after, const QString& beforeTable);

    // True when ALTER COLUMN TYPE from `before` to `after` needs no table rewrite: the old type is
    // binary coercible to the new one (varchar(n) → varchar(m ≥ n) or text, numeric(p,s) →
    // numeric(q ≥ p,s) or unconstrained numeric, …). Types are format_type() text.
    [[nodiscard]] static bool isBinaryCoercible(const QString& before, const QString& after);
};

} // namespace godwit::diff
