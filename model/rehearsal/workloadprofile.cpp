// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadprofile.h"

#include "queries/querylist.h"
#include "queryworkload.h"
#include "schema/schema.h"
#include "workloadbuilder.h"

namespace godwit::rehearsal {

using queries::QueryKind;

double WorkloadProfile::weightOf(QueryKind kind) const
{
    double sum = 0;
    for (const WorkloadOperation& op : operations) {
        if (op.kind == kind)
            sum += op.weight;
    }
    return sum;
}

queries::QueryList WorkloadProfile::toQueryList(bool newVersion) const
{
    queries::QueryList list;
    for (const WorkloadOperation& op : operations) {
        for (qsizetype i = 0; i < op.statements.size(); ++i) {
            queries::Query q;
            q.name = i == 0 ? op.name : QStringLiteral("%1 (%2)").arg(op.name).arg(i + 1);
            q.sql = op.statements[i].sql(newVersion);
            q.weight = op.weight;
            q.kind = queries::QueryList::kindOf(q.sql);
            list.add(q);
        }
    }
    return list;
}

WorkloadProfile WorkloadProfile::forPlan(
    const schema::Schema& before, const RehearsalPlan& plan, const queries::QueryList* queries)
{
    if (queries && !queries->isEmpty())
        return QueryWorkload::fromQueries(before, plan, *queries);
    return WorkloadBuilder::fromSchema(before, plan);
}

} // namespace godwit::rehearsal
