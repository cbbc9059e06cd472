// SPDX-License-Identifier: GPL-3.0-or-later
#include "backfiller.h"

#include "sqlite/database.h"
#include "sqlite/identifier.h"
#include "sqlite/transaction.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <limits>

namespace godwit::rehearsal {

using sqlite::quoteIdentifier;

Backfiller::Backfiller(const sqlite::Database& db, BackfillSpec spec, BackfillPacing pacing)
    : m_db(db)
    , m_spec(std::move(spec))
    , m_pacing(pacing)
{
}

Result<void> Backfiller::ensureCheckpointTable() const
{
    return m_db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (job TEXT PRIMARY KEY, last_key INTEGER NOT NULL, "
                                    "rows_done INTEGER NOT NULL, batches INTEGER NOT NULL, updated_at TEXT NOT NULL)")
                         .arg(checkpointTable()));
}

Result<std::optional<std::pair<qint64, qint64>>> Backfiller::checkpoint(const sqlite::Database& db, const QString& job)
{
    auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"),
        { checkpointTable() });
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->toInt() == 0)
        return std::optional<std::pair<qint64, qint64>>();
    auto st = db.prepare(QStringLiteral("SELECT last_key, rows_done FROM %1 WHERE job = ?").arg(checkpointTable()));
    if (!st)
        return std::unexpected(st.error());
    if (auto r = st->bind(1, job); !r)
        return std::unexpected(r.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<std::pair<qint64, qint64>>();
    return std::optional(std::make_pair(st->int64(0), st->int64(1)));
}

Result<BackfillProgress> Backfiller::run(const Hooks& hooks)
{
    if (auto r = ensureCheckpointTable(); !r)
        return std::unexpected(r.error());
    const QString table = quoteIdentifier(m_spec.table);
    const QString key = m_spec.keyColumn.compare(QLatin1String("rowid"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("rowid")
        : quoteIdentifier(m_spec.keyColumn);
    const QString filter = m_spec.filter.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(m_spec.filter);

    BackfillProgress progress;
    auto saved = checkpoint(m_db, m_spec.job);
    if (!saved)
        return std::unexpected(saved.error());
    qint64 lastKey = std::numeric_limits<qint64>::min();
    if (*saved) {
        lastKey = (*saved)->first;
        progress.rowsDone = (*saved)->second;
    }
    auto remaining = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 > ?%3").arg(table, key, filter), { lastKey });
    if (!remaining)
        return std::unexpected(remaining.error());
    progress.rowsTotal = progress.rowsDone + remaining->toLongLong();

    // The batch's upper key: the key `batch` rows further on (keyset pagination, as pt-osc nibbles).
    auto boundary = m_db.prepare(QStringLiteral("SELECT %2 FROM %1 WHERE %2 > ? ORDER BY %2 LIMIT 1 OFFSET ?").arg(table, key));
    auto last = m_db.prepare(QStringLiteral("SELECT max(%2) FROM %1").arg(table, key));
    auto update = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 > ? AND %3 <= ?%4").arg(table, m_spec.assignments, key, filter));
    auto save = m_db.prepare(QStringLiteral("INSERT INTO %1 (job, last_key, rows_done, batches, updated_at) VALUES (?, ?, ?, ?, "
                                            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (job) DO UPDATE SET "
                                            "last_key = excluded.last_key, rows_done = excluded.rows_done, "
                                            "batches = batches + 1, updated_at = excluded.updated_at")
                                 .arg(checkpointTable()));
    for (auto* st : { &boundary, &last, &update, &save }) {
        if (!*st)
            return std::unexpected(st->error());
    }
    if (auto r = last->step(); !r)
        return std::unexpected(r.error());
    const qint64 maxKey = last->int64(0);
    last->reset();

    qint64 batchSize = std::clamp(m_pacing.batchSize, m_pacing.minBatchSize, m_pacing.maxBatchSize);
    QElapsedTimer clock;
    clock.start();
    const qint64 rowsAtStart = progress.rowsDone;
    while (lastKey < maxKey) {
        if (m_cancelled.load())
            break;
        if (const qint64 requested = m_requestedBatch.exchange(0); requested > 0)
            batchSize = std::clamp(requested, m_pacing.minBatchSize, m_pacing.maxBatchSize);
        if (const int delay = m_requestedDelay.exchange(-1); delay >= 0)
            m_pacing.delayMs = delay;
        // Throttle: wait while the workload is over its latency budget (checked every 10 ms).
        while (hooks.throttle) {
            progress.throttleReason = hooks.throttle();
            if (progress.throttleReason.isEmpty() || m_cancelled.load())
                break;
            if (hooks.progressed && !hooks.progressed(progress))
                m_cancelled.store(true);
            QThread::msleep(10);
        }
        if (m_cancelled.load())
            break;

        QElapsedTimer batchClock;
        batchClock.start();
        boundary->reset();
        if (auto r = boundary->bindAll(lastKey, batchSize - 1); !r)
            return std::unexpected(r.error());
        auto found = boundary->step();
        if (!found)
            return std::unexpected(found.error());
        const qint64 upper = *found ? boundary->int64(0) : maxKey;
        boundary->reset();

        auto tx = sqlite::Transaction::begin(m_db, sqlite::Transaction::Kind::Immediate);
        if (!tx)
            return std::unexpected(tx.error());
        update->reset();
        if (auto r = update->bindAll(lastKey, upper); !r)
            return std::unexpected(r.error());
        if (auto r = update->exec(); !r)
            return std::unexpected(r.error());
        const qint64 changed = m_db.changes();
        save->reset();
        if (auto r = save->bindAll(m_spec.job, upper, progress.rowsDone + changed, progress.batches + 1); !r)
            return std::unexpected(r.error());
        if (auto r = save->exec(); !r)
            return std::unexpected(r.error());
        if (hooks.beforeCommit)
            hooks.beforeCommit(progress.batches + 1);
        if (auto r = tx->commit(); !r)
            return std::unexpected(r.error());

        const double batchMs = batchClock.nsecsElapsed() / 1e6;
        m_batchTimes.record(batchClock.nsecsElapsed() / 1000);
        lastKey = upper;
        progress.rowsDone += changed;
        progress.batches += 1;
        progress.lastKey = lastKey;
        progress.lastBatchMs = batchMs;
        progress.batchSize = batchSize;
        progress.throttleReason.clear();
        const double seconds = clock.nsecsElapsed() / 1e9;
        progress.rowsPerSecond = seconds > 0 ? double(progress.rowsDone - rowsAtStart) / seconds : 0;
        if (hooks.progressed && !hooks.progressed(progress))
            m_cancelled.store(true);

        // Adaptive sizing toward the target batch time, at most doubling or halving per step.
        if (m_pacing.targetBatchMs > 0 && batchMs > 0.05) {
            const double factor = std::clamp(m_pacing.targetBatchMs / batchMs, 0.5, 2.0);
            batchSize = std::clamp(static_cast<qint64>(double(batchSize) * factor), m_pacing.minBatchSize, m_pacing.maxBatchSize);
        }
        if (m_pacing.delayMs > 0)
            QThread::msleep(static_cast<unsigned long>(m_pacing.delayMs));
    }
    if (m_cancelled.load() && lastKey < maxKey)
        return fail(Error::Code::Cancelled, QStringLiteral("backfill cancelled at key %1; it resumes from there").arg(lastKey));
    return progress;
}

} // namespace godwit::rehearsal
