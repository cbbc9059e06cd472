// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plancontext.h"

namespace godwit::plan {

// Plans the changes that are whole objects: tables added, dropped or renamed, indexes, views
// and triggers. Each is its own group with its own walk through the decision tree.
class ObjectPlanner final {
public:
    [[nodiscard]] static PlanUnit addTable(PlanContext& context, const diff::Change& change);
    // Deprecate (verify no readers via the query list), then DROP TABLE at the contract.
    [[nodiscard]] static PlanUnit dropTable(PlanContext& context, const diff::Change& change);
    // RENAME TO at the expand, a view under the old name with INSTEAD OF triggers for old
    // readers and writers, retired at the contract.
    [[nodiscard]] static PlanUnit renameTable(PlanContext& context, const diff::Change& change);
    // Before or after the table's backfill (Answers indexTiming), with the write-cost warning.
    [[nodiscard]] static PlanUnit index(PlanContext& context, const diff::Change& change);
    [[nodiscard]] static PlanUnit viewOrTrigger(PlanContext& context, const diff::Change& change);
};

} // namespace godwit::plan
