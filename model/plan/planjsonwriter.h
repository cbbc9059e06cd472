// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datacheckrows.h"
#include "migrationplan.h"

namespace godwit::plan {

// `godwit plan --format json`: the `godwit.plan` format, documented in docs/json-format.md.
class PlanJsonWriter final {
public:
    // `rows`: the rows behind each data pre-check (DataCheckRunner::rows), when they were read.
    [[nodiscard]] static QString write(const MigrationPlan& plan, const QList<DataCheckRows>& rows = {});
};

} // namespace godwit::plan
