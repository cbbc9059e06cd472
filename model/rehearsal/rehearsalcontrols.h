// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fault.h"

#include <atomic>
#include <condition_variable>
#include <mutex>

#include <QList>

namespace godwit::rehearsal {

class Backfiller;

// What the user can change while a rehearsal runs (the dashboard's buttons and sliders), safe
// to call from any thread: pause, step, resume, cancel, the backfill's pacing, the faults of
// phases not started yet, and the override of the contract's verification.
class RehearsalControls final {
public:
    // `stepMode`: pause after every phase until resume() (step() runs one more phase).
    explicit RehearsalControls(QList<Fault> faults = {}, bool overrideVerification = false, bool stepMode = false);

    void pause();
    void resume(); // also leaves step mode
    void step(); // resume for one phase, then pause
    void cancel();
    [[nodiscard]] bool isPaused() const;
    [[nodiscard]] bool isCancelled() const { return m_cancel.load(); }
    [[nodiscard]] const std::atomic_bool* cancelFlag() const { return &m_cancel; }
    // Blocks the rehearsal's thread while paused (returns at once when cancelled).
    void waitWhilePaused();
    // Called when a phase ends: pauses after a step, and after every phase in step mode.
    void phaseEnded();

    void setBatchSize(qint64 rows);
    void setDelayMs(int ms);
    // The running backfiller gets every pacing change; nullptr when none runs.
    void attach(Backfiller* backfiller);

    void setFaultEnabled(Fault fault, bool enabled);
    [[nodiscard]] bool has(Fault fault) const;
    [[nodiscard]] QList<Fault> faults() const;
    void setOverrideVerification(bool override) { m_override.store(override); }
    [[nodiscard]] bool overrideVerification() const { return m_override.load(); }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_resumed;
    bool m_paused = false;
    bool m_stepping = false;
    bool m_stepMode = false;
    qint64 m_batchSize = 0;
    int m_delayMs = -1;
    Backfiller* m_backfiller = nullptr;
    QList<Fault> m_faults;
    std::atomic_bool m_cancel { false };
    std::atomic_bool m_override { false };
};

} // namespace godwit::rehearsal
