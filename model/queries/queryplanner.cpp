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
    for (;;) {
        auto row = st->step();
        if (!row)
            return brokenPlan(row.error());
        if (!*row)
            break;
        rows << PlanParser::Row { int(st->int64(0)), int(st->int64(1)), st->text(3) };
    }
    return PlanParser::fromRows(rows);
}

} // namespace godwit::queries
