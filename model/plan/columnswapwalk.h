// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisionwalk.h"
#include "diff/change.h"

namespace godwit::plan {

// The decision-tree walk of a ColumnSwapPlanner group: the same facts the steps were built
// from, told node by node with the answer and why.
class ColumnSwapWalk final {
public:
    struct Facts {
        QString table;
        QList<const diff::Change*> changes;
        bool breaking = false; // renames or drops: B -> D
        bool additiveOnly = false; // every new column is final: the walk ends after C
        QString compatibilityView; // name, empty when none
        bool skipDualWrite = false;
        QString skipReason;
        bool batchSizeOverridden = false;
        int batchSize = 0;
        int triggerCount = 0;
        bool rebuild = false;
        QStringList rebuildReasons;
        QStringList parityChecks;
        QStringList expandIds, dualWriteIds, backfillIds, readSwitchIds, contractIds;
    };

    static void fill(DecisionWalk& walk, const Facts& facts);
};

} // namespace godwit::plan
