// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "indexproposal.h"
#include "query.h"

#include <QList>
#include <QStringList>

namespace godwit::schema {
struct Schema;
}
namespace godwit::sqlite {
class Database;
}

namespace godwit::queries {

class QueryList;

// Proposes indexes the way the sqlite3 shell's `.expert` decides (sqlite3expert.c): from each
// table's equality and range constraints and its ORDER BY, candidates are built (equality
// columns, then one range column or the sort), created on an empty planner copy with
// statistics measured on the data, and kept only when SQLite's planner then chooses them. So
// the advice never argues with the planner it is for.
class IndexAdvisor final {
public:
    struct Options {
        int maxIncludeColumns = 2; // a covering variant appends at most this many columns
    };

    // Proposals for one query. `planner` is an in-memory database from PlannerDatabase
    // (candidates are created in a transaction that is rolled back); `schema` is its schema;
    // `data` (may be null) measures the candidates' statistics.
    [[nodiscard]] static Result<QList<IndexProposal>> advise(const sqlite::Database& planner,
        const schema::Schema& schema, const sqlite::Database* data, const Query& query, const Options& options);
    [[nodiscard]] static Result<QList<IndexProposal>> advise(
        const sqlite::Database& planner, const schema::Schema& schema, const sqlite::Database* data, const Query& query)
    {
        return advise(planner, schema, data, query, Options {});
    }
    // Every query's proposals, one per distinct index, each listing the queries it serves.
    [[nodiscard]] static Result<QList<IndexProposal>> adviseAll(const sqlite::Database& planner,
        const schema::Schema& schema, const sqlite::Database* data, const QueryList& queries, const Options& options);

    // Existing indexes on the tables the queries use (`tables`) that no plan reads, and indexes
    // whose columns begin another index of the same table.
    [[nodiscard]] static QList<IndexFinding> findings(
        const schema::Schema& schema, const QList<QueryPlan>& plans, const QStringList& tables);
};

} // namespace godwit::queries
