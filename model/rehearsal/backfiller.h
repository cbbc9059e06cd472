// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backfillspec.h"
#include "core/result.h"
#include "latencyrecorder.h"

#include <atomic>
#include <functional>
#include <optional>

#include <QString>

namespace godwit::sqlite {
class Database;
class Statement;
class Transaction;
}

namespace godwit::rehearsal {

// Progress of a running backfill, reported after every batch and while it waits.
struct BackfillProgress {
    QString table; // the table being backfilled (set by the caller that knows the plan step)
    qint64 rowsDone = 0; // rows updated so far (including earlier runs resumed from the checkpoint)
    qint64 rowsTotal = 0; // rows the backfill will touch, counted at start; at the end, the rows it did
    qint64 rowsThisRun = 0; // rows updated by this run only
    qint64 batches = 0;
    qint64 lastKey = 0;
    qint64 maxKey = 0;
    qint64 batchSize = 0; // current (adaptive) batch size
    double lastBatchMs = 0;
    double rowsPerSecond = 0;
    double throttledMs = 0; // time spent waiting because the throttle hook said so
    double lockWaitMs = 0; // time spent waiting for another connection's write lock
    qint64 lockWaits = 0; // attempts that found the lock taken
    bool resumed = false; // started from a checkpoint
    QString throttleReason; // non-empty while throttled or waiting for a lock
    bool waitingForLock = false; // the throttle reason is the lock wait, not the throttle hook's

    [[nodiscard]] double fraction() const
    {
        return rowsTotal > 0 ? std::min(1.0, double(rowsDone) / double(rowsTotal)) : 1.0;
    }
};

// Runs a backfill in keyset batches, one transaction per batch, and writes its position to
// `godwit_backfill_checkpoint` inside the same transaction, so after a crash or a cancel it
// resumes exactly where the last committed batch ended: no row twice, none missed.
class Backfiller final {
public:
    struct Hooks {
        // Called after each batch and while waiting; return false to stop (a cancel, resumable
        // from the checkpoint).
        std::function<bool(const BackfillProgress&)> progressed;
        // Asked before each batch: a non-empty reason pauses the backfill until it returns empty.
        std::function<QString()> throttle;
        // Called before the commit of a batch; returning false leaves the batch's transaction open
        // and returns Interrupted, as a process killed at that moment would: the caller must then
        // close the connection (closing rolls it back) and resume on a new one (crash-mid-backfill).
        std::function<bool(qint64 batch)> beforeCommit;
    };

    Backfiller(const sqlite::Database& db, BackfillSpec spec, BackfillPacing pacing);

    // Fails with Cancelled after cancel() or a hook's stop, and Interrupted when beforeCommit
    // abandoned a batch (its transaction still open on the connection); both leave the committed
    // checkpoint at the last committed batch.
    [[nodiscard]] Result<BackfillProgress> run(const Hooks& hooks = {});
    // Live pacing changes (the dashboard's sliders); thread-safe.
    void setBatchSize(qint64 rows) { m_requestedBatch.store(rows); }
    void setDelayMs(int ms) { m_requestedDelay.store(ms); }
    void cancel() { m_cancelled.store(true); }

    [[nodiscard]] const LatencyRecorder& batchTimes() const { return m_batchTimes; }

    struct Checkpoint {
        qint64 lastKey = 0;
        qint64 rowsDone = 0;
        qint64 batches = 0;
        bool operator==(const Checkpoint&) const = default;
    };
    // The checkpoint of `job` in `db`, or nothing when the job has not committed a batch.
    [[nodiscard]] static Result<std::optional<Checkpoint>> checkpoint(const sqlite::Database& db, const QString& job);
    [[nodiscard]] static QString checkpointTable() { return QStringLiteral("godwit_backfill_checkpoint"); }
    // Rows the audit table counted, and how many of them were updated more than once.
    struct Audit {
        qint64 rows = 0;
        qint64 rowsTwice = 0;
        bool operator==(const Audit&) const = default;
    };
    [[nodiscard]] static Result<Audit> audit(const sqlite::Database& db, const QString& auditTable);

private:
    [[nodiscard]] Result<void> prepareTables() const;
    // Where the walk starts (the checkpoint, or below the smallest key) and how much is left.
    [[nodiscard]] Result<void> start(BackfillProgress& progress, qint64* lastKey) const;
    void waitWhileThrottled(const Hooks& hooks, BackfillProgress& progress, const std::function<void()>& report);
    // The batch's write transaction, once the lock is free; nothing when cancelled meanwhile.
    [[nodiscard]] Result<std::optional<sqlite::Transaction>> beginBatch(
        BackfillProgress& progress, const std::function<void()>& report);
    // Updates the keys after `lastKey` up to `upper` and saves the checkpoint; the rows changed.
    [[nodiscard]] Result<qint64> updateBatch(sqlite::Statement& update, sqlite::Statement& save, qint64 lastKey,
        qint64 upper, const BackfillProgress& progress);
    [[nodiscard]] qint64 adaptedBatchSize(qint64 batchSize, double batchMs) const;
    void waitMs(double ms);

    const sqlite::Database& m_db;
    BackfillSpec m_spec;
    BackfillPacing m_pacing;
    std::atomic<qint64> m_requestedBatch { 0 };
    std::atomic<int> m_requestedDelay { -1 };
    std::atomic_bool m_cancelled { false };
    LatencyRecorder m_batchTimes;
};

} // namespace godwit::rehearsal
