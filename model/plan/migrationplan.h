// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisionwalk.h"

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::plan {

// The five phases of expand-contract (parallel change), in the order they run: add the new shape
// beside the old, write both, copy the history, move the readers, remove the old shape.
enum class Phase { Expand, DualWrite, Backfill, ReadSwitch, Contract };

[[nodiscard]] QString phaseName(Phase phase); // "expand", "dual-write", "backfill", "read-switch", "contract"
[[nodiscard]] QString phaseTitle(Phase phase); // "Expand", "Dual-write", ...
[[nodiscard]] QList<Phase> allPhases();

// Something that must hold before a step runs. `checkSql` (may be empty for checks only a
// person can make) returns no row, or a first value of 0, when the condition holds.
struct Precondition {
    QString text;
    QString checkSql;

    bool operator==(const Precondition&) const = default;
};

// How a backfill step walks its table: `batchSql` has the parameters :last and :batch and
// covers the keys last < key <= last + batch; run it from `firstKeySql` up to `lastKeySql`
// (both return one integer), one transaction per batch, until `remainingSql` returns 0.
struct BackfillSpec {
    QString table;
    QString keyColumn; // an INTEGER PRIMARY KEY alias, or "rowid"
    int batchSize = 1000;
    QString batchSql;
    QString firstKeySql; // the :last to start from (one below the smallest key)
    QString lastKeySql; // the largest key when the backfill starts
    QString remainingSql; // rows still to do
    QString wholeSql; // the same work as one statement (small tables, Flyway files)

    bool operator==(const BackfillSpec&) const = default;
};

struct PlanStep {
    QString id; // stable, e.g. "expand:orders.shipping_eta"
    Phase phase = Phase::Expand;
    QString title;
    QString explanation; // why the step exists, naming its expand-contract phase
    QString sql; // forward SQL; only comments for steps that are application work
    QString rollbackSql; // undoes the step; comments only when there is nothing to undo
    QList<Precondition> preconditions;
    QString verificationSql; // returns no row or 0 when the step did its work
    QStringList changeIds; // the Change::id()s this step serves
    QString walkId; // the DecisionWalk (group of changes) it belongs to
    // False when the SQL manages PRAGMA foreign_keys and its own transaction (a table rebuild):
    // runners and Flyway must not wrap it in a transaction.
    bool transactional = true;
    std::optional<BackfillSpec> backfill;
    QStringList warnings;

    bool operator==(const PlanStep&) const = default;
};

// A data pre-check run on the data the plan was made from (`godwit plan` on a database): how many
// rows would break the change, and whether the exported plan would fail on them.
struct DataCheckOutcome {
    QString kind; // DataCheck::kindName(): "nulls", "duplicates", "orphans", "check-fails", ...
    QString changeId;
    QString table;
    QString description; // "NULLs in customer.credit, which becomes NOT NULL (credit)"
    QString countSql;
    qint64 rows = 0;
    bool stops = false; // a step of the plan fails on these rows
    QString resolution; // how the plan treats them ("filled with 0, the column's DEFAULT") or how to fix them
    QString stepId; // the first step whose SQL fails on them (stops only)

    bool operator==(const DataCheckOutcome&) const = default;
};

// The phased plan that takes the before-schema to the after-schema without breaking the
// clients that still use the old shape.
struct MigrationPlan {
    QString before; // source names, for titles
    QString after;
    QList<DecisionWalk> walks; // one per group of related changes
    QList<PlanStep> steps; // in execution order: phase by phase
    QStringList warnings;
    bool dataChecked = false; // the data pre-checks ran on the before database
    QList<DataCheckOutcome> dataChecks; // those that found rows

    [[nodiscard]] bool isEmpty() const { return steps.isEmpty(); }
    // The data pre-checks whose rows make a step fail: the plan must not be exported as it is.
    [[nodiscard]] QList<const DataCheckOutcome*> stoppingChecks() const;
    [[nodiscard]] QList<const PlanStep*> stepsIn(Phase phase) const;
    [[nodiscard]] const PlanStep* step(QStringView id) const;
    [[nodiscard]] const DecisionWalk* walk(QStringView id) const;

    bool operator==(const MigrationPlan&) const = default;
};

} // namespace godwit::plan
