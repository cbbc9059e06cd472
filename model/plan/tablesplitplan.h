// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "splitmergesupport.h"

namespace godwit::plan {

// A split as expand-contract: `after` keeps its rows and `columns` move to the new table
// `target`, one row per row, tied by `link`. One function per phase, in the order they run.
class TableSplitPlan final {
public:
    [[nodiscard]] static PlanUnit plan(PlanContext& ctx, const schema::Table& before, const schema::Table& after,
        const schema::Table& target, const SplitMergeSupport::Link& link, const QStringList& columns,
        const QStringList& changeIds);

private:
    TableSplitPlan(PlanContext& ctx, const schema::Table& before, const schema::Table& after,
        const schema::Table& target, const SplitMergeSupport::Link& link, const QStringList& columns);
    // Expand: the new table starts empty next to the old one.
    void expand();
    // Dual-write: old writers write the columns on the table, new writers on the new table.
    void dualWrite();
    void backfill();
    // Read switch: readers join the new table; a view keeps the old shape.
    void readSwitch();
    // Contract: stop the triggers, drop the moved columns with the 12-step rebuild, retire the view.
    void contract();
    [[nodiscard]] QString dropTriggersSql() const;
    [[nodiscard]] QString createTriggersSql() const;
    [[nodiscard]] QString joinedColumns() const;

    PlanContext& m_ctx;
    const schema::Table& m_before;
    const schema::Table& m_after;
    const schema::Table& m_target;
    const SplitMergeSupport::Link m_link;
    const QStringList m_columns;
    const QString m_t; // the table, quoted
    const QString m_n; // the new table, quoted
    const QString m_fk;
    const QString m_pk;
    const int m_batch;
    PlanUnit m_unit;
    QStringList m_triggers;
    QStringList m_names;
    BackfillSpec m_spec;
    QString m_viewName;
    QString m_viewSql;
};

} // namespace godwit::plan
