// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datacheckrows.h"
#include "migrationplan.h"

namespace godwit::plan {

// `godwit plan --format text`: the walks through the decision tree, then the steps phase by
// phase with their SQL, for a terminal.
class PlanTextWriter final {
public:
    // `rows`: the rows behind each data pre-check (DataCheckRunner::rows), when they were read.
    [[nodiscard]] static QString write(const MigrationPlan& plan, const QList<DataCheckRows>& rows = {});
};

} // namespace godwit::plan
