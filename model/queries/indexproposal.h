// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryplan.h"
#include "queryshape.h"

#include <QStringList>

namespace godwit::queries {

// An index the advisor proposes: equality columns first, then one range or the ORDER BY
// columns; the planner chose it for the queries listed when it was offered.
struct IndexProposal {
    QString table;
    QStringList equality;
    QList<OrderTerm> tail; // the range column, or the ORDER BY / GROUP BY terms
    QString name;
    QString sql; // CREATE INDEX …
    // The same index with the query's other columns appended, when that is cheap (one or two
    // narrow extra columns): the query is then answered from the index alone.
    QStringList include;
    QString coveringSql;
    QStringList queries; // names of the queries whose plans use it
    QString reason; // "scan", "sort" or "automatic-index": what it removes from the plan
    QueryPlan planWith; // the first query's plan with the index in place

    // equality + tail columns, in index order.
    [[nodiscard]] QStringList keyColumns() const;
    bool operator==(const IndexProposal&) const = default;
};

// An existing index worth a second look ("index bloat": indexes nobody reads, or that another makes redundant).
struct IndexFinding {
    enum class Type {
        Unused, // no listed query's plan reads it; it still costs every write
        RedundantPrefix, // its columns start another index on the same table, which serves its lookups
    };
    Type type = Type::Unused;
    QString table;
    QString index;
    QString coveredBy; // RedundantPrefix: the longer index
    bool supportsForeignKey = false; // its leading columns are a foreign key: deletes in the parent use it
    QString dropSql;

    bool operator==(const IndexFinding&) const = default;
};

[[nodiscard]] QString indexFindingTypeName(IndexFinding::Type type); // "unused", "redundant-prefix"

} // namespace godwit::queries
