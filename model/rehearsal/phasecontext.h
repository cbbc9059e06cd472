// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/migrationplan.h"
#include "rehearsalplan.h"
#include "rehearsalresult.h"
#include "runstatus.h"

#include <functional>

namespace godwit::sqlite {
class Database;
}

namespace godwit::rehearsal {

// What a phase of the rehearsal needs from the runner: the copy, the plan, and the runner's
// ways to run steps, watch the workload and tell the team.
struct PhaseContext {
    const sqlite::Database* db = nullptr; // the copy's own connection: DDL and verification
    const RehearsalPlan* plan = nullptr;
    int observeMs = 1000;
    std::function<bool()> cancelled;
    std::function<void(Incident)> raise;
    std::function<void(const RunStatus&)> setState;
    std::function<void(plan::Phase, PhaseRecord&)> runSteps;
    std::function<void(int ms, PhaseRecord&)> observe;
};

} // namespace godwit::rehearsal
