// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers.h"
#include "diff/changeset.h"
#include "migrationplan.h"

namespace godwit::plan {

// Turns a ChangeSet into the expand-contract plan: groups the changes (per table, per object),
// walks each group through the schema-migration decision tree with answers pre-filled from the
// classification and overridden by `answers`, and orders the steps phase by phase.
class PlanBuilder final {
public:
    [[nodiscard]] static MigrationPlan build(const diff::ChangeSet& changes, const Answers& answers = {});

    // The change set the plan works from: renames the user rejected (renameConfirmed=false)
    // become a drop and an add. Proposals without an answer stay renames, which keep the data.
    [[nodiscard]] static diff::ChangeSet resolveRenames(const diff::ChangeSet& changes, const Answers& answers);
};

} // namespace godwit::plan
