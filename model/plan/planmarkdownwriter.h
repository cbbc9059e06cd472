// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationplan.h"

namespace godwit::plan {

// `godwit plan --format markdown`: the plan as a document for a pre-migration review meeting:
// the decision walks (with a Mermaid flowchart of the taken path), then every step with why,
// checklist, SQL, verification and rollback.
class PlanMarkdownWriter final {
public:
    [[nodiscard]] static QString write(const MigrationPlan& plan);
};

} // namespace godwit::plan
