// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryplan.h"

#include <QString>

namespace godwit::sqlite {
class Database;
}

namespace godwit::queries {

// Asks SQLite how it would run a statement (EXPLAIN QUERY PLAN) without running it.
class QueryPlanner final {
public:
    // The plan of `sql` on `db`. A statement that does not prepare is not a failure of this call:
    // it gives a broken plan that names the missing column or table, which is the answer the
    // query panel shows. Parameters stay unbound; the planner does not need their values.
    [[nodiscard]] static QueryPlan explain(const sqlite::Database& db, const QString& sql);
};

} // namespace godwit::queries
