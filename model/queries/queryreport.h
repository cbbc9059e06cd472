// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indexcost.h"
#include "indexproposal.h"
#include "plancomparison.h"
#include "query.h"
#include "querymeasurement.h"
#include "queryplan.h"

#include <QHash>
#include <QList>
#include <QVariantList>

namespace godwit::queries {

// One query's answer: its plans before and after, the verdict, what it cost, and the
// proposals that serve it.
struct QueryResult {
    Query query;
    QueryPlan before;
    QueryPlan after; // no steps and no error when there is no after side
    PlanComparison comparison;
    QVariantList parameters; // the values bound when it was measured
    QueryMeasurement measuredBefore; // runs == 0 when not measured
    QueryMeasurement measuredAfter;
    QStringList proposals; // names of the IndexProposals whose plans it would use

    bool operator==(const QueryResult&) const = default;
};

// Everything the query panel and `godwit queries` show.
struct QueryReport {
    QString beforeSource;
    QString afterSource; // empty when only the before side was explained
    bool hasAfter = false;
    bool dbstat = false; // index sizes come from dbstat (else they are estimates)
    QList<QueryResult> queries;
    QList<IndexProposal> proposals;
    QList<IndexFinding> findings;
    QList<IndexCost> costs;
    QHash<QString, QString> indexTables; // index name → its table, for both sides and the proposals

    [[nodiscard]] qsizetype count(QueryStatus status) const;
    // Any query regressed, broke, or did not even prepare before: what makes the CLI exit 1.
    [[nodiscard]] bool hasProblems() const;
    [[nodiscard]] const QueryResult* result(QStringView queryName) const;
    [[nodiscard]] const IndexProposal* proposal(QStringView name) const;

    bool operator==(const QueryReport&) const = default;
};

} // namespace godwit::queries
