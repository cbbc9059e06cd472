// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "driftmonitor.h"
#include "phasecontext.h"
#include "querydriftmonitor.h"
#include "rehearsalcontrols.h"
#include "rehearsalcopy.h"
#include "rehearsaloptions.h"
#include "rehearsalplan.h"
#include "rehearsalresult.h"
#include "rehearsalsnapshot.h"
#include "verifier.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include <QElapsedTimer>

namespace godwit::sqlite {
class Database;
}

namespace godwit::rehearsal {

class Backfiller;
class WorkloadSimulator;

// Runs a MigrationPlan phase by phase on a working copy while a simulated application keeps
// reading and writing it, and measures what each phase costs and what breaks when a step is
// skipped or early. run() blocks: call it on a worker thread (RehearsalJob does). The controls
// and snapshot() are thread-safe.
class RehearsalRunner final {
public:
    struct Callbacks {
        std::function<void(int index, const PhaseRecord& phase)> phaseStarted;
        std::function<void(int index, const PhaseRecord& phase)> phaseFinished;
        std::function<void(const Incident& incident)> incidentRaised;
    };

    RehearsalRunner(RehearsalPlan plan, RehearsalOptions options);
    ~RehearsalRunner();
    RehearsalRunner(const RehearsalRunner&) = delete;
    RehearsalRunner& operator=(const RehearsalRunner&) = delete;

    void setCallbacks(Callbacks callbacks) { m_callbacks = std::move(callbacks); }

    // Fails only when the rehearsal could not be run (no copy, a broken plan); what the
    // rehearsal found, a cancel included, is in the result's verdict.
    [[nodiscard]] Result<RehearsalResult> run();

    // Pause, step, cancel, pacing, faults, override: thread-safe.
    [[nodiscard]] RehearsalControls& controls() { return m_controls; }
    void setRate(double operationsPerSecond);
    [[nodiscard]] RehearsalSnapshot snapshot() const;

private:
    [[nodiscard]] Result<void> prepareCopy();
    [[nodiscard]] std::optional<PhaseState> nextPhase() const;
    void runPhase(PhaseRecord& record);
    void runDualWrite(PhaseRecord& record);
    void runSteps(plan::Phase phase, PhaseRecord& record);
    void runBackfills(PhaseRecord& record);
    [[nodiscard]] PhaseContext phaseContext();
    void observe(int ms, PhaseRecord& record);
    void finishPhase(int index, PhaseRecord& record);
    void raise(Incident incident);
    void sampleDrift(bool exact);
    [[nodiscard]] bool isCancelled() const { return m_controls.isCancelled(); }
    [[nodiscard]] double elapsedMs() const { return m_clock.isValid() ? m_clock.nsecsElapsed() / 1e6 : 0; }
    void setState(const RunStatus& state);
    [[nodiscard]] RehearsalResult finish();

    RehearsalPlan m_plan;
    RehearsalOptions m_options;
    Callbacks m_callbacks;
    QElapsedTimer m_clock;

    std::optional<RehearsalCopy> m_copy; // its connection runs the DDL and the verification
    std::unique_ptr<sqlite::Database> m_monitor; // drift samples, and the query-drift samples at phase boundaries
    QueryDriftMonitor m_queryDrift;
    std::unique_ptr<WorkloadSimulator> m_workload;
    bool m_contracted = false; // the old shape is gone (a contract succeeded)
    DriftMonitor m_drift;
    qint64 m_lastSampleNs = 0;

    RehearsalControls m_controls;
    mutable std::mutex m_mutex; // guards the members below, and m_workload while it changes
    RehearsalSnapshot m_snapshot;
    RunStatus m_throttle; // what the backfill's throttle hook last decided (Migrating: go on)
    QList<PhaseRecord> m_records;
    QList<Incident> m_incidents;
};

} // namespace godwit::rehearsal
