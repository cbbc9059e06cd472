// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plancontext.h"

namespace godwit::plan {

// Plans the column-level changes of one table the way the article's example does: add the
// new columns nullable (Expand), keep old and new in step with triggers (Dual-write), copy the
// history in keyset batches (Backfill), move readers (Read switch, with a compatibility view
// for renames), then drop the old columns and enforce the final definition (Contract) with
// ALTER TABLE DROP COLUMN or the 12-step rebuild. Pure additions stop after Expand.
class ColumnSwapPlanner final {
public:
    // `changes`: the Added, Removed and Renamed column changes of `table` (its after-name).
    [[nodiscard]] static PlanUnit plan(
        PlanContext& context, const QString& table, const QList<const diff::Change*>& changes);
};

} // namespace godwit::plan
