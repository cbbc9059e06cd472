// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plancontext.h"

#include <QSet>

namespace godwit::plan {

// Finds and plans table splits and merges, which the diff reports as separate changes:
// a split is a new table that receives columns removed from an existing table and points back
// at it with a foreign key; a merge is two removed tables whose columns reappear in one new
// table. Each becomes one group: create the new table (Expand), mirror writes (Dual-write),
// copy the history (Backfill), move readers (Read switch), drop the old shape (Contract).
class SplitMergePlanner final {
public:
    // Adds the changes it plans to `planned`.
    [[nodiscard]] static QList<PlanUnit> plan(PlanContext& context, QSet<const diff::Change*>* planned);
};

} // namespace godwit::plan
