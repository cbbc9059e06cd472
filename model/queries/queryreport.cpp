// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryreport.h"

#include <algorithm>

namespace godwit::queries {

qsizetype QueryReport::count(QueryStatus status) const
{
    return std::count_if(
        queries.begin(), queries.end(), [status](const QueryResult& r) { return r.comparison.status == status; });
}

bool QueryReport::hasProblems() const
{
    return count(QueryStatus::Regressed) + count(QueryStatus::Broken) + count(QueryStatus::Invalid) > 0;
}

const QueryResult* QueryReport::result(QStringView queryName) const
{
    for (const QueryResult& r : queries) {
        if (r.query.name == queryName)
            return &r;
    }
    return nullptr;
}

const IndexProposal* QueryReport::proposal(QStringView name) const
{
    for (const IndexProposal& p : proposals) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

} // namespace godwit::queries
