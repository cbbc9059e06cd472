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

// A query whose plan or latency moved between two phases ("query drift").
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
    // Plans are compared always. Times count only beyond noise: the slower median at least
    // `minimumMs` and `latencyFactor` times the faster, every run of one side slower than every
    // run of the other, and the work behind the time (SQLite's VM steps, full-scan steps, sorts)
    // different too: the same plan doing the same steps slower is the machine, not the query.
    struct Options {
        double latencyFactor = 2.0;
        double minimumMs = 1.0;
        double workFactor = 1.1; // VM steps must differ by at least this factor
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
