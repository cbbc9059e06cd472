// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan/migrationplan.h"

namespace godwit::sqlite {
class Database;
}

namespace godwit::rehearsal {

// Runs one plan step's SQL on the working copy while the application keeps using it.
class StepRunner final {
public:
    enum class Outcome { Ran, AlreadyApplied };

    // Transactional steps run inside BEGIN IMMEDIATE ... COMMIT; the others (table rebuilds)
    // manage PRAGMA foreign_keys and their own transaction, and are rolled back and given their
    // foreign keys back when they fail. A write that lost a race with the application
    // (SQLITE_BUSY) is retried a few times: nothing of the failed attempt remains.
    // With `skipIfApplied`, a step whose verification already passes is not run again (a resumed rehearsal).
    [[nodiscard]] static Result<Outcome> run(
        const sqlite::Database& db, const plan::PlanStep& step, bool skipIfApplied);
    // The step's verification query: 0 (or no row) when the step did its work; nothing when it has none.
    [[nodiscard]] static Result<std::optional<qint64>> verify(const sqlite::Database& db, const plan::PlanStep& step);
};

} // namespace godwit::rehearsal
