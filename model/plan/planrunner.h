// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "migrationplan.h"

#include <functional>

namespace godwit::sqlite {
class Database;
}

namespace godwit::plan {

// Executes plan steps on a working copy, synchronously: each step in a transaction (rebuilds
// manage their own), backfills batch by batch, preconditions checked before and the
// verification query after. The rehearsal engine adds workload and throttling on top; tests and
// `godwit lint` use this directly.
class PlanRunner final {
public:
    struct Options {
        bool checkPreconditions = true;
        bool verify = true;
        // Called after each backfill batch with (step, rows changed so far); return false to stop.
        std::function<bool(const PlanStep& step, qint64 rows)> progress;
    };

    [[nodiscard]] static Result<void> runStep(const sqlite::Database& db, const PlanStep& step, const Options& options);
    [[nodiscard]] static Result<void> runStep(const sqlite::Database& db, const PlanStep& step)
    {
        return runStep(db, step, Options {});
    }
    // Every step in order.
    [[nodiscard]] static Result<void> run(
        const sqlite::Database& db, const MigrationPlan& plan, const Options& options);
    [[nodiscard]] static Result<void> run(const sqlite::Database& db, const MigrationPlan& plan)
    {
        return run(db, plan, Options {});
    }
    // The rollback SQL of the first `stepCount` steps (all when negative), last step first.
    [[nodiscard]] static Result<void> rollback(
        const sqlite::Database& db, const MigrationPlan& plan, qsizetype stepCount = -1);
    // The backfill of `step` alone, batch by batch; returns the rows it changed.
    [[nodiscard]] static Result<qint64> backfill(
        const sqlite::Database& db, const PlanStep& step, const Options& options);
    // First value of the first row as an integer (0 when there is no row), for checks.
    [[nodiscard]] static Result<qint64> count(const sqlite::Database& db, const QString& sql);

    // Splits a script into statements the way SQLite reads them (a trigger body's semicolons
    // stay inside its CREATE TRIGGER); comments and blank statements are dropped.
    [[nodiscard]] static QStringList splitStatements(const QString& sql);

private:
    [[nodiscard]] static Result<void> runScript(const sqlite::Database& db, const QString& sql, const QString& name);
};

} // namespace godwit::plan
