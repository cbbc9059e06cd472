// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datacheckrows.h"
#include "migrationplan.h"

namespace godwit::plan {

// `godwit plan --format markdown`: the plan as a document for a pre-migration review meeting:
// the decision walks (with a Mermaid flowchart of the taken path), then every step with why,
// checklist, SQL, verification and rollback.
class PlanMarkdownWriter final {
public:
    // `rows`: the rows behind each data pre-check (DataCheckRunner::rows), when they were read.
    [[nodiscard]] static QString write(const MigrationPlan& plan, const QList<DataCheckRows>& rows = {});
};

} // namespace godwit::plan
