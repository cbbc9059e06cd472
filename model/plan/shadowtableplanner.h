// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/tablerebuild.h"
#include "tableplanner.h"

namespace godwit::plan {

// Plans the changes SQLite can only make by rebuilding the table (type, NOT NULL, CHECK, FOREIGN
// KEY, UNIQUE, PRIMARY KEY, STRICT / WITHOUT ROWID) without a long lock: gh-ost's shadow table
// with the new definition (Expand), triggers mirroring every write into it (Dual-write), a keyset
// copy of the history (Backfill), and the swap, the tail of SQLite's 12-step rebuild, at the
// contract (drop, rename, indexes, foreign_key_check).
class ShadowTablePlanner final : private TablePlanner {
public:
    // All column and constraint changes of `table` (after-name), and its index changes.
    [[nodiscard]] static PlanUnit plan(
        PlanContext& context, const QString& table, const QList<const diff::Change*>& changes);

private:
    // One function per phase, in the order they run; the facts they share are members.
    ShadowTablePlanner(PlanContext& ctx, const QString& tableName, const QList<const diff::Change*>& changes);
    PlanUnit run();
    void describeChanges();
    // Where each column of the new definition comes from (forward), and back.
    void mapColumns();
    // Expand: the shadow table with the final definition, empty.
    void addExpand();
    // Dual-write: every write to the table is mirrored into the shadow.
    void addDualWrite();
    // Backfill: copy the history in keyset batches, skipping rows the triggers already copied.
    void addBackfill();
    void addReadSwitch();
    // Contract: the swap, with foreign keys off and a foreign_key_check before the commit.
    void addContract();
    [[nodiscard]] QString swapSql(const QStringList& dropDeps, const QStringList& createDeps) const;
    // Back to the state before the swap: the old definition, the shadow beside it, the triggers.
    [[nodiscard]] QString swapRollback(const QStringList& dropDeps, const QStringList& createDeps);
    void fillWalk();

    const ChangeAnswers m_tableAnswers;
    const QString m_shadow;
    const bool m_rowids;
    schema::TableRebuild m_forward;
    schema::TableRebuild m_back;

    QStringList m_changeIds;
    bool m_additive = true;
    QStringList m_reasons;
    QList<Precondition> m_dataChecks;
    bool m_skipDualWrite = false;
    QStringList m_triggerNames;
    QStringList m_triggerSql;
    ChangeAnswers m_first;
    int m_batch = 0;
    QString m_missing; // the condition of a row the shadow does not hold yet
    BackfillSpec m_spec;
};

} // namespace godwit::plan
