// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runstatus.h"

#include <QString>

namespace godwit::rehearsal {

// The one-line status operators know from gh-ost:
// "Copy: 412000/1000000 41.2%; Applied: 1834; Backfill rate: 52,000 rows/s; Lag/latency p99: 3 ms; State: migrating;
// ETA: 11s"
struct StatusLine {
    qint64 copied = 0;
    qint64 total = 0;
    qint64 applied = 0; // writes the dual-write triggers applied
    double rowsPerSecond = 0;
    double latencyP99Ms = 0;
    RunStatus state { RunState::Migrating };
    QString stateNotes; // after the state's name: what the copy waits for
    double elapsedSeconds = 0;

    // ETA only once 1% is done: earlier estimates mislead more than they help.
    [[nodiscard]] QString eta() const;
    // The state's name, with its notes after a colon.
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString toString() const;
};

} // namespace godwit::rehearsal
