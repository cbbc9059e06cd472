// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plancomparison.h"
#include "querymeasurement.h"
#include "queryplan.h"

#include <QList>
#include <QVariantList>

namespace godwit::sqlite {
class Database;
}

namespace godwit::queries {

class QueryList;

// One query observed in one phase of a rehearsal (before the change, during dual-write,
// after the backfill, …): its plan and, when measured, its cost.
struct QuerySample {
    QString query;
    QueryPlan plan;
    QueryMeasurement measurement; // runs == 0 when not measured

    bool operator==(const QuerySample&) const = default;
};

// A query whose plan or latency moved between two phases (the seed article's "query drift").
struct DriftFinding {
    QString query;
    bool planChanged = false;
    PlanComparison comparison;
    double medianBeforeMs = 0;
    double medianAfterMs = 0;
    double factor = 1; // after / before
    bool latencyChanged = false;

    bool operator==(const DriftFinding&) const = default;
};

// Compares queries between phases; the rehearsal engine samples each phase and calls compare().
class QueryDrift final {
public:
    struct Options {
        double latencyFactor = 2.0; // slower (or faster) by at least this factor counts as drift
        double minimumMs = 0.05; // below this median, times are noise and only plans count
    };

    // Plans every query on `db` and, with `runs` > 0, measures it with `parameters` (one list per
    // query, as ParameterSampler gives them; missing lists bind NULLs).
    [[nodiscard]] static QList<QuerySample> sample(
        const sqlite::Database& db, const QueryList& queries, const QList<QVariantList>& parameters, int runs);
    // The queries of `later` that drifted from `earlier` (matched by name), in `later`'s order.
    [[nodiscard]] static QList<DriftFinding> compare(
        const QList<QuerySample>& earlier, const QList<QuerySample>& later, const Options& options);
    [[nodiscard]] static QList<DriftFinding> compare(const QList<QuerySample>& earlier, const QList<QuerySample>& later)
    {
        return compare(earlier, later, Options {});
    }
};

} // namespace godwit::queries
