// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plancontext.h"

namespace godwit::plan {

// What the per-table planners (ColumnSwapPlanner, ShadowTablePlanner) start from: the context,
// the table's changes, its definitions before and after, and the unit they fill phase by phase.
class TablePlanner {
protected:
    // `tableName` is the after-name; the table exists on both sides.
    TablePlanner(PlanContext& ctx, const QString& tableName, const QList<const diff::Change*>& changes);

    PlanContext& m_ctx;
    const diff::ChangeSet& m_set;
    const QString m_table;
    const QList<const diff::Change*> m_changes;
    const schema::Table& m_after;
    const schema::Table m_before;
    const QString m_quoted; // the after-name, quoted where SQL needs it
    PlanUnit m_unit;
};

} // namespace godwit::plan
