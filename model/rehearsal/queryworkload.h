// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workloadprofile.h"

namespace godwit::rehearsal {

// The simulated application driven by the team's own top queries (`--queries FILE`, the
// project's query list, the orders sample's queries.sql): each query is an operation with its
// weight; the new clients run it with the plan's new table and column names. Parameters are
// filled from the data: `col = ?` (and `?` in an INSERT's VALUES) with values the column holds,
// the key column's with existing keys, LIMIT ? with 20, OFFSET ? with 0; others stay NULL.
// Writes of the columns the plan changes are added at a tenth of the weight, so a skipped
// dual-write shows even when no listed query writes them.
class QueryWorkload final {
public:
    [[nodiscard]] static WorkloadProfile fromQueries(
        const schema::Schema& before, const RehearsalPlan& plan, const queries::QueryList& queries);
};

} // namespace godwit::rehearsal
