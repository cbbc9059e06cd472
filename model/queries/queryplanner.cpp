// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryplanner.h"

#include "planparser.h"
#include "sqlite/database.h"

namespace godwit::queries {

namespace {

    QueryPlan brokenPlan(const Error& error)
    {
        QueryPlan plan;
        plan.error = error.message;
        plan.errorLine = error.line;
        plan.errorColumn = error.column;
        std::tie(plan.missing, plan.missingName) = PlanParser::missingObject(error.message);
        return plan;
    }

} // namespace

QueryPlan QueryPlanner::explain(const sqlite::Database& db, const QString& sql)
{
    // Prepared alone first, so an error's position is inside the user's text.
    if (auto st = db.prepare(sql); !st)
        return brokenPlan(st.error());
    auto st = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    if (!st)
        return brokenPlan(st.error());
    QList<PlanParser::Row> rows;
    const auto read = st->forEachRow([&](const sqlite::Statement& row) {
        rows << PlanParser::Row { int(row.int64(0)), int(row.int64(1)), row.text(3) };
    });
    if (!read)
        return brokenPlan(read.error());
    return PlanParser::fromRows(rows);
}

} // namespace godwit::queries
