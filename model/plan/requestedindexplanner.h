// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plancontext.h"

namespace godwit::plan {

// Plans the indexes the user asked for beyond the diff (Answers::indexes, the query panel's
// "Add to Plan"): each is its own group, built like an added index. Runs after the other
// planners, because the phase depends on which columns they backfill and which tables they
// rebuild.
class RequestedIndexPlanner final {
public:
    // Returns no unit (and adds a warning to `warnings`) for an index that cannot be planned:
    // unreadable SQL, an unknown table or column, or a name already taken.
    [[nodiscard]] static std::optional<PlanUnit> plan(
        PlanContext& context, const RequestedIndex& index, QStringList* warnings);
};

} // namespace godwit::plan
