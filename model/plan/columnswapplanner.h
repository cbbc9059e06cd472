// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "newcolumn.h"
#include "tableplanner.h"

namespace godwit::plan {

// Plans the column-level changes of one table as expand-contract (parallel change): add the
// new columns nullable (Expand), keep old and new in step with triggers (Dual-write), copy the
// history in keyset batches (Backfill), move readers (Read switch, with a compatibility view
// for renames), then drop the old columns and enforce the final definition (Contract) with
// ALTER TABLE DROP COLUMN or the 12-step rebuild. Pure additions stop after Expand.
class ColumnSwapPlanner final : private TablePlanner {
public:
    // `changes`: the Added, Removed and Renamed column changes of `table` (its after-name).
    [[nodiscard]] static PlanUnit plan(
        PlanContext& context, const QString& table, const QList<const diff::Change*>& changes);

private:
    // One function per phase. The facts every phase needs (the new and dropped columns, the
    // answers, whether the contract rebuilds) are worked out first; each phase keeps the ids and
    // objects the later ones refer to.
    ColumnSwapPlanner(PlanContext& ctx, const QString& tableName, const QList<const diff::Change*>& changes);
    PlanUnit run();
    // The new, renamed and dropped columns, and why the contract needs the 12-step rebuild.
    void describeChanges();
    void readAnswers();
    void titleWalk();
    // Expand: every new column arrives in a shape ADD COLUMN accepts.
    void expand();
    // Dual-write: triggers keep old and new columns equal while both versions of the application write.
    void dualWrite();
    // Backfill: the rows written before the dual-write started, in keyset batches.
    void backfill();
    // Read switch: readers move to the new names; a view keeps the old shape for those that cannot.
    void readSwitch();
    // The table in its old shape, reading the new columns, so it survives the drop of the old ones.
    QString compatibilityViewSql() const;
    // Contract, first: stop the dual-write (its triggers name the old columns).
    void stopDualWrite();
    // Contract: drop the old columns and enforce the final definitions.
    void contractTable();
    // Rolling back the contract restores the expanded shape: old columns come back from the new ones (down).
    QString contractRollback(
        const schema::Table& expanded, const QStringList& dropDeps, const QStringList& createDeps) const;
    // The end of the confidence window: the compatibility view goes.
    void retireCompatibilityView();
    void fillWalk();

    const QString m_beforeName;
    QList<NewColumn> m_news;
    QList<const diff::Change*> m_drops;
    QStringList m_changeIds;
    bool m_hasRenames = false;
    bool m_breaking = false;
    bool m_additiveOnly = false;
    QStringList m_oldColumns; // before-names that disappear at the contract
    QStringList m_rebuildReasons;
    bool m_rebuild = false;
    ChangeAnswers m_first;
    bool m_skipDualWrite = false;
    QString m_skipReason;
    bool m_compatibilityView = false;
    int m_batch = 0;
    QStringList m_expandIds;
    QStringList m_expandDefinitions;
    QStringList m_dualIds;
    QStringList m_triggerNames;
    QStringList m_triggerSql;
    QStringList m_backfillIds;
    QStringList m_parityChecks; // each returns the rows where the new column is not yet right
    QString m_compatName;
    QString m_compatSql;
    QStringList m_readIds;
    QStringList m_contractIds;
};

} // namespace godwit::plan
