// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planstep.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::queries {

// What a statement that no longer prepares is missing, read from SQLite's error message.
enum class MissingKind { None, Column, Table, Index, Function, Collation, AmbiguousColumn, Other };

// The plan SQLite chose for one statement: the EXPLAIN QUERY PLAN rows as a tree (steps in
// the order SQLite lists them, a pre-order walk; `parent` links a step to its parent's id),
// or why the statement does not prepare.
struct QueryPlan {
    QList<PlanStep> steps;
    QString error; // empty when the statement prepared
    MissingKind missing = MissingKind::None;
    QString missingName; // the column, table, index… the error names
    int errorLine = 0; // 1-based position of the error inside the statement's text, 0 = unknown
    int errorColumn = 0;

    [[nodiscard]] bool isBroken() const { return !error.isEmpty(); }
    // Indexes of the steps whose parent is the step at `index` (-1: the top-level steps).
    [[nodiscard]] QList<qsizetype> children(qsizetype index) const;
    // Named indexes the plan reads (not the rowid, not automatic indexes), in first-use order.
    [[nodiscard]] QStringList indexesUsed() const;
    [[nodiscard]] bool hasFullScan() const;
    [[nodiscard]] bool hasTempBTree() const;
    [[nodiscard]] bool hasAutomaticIndex() const;
    // The plan drawn like the sqlite3 shell draws it ("QUERY PLAN", "|--", "`--").
    [[nodiscard]] QString toText() const;

    bool operator==(const QueryPlan&) const = default;
};

[[nodiscard]] QString missingKindName(MissingKind kind);

} // namespace godwit::queries
