// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableplanner.h"

namespace godwit::plan {

TablePlanner::TablePlanner(PlanContext& ctx, const QString& tableName, const QList<const diff::Change*>& changes)
    : m_ctx(ctx)
    , m_set(ctx.changeSet())
    , m_table(tableName)
    , m_changes(changes)
    , m_after(*m_set.after.table(tableName))
    , m_before(*ctx.beforeTable(tableName))
    , m_quoted(schema::quoteIdentifierIfNeeded(m_after.name))
{
}

} // namespace godwit::plan
