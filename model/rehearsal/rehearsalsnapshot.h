// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backfiller.h"
#include "fault.h"
#include "rehearsalresult.h"
#include "sqlite/backup.h"
#include "statusline.h"
#include "workloadsimulator.h"

#include <optional>

#include <QList>
#include <QString>

namespace godwit::rehearsal {

struct PhaseState {
    RehearsalPhase phase = RehearsalPhase::Baseline;
    QString title;
    bool early = false;
    PhaseStatus status = PhaseStatus::Pending;
    [[nodiscard]] QString name() const { return rehearsalPhaseName(phase); }
    bool operator==(const PhaseState&) const = default;
};

// The phases a rehearsal runs with these faults, in order: a baseline of the workload, then the
// five expand-contract phases, with the read switch or the contract moved early by their faults.
[[nodiscard]] QList<PhaseState> phaseOrder(const QList<Fault>& faults);

// Everything a live view shows, copied out of the running rehearsal in one go: the dashboard
// samples it four times a second, the command line once a second.
struct RehearsalSnapshot {
    QList<PhaseState> phases;
    int current = -1; // index into phases
    RunStatus state;
    bool running = false;
    bool paused = false;
    bool finished = false;
    double elapsedMs = 0;
    sqlite::BackupStatus copy; // while the state is Copying
    BackfillProgress backfill;
    WorkloadSimulator::Recent workload;
    double rollout = 0;
    std::optional<qint64> drift; // the latest sample (or exact count at a phase's end)
    WriteAmplification amplification; // the current phase so far
    qint64 applied = 0; // rows the dual-write triggers wrote for application writes
    QList<Incident> incidents;
    QString copyPath;

    // What the copy is waiting for, for the status line after "copying": "restarted 3 times because
    // another process is writing the original; now copying one snapshot of it" (empty: nothing).
    [[nodiscard]] QString copyNotes() const;
    [[nodiscard]] StatusLine statusLine() const;
};

} // namespace godwit::rehearsal
