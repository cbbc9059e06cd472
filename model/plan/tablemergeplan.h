// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "splitmergesupport.h"

namespace godwit::plan {

// A merge as expand-contract: the rows of `source` (one per row of `after`, tied by `link`)
// become columns of `after`. One function per phase, in the order they run.
class TableMergePlan final {
public:
    // `sourceSql`: the CREATE TABLE of `source`, which the contract's rollback runs again.
    [[nodiscard]] static PlanUnit plan(PlanContext& ctx, const schema::Table& before, const schema::Table& after,
        const schema::Table& source, const SplitMergeSupport::Link& link, const QStringList& columns,
        const QStringList& changeIds, const QString& sourceSql);

private:
    TableMergePlan(PlanContext& ctx, const schema::Table& before, const schema::Table& after,
        const schema::Table& source, const SplitMergeSupport::Link& link, const QStringList& columns);
    // Expand: the columns arrive on the table, nullable.
    void expand();
    // Dual-write: old writers write the source table, new writers the columns; triggers copy each way.
    void dualWrite();
    void backfill();
    void readSwitch();
    // Contract: the triggers and the source table go; the rollback rebuilds it from the columns.
    void contract(const QString& sourceSql);
    [[nodiscard]] QString dropTriggersSql() const;
    [[nodiscard]] QString createTriggersSql() const;
    // `pattern` with %1 the quoted column, once per column, joined by `separator`.
    [[nodiscard]] QString eachColumn(const QString& pattern, const QString& separator) const;

    PlanContext& m_ctx;
    const schema::Table& m_before;
    const schema::Table& m_after;
    const schema::Table& m_source;
    const SplitMergeSupport::Link m_link;
    const QStringList m_columns;
    const QString m_t; // the table, quoted
    const QString m_r; // the source table, quoted
    const QString m_fk;
    const QString m_pk;
    const QString m_cols; // the columns, quoted
    const int m_batch;
    PlanUnit m_unit;
    QStringList m_triggers;
    QStringList m_names;
    BackfillSpec m_spec;
};

} // namespace godwit::plan
