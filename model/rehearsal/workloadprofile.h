// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries/query.h"
#include "rehearsalplan.h"

#include <QList>
#include <QString>

namespace godwit::schema {
struct Schema;
}
namespace godwit::queries {
class QueryList;
}

namespace godwit::rehearsal {

// One statement of an operation, as each client version writes it. Named parameters come from
// a small vocabulary the simulator fills: :key and :other_key (an existing key of the
// operation's table), :new_key (the rowid the operation's previous INSERT created),
// :pick_<column> (a value the table already holds in <column>), :now and :eta (ISO-8601 UTC
// times, now and 2-7 days ahead), :amount, :item.
struct WorkloadStatement {
    QString oldSql;
    QString newSql; // empty: the same as oldSql

    [[nodiscard]] const QString& sql(bool newVersion) const
    {
        return newVersion && !newSql.isEmpty() ? newSql : oldSql;
    }
    bool operator==(const WorkloadStatement&) const = default;
};

// One thing the application does, e.g. "create order": its statements run in one transaction.
struct WorkloadOperation {
    QString name;
    queries::QueryKind kind = queries::QueryKind::Read;
    double weight = 1; // relative frequency within its kind's share of the rate
    QString table; // whose keys :key and :other_key draw from
    QString keyColumn = QStringLiteral("rowid");
    QList<WorkloadStatement> statements;
    // A read returning NULL in this result column counts as a "NULL read" for that version.
    QString nullColumnOld;
    QString nullColumnNew;

    bool operator==(const WorkloadOperation&) const = default;
};

// The simulated application: what it does and how often, for the old and the new client.
struct WorkloadProfile {
    QString name; // "orders" or "generic"
    QList<WorkloadOperation> operations;

    [[nodiscard]] bool isEmpty() const { return operations.isEmpty(); }
    [[nodiscard]] double weightOf(queries::QueryKind kind) const;

    // The workload as a query list (the "captured from the rehearsal workload"): one
    // query per statement of each operation, as the old or the new client writes it, named after
    // the operation ("create order", "create order (2)", …), weighted by the operation's weight
    // (per minute, relative), its :name parameters kept.
    [[nodiscard]] queries::QueryList toQueryList(bool newVersion = false) const;

    // The orders sample's access patterns (the seed article's "fetch order by ID", "list
    // customer orders newest first", status updates, order creation, delivery changes) when the
    // plan migrates a column of `orders`; otherwise reads and writes of each mapped column by key.
    // Weights come from `queries` when it names the same operations.
    [[nodiscard]] static WorkloadProfile forPlan(
        const schema::Schema& before, const RehearsalPlan& plan, const queries::QueryList* queries = nullptr);

    bool operator==(const WorkloadProfile&) const = default;
};

} // namespace godwit::rehearsal
