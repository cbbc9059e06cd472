// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries/querydrift.h"
#include "queries/querylist.h"
#include "rehearsalresult.h"
#include "workloadprofile.h"

namespace godwit::sqlite {
class Database;
}

namespace godwit::rehearsal {

// The application's queries watched across a rehearsal (query drift: plans and latencies that move
// while the schema changes under them): at
// each phase boundary every query is explained, and the reads timed, on the monitor connection;
// a query whose plan or latency moved since the previous boundary becomes a "query-drift"
// incident. Parameters are sampled once, so every phase binds the same values.
class QueryDriftMonitor final {
public:
    struct Options {
        int runs = 3; // timed runs of each read per boundary; writes are only explained
        // Under a running workload a latency counts only when it moves a lot and is not tiny.
        queries::QueryDrift::Options drift { 3.0, 0.5 };
    };
    struct Drift {
        QString query;
        Incident incident;
    };

    QueryDriftMonitor() = default;
    explicit QueryDriftMonitor(queries::QueryList queries);
    QueryDriftMonitor(queries::QueryList queries, Options options);
    // The workload's own statements as the new clients write them, explained only: their
    // latencies are already the phases' workload measurements.
    [[nodiscard]] static QueryDriftMonitor forWorkload(const WorkloadProfile& profile);

    [[nodiscard]] const queries::QueryList& queries() const { return m_queries; }
    // Samples after `phase` and returns the queries whose verdict (improved, regressed, broken)
    // or latency moved since the previous sample. A query that did not prepare at the previous
    // boundary (a column the expand had yet to add) is not drift.
    [[nodiscard]] QList<Drift> sample(const sqlite::Database& db, const QString& phase);

private:
    queries::QueryList m_queries;
    Options m_options;
    QList<QVariantList> m_parameters;
    QList<queries::QuerySample> m_last;
    QString m_lastPhase;
};

} // namespace godwit::rehearsal
