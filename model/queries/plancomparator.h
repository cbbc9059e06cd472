// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plancomparison.h"
#include "queryplan.h"

namespace godwit::queries {

// Compares one query's plan before and after a schema change and classifies it: broken when
// it no longer prepares; regressed when a table it searched is now scanned, it searches with
// fewer key terms, needs a new temp B-tree or automatic index, or lost a covering index;
// improved for the reverse; unchanged otherwise (another index with the same reach is not a change).
class PlanComparator final {
public:
    [[nodiscard]] static PlanComparison compare(const QueryPlan& before, const QueryPlan& after);
};

} // namespace godwit::queries
