// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationplan.h"

namespace godwit::plan {

// `godwit plan --format text`: the walks through the decision tree, then the steps phase by
// phase with their SQL, for a terminal.
class PlanTextWriter final {
public:
    [[nodiscard]] static QString write(const MigrationPlan& plan);
};

} // namespace godwit::plan
