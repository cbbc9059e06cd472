// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backfiller.h"
#include "fault.h"
#include "plan/migrationplan.h"
#include "rehearsalresult.h"

#include <atomic>
#include <functional>

namespace godwit::sqlite {
class Database;
}

namespace godwit::rehearsal {

// The Backfill phase of a rehearsal: each backfill step of the plan through a Backfiller on its
// own connection, with the faults that concern it staged for real: a crash before a batch's
// commit (then a restart from the checkpoint), and a long transaction holding the write lock.
class BackfillPhase final {
public:
    struct Context {
        QString copyPath;
        BackfillPacing pacing;
        bool planBatchSize = true;
        bool audit = false;
        int longTransactionMs = 2000;
        const std::atomic_bool* cancel = nullptr;
        std::function<bool(Fault)> hasFault;
        std::function<QString()> throttle; // non-empty while the backfill must wait (paused, over budget)
        std::function<void(const BackfillProgress&)> progressed;
        std::function<void(Incident)> raise;
        std::function<void(Backfiller*)> attach; // the running backfiller for live controls, nullptr at the end
    };

    explicit BackfillPhase(Context context);

    // Fills record.backfills and sets record.status to Failed or Cancelled when it ends early.
    void run(const QList<plan::PlanStep>& steps, PhaseRecord& record);

    [[nodiscard]] static QString auditTableFor(const QString& stepId);

private:
    void runStep(const plan::PlanStep& step, PhaseRecord& record);
    // The crash-mid-backfill incident, once the resumed run ended: where it resumed, and the rows
    // lost (still to do at the end) or repeated (updated twice, by the audit).
    void raiseCrash(const sqlite::Database& db, const BackfillSpec& spec, const PhaseRecord& record,
        const BackfillSummary& summary, qint64 batch, int percent, const Backfiller::Checkpoint& checkpoint);

    Context m_context;
};

} // namespace godwit::rehearsal
