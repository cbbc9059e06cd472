// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plancontext.h"

namespace godwit::plan {

// Plans the changes SQLite can only make by rebuilding the table (type, NOT NULL, CHECK, FOREIGN
// KEY, UNIQUE, PRIMARY KEY, STRICT / WITHOUT ROWID) without a long lock: a shadow table with
// the new definition (Expand), triggers mirroring every write into it (Dual-write), a keyset
// copy of the history (Backfill), and the swap, the tail of the 12-step rebuild, at the
// contract (drop, rename, indexes, foreign_key_check).
class ShadowTablePlanner final {
public:
    // All column and constraint changes of `table` (after-name), and its index changes.
    [[nodiscard]] static PlanUnit plan(
        PlanContext& context, const QString& table, const QList<const diff::Change*>& changes);
};

} // namespace godwit::plan
