// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copycheck.h"
#include "core/result.h"
#include "diff/diffoptions.h"
#include "plan/answers.h"
#include "plan/migrationplan.h"
#include "schema/schema.h"

#include <QList>
#include <QString>

namespace godwit::rehearsal {

// One column the migration moves from an old name to a new one: old clients read and write
// `oldColumn`, new clients `newColumn`, and `up` (SQL over the old row, pgroll's name) is the
// value the new column must hold. Drift is a row where `newColumn IS NOT up`.
struct ColumnMapping {
    QString table;
    QString keyColumn; // INTEGER PRIMARY KEY alias, "rowid", or empty (WITHOUT ROWID)
    QString oldColumn;
    QString newColumn;
    QString up;

    bool operator==(const ColumnMapping&) const = default;
};

// The rehearsal's reading of a MigrationPlan: its steps, and what the simulated application
// and the drift checks need to know about them.
struct RehearsalPlan {
    plan::MigrationPlan plan;
    QList<ColumnMapping> mappings;
    QList<CopyCheck> copies; // shadow tables, splits and merges: data in two tables
    // The schema the plan leads to, when known (planned from a target, or the plan's `after`
    // source is readable): the new clients' names come from it. Empty: only the mappings rename.
    schema::Schema after;

    [[nodiscard]] bool isEmpty() const { return plan.isEmpty(); }
    // The mapping for `table`, or nullptr.
    [[nodiscard]] const ColumnMapping* mappingFor(QStringView table) const;
    // Steps in the order they run, for one phase.
    [[nodiscard]] QList<plan::PlanStep> stepsIn(plan::Phase phase) const;

    // Mappings come from each Backfill step: its parity check ("SELECT count(*) FROM t WHERE new
    // IS NOT up") names the new column and its up expression; a plain column as `up` is the old column.
    [[nodiscard]] static RehearsalPlan fromMigrationPlan(const plan::MigrationPlan& plan);
    // `godwit rehearse --to AFTER`: the plan from the database's schema to `afterPath` (a
    // database, .sql script, Mermaid file, or a migrations folder for the database).
    [[nodiscard]] static Result<RehearsalPlan> forTarget(const QString& databasePath, const QString& afterPath,
        diff::RenamePolicy renames = diff::RenamePolicy::Accept, const plan::Answers& answers = {});
    // The same with the user's rename decisions (a project's accepted and rejected proposals).
    [[nodiscard]] static Result<RehearsalPlan> forTarget(const QString& databasePath, const QString& afterPath,
        const diff::DiffOptions& options, const plan::Answers& answers);

    bool operator==(const RehearsalPlan&) const = default;
};

} // namespace godwit::rehearsal
