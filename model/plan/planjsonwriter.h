// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationplan.h"

namespace godwit::plan {

// `godwit plan --format json`: the `godwit.plan` format, documented in docs/json-format.md.
class PlanJsonWriter final {
public:
    [[nodiscard]] static QString write(const MigrationPlan& plan);
};

} // namespace godwit::plan
