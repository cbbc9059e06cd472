// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backfillspec.h"
#include "core/result.h"
#include "latencyrecorder.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>

namespace godwit::sqlite {
class Database;
}

namespace godwit::rehearsal {

// Progress of a running backfill, reported after every batch.
struct BackfillProgress {
    qint64 rowsDone = 0; // rows updated so far (including earlier runs resumed from the checkpoint)
    qint64 rowsTotal = 0; // rows the backfill will touch, counted at start
    qint64 batches = 0;
    qint64 lastKey = 0;
    qint64 batchSize = 0; // current (adaptive) batch size
    double lastBatchMs = 0;
    double rowsPerSecond = 0;
    QString throttleReason; // non-empty while throttled

    [[nodiscard]] double fraction() const { return rowsTotal > 0 ? double(rowsDone) / double(rowsTotal) : 1.0; }
};

// Runs a backfill in keyset batches, one transaction per batch, and writes its position to
// `godwit_backfill_checkpoint` inside the same transaction, so after a crash or a cancel it
// resumes exactly where the last committed batch ended: no row twice, none missed.
class Backfiller final {
public:
    struct Hooks {
        // Called after each batch; return false to stop (a cancel, resumable from the checkpoint).
        std::function<bool(const BackfillProgress&)> progressed;
        // Asked before each batch: a non-empty reason pauses the backfill until it returns empty.
        std::function<QString()> throttle;
        // Called before the commit of a batch (tests use it to simulate a crash mid-backfill).
        std::function<void(qint64 batch)> beforeCommit;
    };

    Backfiller(const sqlite::Database& db, BackfillSpec spec, BackfillPacing pacing);

    [[nodiscard]] Result<BackfillProgress> run(const Hooks& hooks = {});
    // Live pacing changes (the dashboard's sliders); thread-safe.
    void setBatchSize(qint64 rows) { m_requestedBatch.store(rows); }
    void setDelayMs(int ms) { m_requestedDelay.store(ms); }
    void cancel() { m_cancelled.store(true); }

    [[nodiscard]] const LatencyRecorder& batchTimes() const { return m_batchTimes; }

    // The checkpoint of `job` in `db`: last committed key and rows done, or nothing.
    [[nodiscard]] static Result<std::optional<std::pair<qint64, qint64>>> checkpoint(const sqlite::Database& db,
        const QString& job);
    [[nodiscard]] static QString checkpointTable() { return QStringLiteral("godwit_backfill_checkpoint"); }

private:
    [[nodiscard]] Result<void> ensureCheckpointTable() const;

    const sqlite::Database& m_db;
    BackfillSpec m_spec;
    BackfillPacing m_pacing;
    std::atomic<qint64> m_requestedBatch { 0 };
    std::atomic<int> m_requestedDelay { -1 };
    std::atomic_bool m_cancelled { false };
    LatencyRecorder m_batchTimes;
};

} // namespace godwit::rehearsal
