// SPDX-License-Identifier: GPL-3.0-or-later
#include "querydrift.h"

#include "plancomparator.h"
#include "querylist.h"
#include "querymeter.h"
#include "queryplanner.h"

namespace godwit::queries {

QList<QuerySample> QueryDrift::sample(
    const sqlite::Database& db, const QueryList& queries, const QList<QVariantList>& parameters, int runs)
{
    QList<QuerySample> out;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const Query& q = queries.at(i);
        QuerySample s { q.name, QueryPlanner::explain(db, q.sql), {} };
        if (runs > 0 && !s.plan.isBroken())
            s.measurement = QueryMeter::measure(db, q.sql, parameters.value(i), QueryMeter::Options { runs });
        out << s;
    }
    return out;
}

QList<DriftFinding> QueryDrift::compare(
    const QList<QuerySample>& earlier, const QList<QuerySample>& later, const Options& options)
{
    QList<DriftFinding> out;
    for (const QuerySample& b : later) {
        const auto a
            = std::find_if(earlier.begin(), earlier.end(), [&](const QuerySample& e) { return e.query == b.query; });
        if (a == earlier.end())
            continue;
        DriftFinding f;
        f.query = b.query;
        f.comparison = PlanComparator::compare(a->plan, b.plan);
        f.planChanged = f.comparison.status != QueryStatus::Unchanged || !f.comparison.changes.isEmpty();
        if (a->measurement.isValid() && b.measurement.isValid()) {
            f.medianBeforeMs = a->measurement.medianMs;
            f.medianAfterMs = b.measurement.medianMs;
            const double slower = std::max(f.medianBeforeMs, f.medianAfterMs);
            const double faster = std::max(1e-9, std::min(f.medianBeforeMs, f.medianAfterMs));
            f.factor = f.medianAfterMs / std::max(1e-9, f.medianBeforeMs);
            const QueryMeasurement& slow = f.medianAfterMs >= f.medianBeforeMs ? b.measurement : a->measurement;
            const QueryMeasurement& fast = &slow == &b.measurement ? a->measurement : b.measurement;
            const double steps = double(std::max<qint64>(1, std::max(slow.vmSteps, fast.vmSteps)))
                / double(std::max<qint64>(1, std::min(slow.vmSteps, fast.vmSteps)));
            const bool workChanged = steps >= options.workFactor || slow.fullScanSteps != fast.fullScanSteps
                || slow.sorts != fast.sorts || slow.autoIndexes != fast.autoIndexes;
            f.latencyChanged = slower >= options.minimumMs && slower / faster >= options.latencyFactor
                && slow.minMs > fast.maxMs && workChanged;
        }
        if (f.planChanged || f.latencyChanged)
            out << f;
    }
    return out;
}

} // namespace godwit::queries
