// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backfillspec.h"
#include "fault.h"
#include "queries/querylist.h"
#include "workloadprofile.h"

#include <QList>
#include <QString>

namespace godwit::rehearsal {

struct RehearsalOptions {
    QString originalPath; // opened read-only, hashed before and after
    QString copyPath; // where the working copy goes; empty: a time-stamped file in WorkingCopy::defaultFolder()
    bool resume = false; // continue the rehearsal in copyPath (after a crash or a cancel) instead of copying again

    double rate = 200; // simulated application operations per second
    BackfillPacing pacing;
    bool planBatchSize = true; // start from the plan's batch size rather than pacing.batchSize
    double latencyBudgetMs = 50; // the backfill pauses while the workload's p99 (last second) is above this
    int observeMs = 1000; // how long the phases other than the backfill watch the workload
    QList<Fault> faults;
    int longTransactionMs = 2000; // how long the long-transaction fault holds the write lock
    bool overrideVerification = false; // run the contract even when its verification failed
    bool stepMode = false; // pause after every phase
    bool audit = false; // count every backfilled row (always on with the crash-mid-backfill fault)
    quint64 seed = 20261125;
    WorkloadProfile profile; // empty: derived from the plan and the schema
    // Explained, and the reads timed, at each phase boundary for query drift; empty: the
    // workload's statements as the new clients write them, explained only.
    queries::QueryList queries;

    [[nodiscard]] bool has(Fault f) const { return faults.contains(f); }
};

} // namespace godwit::rehearsal
