// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "querylist.h"
#include "queryreport.h"

#include <functional>

namespace godwit::queries {

// The query-driven view of a schema change, end to end: explains every listed query on the
// database before and on the after side, classifies it, measures it on working copies, asks
// the index advisor, and flags and prices the indexes. The user's database is only ever
// opened read-only; everything that writes works on copies in the work folder.
class QueryImpact final {
public:
    struct Request {
        QString database; // the database as it is now
        QueryList queries;
        // The after side, at most one of:
        QString after; // a database, .sql script or Mermaid file with the target schema
        QString migration; // SQL applied to a copy of `database` (then the after side has data)
        QString migrationFileName; // for error positions in `migration`
        int runs = 0; // timed runs per query and side; 0 = plans only
        bool advise = true;
        bool indexCost = false; // measure write cost and size of the indexes (on a copy)
        QString workFolder; // where copies are made; empty = a temporary folder, removed afterwards
    };
    // Called as work progresses; return false to cancel (run() then fails with Cancelled).
    using Progress = std::function<bool(int done, int total)>;

    [[nodiscard]] static Result<QueryReport> run(const Request& request, const Progress& progress = {});

    // Whether `path` names a schema written as text (.sql, Mermaid) rather than a database.
    [[nodiscard]] static bool isSchemaText(const QString& path);
};

} // namespace godwit::queries
