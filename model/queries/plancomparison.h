// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace godwit::queries {

// A query's verdict after a schema change. Invalid: it does not even prepare on the schema before.
enum class QueryStatus { Unchanged, Improved, Regressed, Broken, Invalid };

// One difference between a query's plan before and after.
struct PlanChange {
    enum class Type {
        SearchToScan, // regressions
        FewerKeyTerms,
        TempBTreeAdded,
        CoveringLost,
        AutomaticIndexAdded,
        NoLongerPrepares,
        ScanToSearch, // improvements
        MoreKeyTerms,
        TempBTreeRemoved,
        CoveringGained,
        AutomaticIndexRemoved,
        IndexChanged, // neutral: another index with the same reach
        StepsChanged, // neutral: other rows differ (subquery flattening, compound layout…)
    };

    Type type = Type::StepsChanged;
    QString table; // the table or alias the plan names; for NoLongerPrepares the missing object
    QString before; // the before step's detail (or the old index)
    QString after; // the after step's detail (or the error)

    [[nodiscard]] bool isRegression() const { return type <= Type::NoLongerPrepares; }
    [[nodiscard]] bool isImprovement() const
    {
        return type >= Type::ScanToSearch && type <= Type::AutomaticIndexRemoved;
    }
    bool operator==(const PlanChange&) const = default;
};

struct PlanComparison {
    QueryStatus status = QueryStatus::Unchanged;
    QList<PlanChange> changes;
    // Steps (indexes into each plan's steps) with no identical step on the other side:
    // what the side-by-side view highlights.
    QList<qsizetype> differingBefore;
    QList<qsizetype> differingAfter;

    bool operator==(const PlanComparison&) const = default;
};

[[nodiscard]] QString queryStatusName(QueryStatus status); // "unchanged", "improved", …
[[nodiscard]] QString planChangeName(PlanChange::Type type); // "search-to-scan", …

} // namespace godwit::queries
