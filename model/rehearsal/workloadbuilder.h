// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tableshape.h"
#include "workloadprofile.h"

namespace godwit::rehearsal {

// Derives the simulated application from the schema and the plan, for any schema: for every
// table the plan touches and its foreign-key neighbours, reads by key and by each index's
// leading column, inserts that copy an existing row (its foreign keys, NOT NULL and CHECK values
// are valid ones) with its unique columns varied, updates of the columns the plan changes and of
// one it leaves alone, and deletes of rows the application itself inserted (so every original
// row stays for the verification). Old clients use the old names, new clients the new ones.
class WorkloadBuilder final {
public:
    [[nodiscard]] static WorkloadProfile fromSchema(const schema::Schema& before, const RehearsalPlan& plan);
    // The operations of one shape; `writesOfChangedOnly` keeps only the update of changed columns
    // (what a query-driven profile adds so a fault on the migrated columns shows).
    [[nodiscard]] static QList<WorkloadOperation> operationsFor(
        const TableShape& shape, const schema::Schema& before, bool writesOfChangedOnly = false);
};

} // namespace godwit::rehearsal
