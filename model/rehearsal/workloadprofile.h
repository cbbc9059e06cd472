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
// :first_new_key (one above the table's largest key when the rehearsal started: rows from
// there on are the application's own), :serial (a number no other operation gets),
// :pick_<column> (a value the table already holds in <column>), a WorkloadPick's name (a value
// another table holds), :now and :eta (ISO-8601 UTC times, now and 2-7 days ahead), :amount, :item.
// Within one operation a name has one value.
struct WorkloadStatement {
    QString oldSql;
    QString newSql; // empty: the same as oldSql

    [[nodiscard]] const QString& sql(bool newVersion) const
    {
        return newVersion && !newSql.isEmpty() ? newSql : oldSql;
    }
    bool operator==(const WorkloadStatement&) const = default;
};

// A parameter drawn from the values `table`.`column` holds when the rehearsal starts.
struct WorkloadPick {
    QString parameter; // without the colon
    QString table;
    QString column;
    bool operator==(const WorkloadPick&) const = default;
};

// Which client versions do an operation: some exist in one shape only (a dropped table, a split one).
enum class ClientVersions { Both, OldOnly, NewOnly };

// One thing the application does, e.g. "create order": its statements run in one transaction.
struct WorkloadOperation {
    QString name;
    queries::QueryKind kind = queries::QueryKind::Read;
    double weight = 1; // relative frequency within its kind's share of the rate
    QString table; // whose keys :key and :other_key draw from
    QString keyColumn = QStringLiteral("rowid");
    QList<WorkloadStatement> statements;
    // A read returning NULL in this result column counts as a "NULL read" for that version,
    // unless `nullProbe` (SQL over the old shape, same parameters) finds the old value NULL too.
    QString nullColumnOld;
    QString nullColumnNew;
    QString nullProbe;
    ClientVersions versions = ClientVersions::Both;
    // gh-ost's shadow table: while this table exists the statement is oldSql for every client,
    // after the swap newSql; the rollout does not choose.
    QString swapMarker;
    QList<WorkloadPick> picks;

    bool operator==(const WorkloadOperation&) const = default;
};

// The simulated application: what it does and how often, for the old and the new client.
struct WorkloadProfile {
    QString name; // "schema" (derived from the schema and the plan) or "queries" (the user's own)
    QList<WorkloadOperation> operations;

    [[nodiscard]] bool isEmpty() const { return operations.isEmpty(); }
    [[nodiscard]] double weightOf(queries::QueryKind kind) const;

    // The workload as a query list ("captured from the rehearsal workload"): one
    // query per statement of each operation, as the old or the new client writes it, named after
    // the operation ("create order", "create order (2)", …), weighted by the operation's weight
    // (per minute, relative), its :name parameters kept.
    [[nodiscard]] queries::QueryList toQueryList(bool newVersion = false) const;

    // The simulated application for `plan` on `before`: with `queries` (the team's own top
    // queries and weights, e.g. the orders sample's queries.sql) those drive it, plus writes of
    // the columns the plan changes; without, it is derived from the schema (WorkloadBuilder).
    [[nodiscard]] static WorkloadProfile forPlan(
        const schema::Schema& before, const RehearsalPlan& plan, const queries::QueryList* queries = nullptr);

    bool operator==(const WorkloadProfile&) const = default;
};

} // namespace godwit::rehearsal
