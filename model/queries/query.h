// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::queries {

// Whether a query only reads, or changes rows (and so pays for every index it must maintain).
enum class QueryKind { Read, Write };

// How a query's weight is given: calls per minute, or a share of the traffic in percent.
enum class WeightUnit { PerMinute, Percent };

// One of the application's dominant queries, as query-first modelling ("start from queries,
// not tables") asks for: the SQL (parameters `?`, `?N`, `:name` allowed) and how often it runs.
struct Query {
    QString name;
    QString sql; // one statement, without the trailing semicolon
    double weight = 1.0;
    WeightUnit unit = WeightUnit::PerMinute;
    QueryKind kind = QueryKind::Read;
    QString file; // where it was read from, if anywhere
    int line = 0; // 1-based line of the statement's first token in `file`; 0 = typed in

    bool operator==(const Query&) const = default;
};

[[nodiscard]] QString queryKindName(QueryKind kind); // "read", "write"

} // namespace godwit::queries
