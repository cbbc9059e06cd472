// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers.h"
#include "core/result.h"
#include "datacheckrows.h"
#include "diff/changeset.h"
#include "migrationplan.h"

namespace godwit::sqlite {
class Database;
}

namespace godwit::plan {

// Runs the data pre-checks (DataCheck) of a plan's changes on the data it was made from and
// records what they found in the plan: rows the plan fills or converts, and rows on which a
// step of the exported plan would fail (NULLs with nothing to fill them, duplicates before a
// UNIQUE, orphans before a foreign key, rows failing a new CHECK).
class DataCheckRunner final {
public:
    // `db` holds the before-schema with its data; it is only read.
    [[nodiscard]] static Result<void> run(
        const sqlite::Database& db, const diff::ChangeSet& set, const Answers& answers, MigrationPlan& plan);

    // The rows behind each check run() recorded in `plan` (same order as plan.dataChecks): the
    // query that lists them and the first `sampleRows` of them (0: the queries alone).
    [[nodiscard]] static Result<QList<DataCheckRows>> rows(
        const sqlite::Database& db, const diff::ChangeSet& set, const MigrationPlan& plan, int sampleRows);

    // The step of `plan` that fails on the rows of a stopping check of `changeId` (of `kind`,
    // DataCheck::kindName()): the first step serving the change that copies rows (backfill),
    // else the first contract step, else the first step with SQL; for orphans the contract.
    [[nodiscard]] static QString failingStep(const MigrationPlan& plan, const QString& changeId, const QString& kind);
};

} // namespace godwit::plan
