// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rehearsalphase.h"

#include <utility>

#include <QString>

namespace godwit::rehearsal {

// What a running rehearsal is doing at the moment, in the order a run passes through them.
enum class RunState {
    Starting, // nothing yet
    Hashing, // fingerprinting the original before the copy
    Copying,
    InPhase, // a phase has started
    RunningStep, // a plan step of the phase
    Migrating, // the backfill is copying rows
    Throttled, // the backfill waits: the workload is over its latency budget
    WaitingForLock, // the backfill waits for another connection's write lock
    Paused,
    ReadSwitch, // moving clients to the new version
    Contracting,
    Verifying,
    Cancelled,
    Failed, // the rehearsal could not run
    DoneOk,
    DoneFailed, // ran to the end and found problems
};

// A RunState with what its name needs: the phase, the step or the throttle reason, the rollout.
struct RunStatus {
    RunStatus() = default;
    // Implicit from a RunState: most states need nothing more.
    RunStatus(RunState state, RehearsalPhase phase = RehearsalPhase::Baseline, QString detail = {}, int percent = 0)
        : state(state)
        , phase(phase)
        , detail(std::move(detail))
        , percent(percent)
    {
    }

    RunState state = RunState::Starting;
    RehearsalPhase phase = RehearsalPhase::Baseline; // InPhase, RunningStep
    QString detail; // RunningStep: the step's title; Throttled: why
    int percent = 0; // ReadSwitch: the clients on the new version

    [[nodiscard]] static RunStatus inPhase(RehearsalPhase phase) { return { RunState::InPhase, phase, {}, 0 }; }
    [[nodiscard]] static RunStatus runningStep(RehearsalPhase phase, const QString& title)
    {
        return { RunState::RunningStep, phase, title, 0 };
    }
    [[nodiscard]] static RunStatus throttled(const QString& reason)
    {
        return { RunState::Throttled, RehearsalPhase::Backfill, reason, 0 };
    }
    [[nodiscard]] static RunStatus readSwitch(int percent)
    {
        return { RunState::ReadSwitch, RehearsalPhase::ReadSwitch, {}, percent };
    }

    // The name the status line and the dashboard show, as the rehearsal has always written it:
    // "" (starting), "hashing", "copying", "expand", "expand: <step>", "migrating",
    // "throttled: <reason>", "waiting for lock", "paused", "read switch: 40% new clients",
    // "contracting", "verifying", "cancelled", "failed", "done: ok", "done: failed".
    [[nodiscard]] QString name() const;

    bool operator==(const RunStatus&) const = default;
};

} // namespace godwit::rehearsal
