// SPDX-License-Identifier: GPL-3.0-or-later
#include "backfiller.h"

#include "schema/identifier.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <algorithm>
#include <limits>

#include <QElapsedTimer>
#include <QThread>

namespace godwit::rehearsal {

using schema::quoteIdentifier;

namespace {

    // The busy timeout every Godwit connection has (Database::openWritable).
    constexpr int kDefaultBusyTimeoutMs = 5000;

    QString keyExpression(const QString& keyColumn)
    {
        return keyColumn.isEmpty() || schema::sameIdentifier(keyColumn, u"rowid") ? QStringLiteral("rowid")
                                                                                  : quoteIdentifier(keyColumn);
    }

    // The statements a run repeats for every batch.
    struct BatchStatements {
        sqlite::Statement boundary; // the batch's upper key: the key `batch` rows further on
        sqlite::Statement last; // the largest key, where the walk ends
        sqlite::Statement update; // the batch itself
        sqlite::Statement save; // the checkpoint, written in the batch's transaction
    };

    Result<BatchStatements> prepareStatements(const sqlite::Database& db, const BackfillSpec& spec)
    {
        const QString table = quoteIdentifier(spec.table);
        const QString key = keyExpression(spec.keyColumn);
        const QString filter = spec.filter.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(spec.filter);
        // Keyset pagination, as pt-osc nibbles.
        auto boundary
            = db.prepare(QStringLiteral("SELECT %2 FROM %1 WHERE %2 > ? ORDER BY %2 LIMIT 1 OFFSET ?").arg(table, key));
        auto last = db.prepare(QStringLiteral("SELECT max(%2) FROM %1").arg(table, key));
        auto update = !spec.batchSql.isEmpty()
            ? db.prepare(spec.batchSql)
            : db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 > ? AND %3 <= ?%4")
                             .arg(table, spec.assignments, key, filter));
        auto save = db.prepare(
            QStringLiteral("INSERT INTO %1 (job, last_key, rows_done, batches, updated_at) VALUES (?, ?, ?, ?, "
                           "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (job) DO UPDATE SET "
                           "last_key = excluded.last_key, rows_done = excluded.rows_done, "
                           "batches = excluded.batches, updated_at = excluded.updated_at")
                .arg(Backfiller::checkpointTable()));
        for (auto* st : { &boundary, &last, &update, &save }) {
            if (!*st)
                return std::unexpected(st->error());
        }
        return BatchStatements { std::move(*boundary), std::move(*last), std::move(*update), std::move(*save) };
    }

    // Keeps the connection's busy timeout and auto-checkpoint as the run changed them, until the run ends.
    struct RestoreTimeout {
        const sqlite::Database& db;
        ~RestoreTimeout()
        {
            db.setBusyTimeout(kDefaultBusyTimeoutMs);
            (void)db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
        }
    };

} // namespace

Backfiller::Backfiller(const sqlite::Database& db, BackfillSpec spec, BackfillPacing pacing)
    : m_db(db)
    , m_spec(std::move(spec))
    , m_pacing(pacing)
{
}

Result<void> Backfiller::prepareTables() const
{
    if (auto r
        = m_db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (job TEXT PRIMARY KEY, last_key INTEGER NOT NULL, "
                                   "rows_done INTEGER NOT NULL, batches INTEGER NOT NULL, updated_at TEXT NOT NULL)")
                        .arg(checkpointTable()));
        !r)
        return r;
    if (m_spec.auditTable.isEmpty())
        return {};
    // A TEMP trigger fires only for this connection's statements: the application's writes are
    // not counted, every row a batch updates is.
    const QString audit = quoteIdentifier(m_spec.auditTable);
    return m_db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (key INTEGER PRIMARY KEY, times INTEGER NOT NULL);"
                                    "DROP TRIGGER IF EXISTS temp.godwit_backfill_audit;"
                                    "CREATE TEMP TRIGGER godwit_backfill_audit AFTER UPDATE ON main.%2 BEGIN "
                                    "INSERT INTO %1 (key, times) VALUES (NEW.%3, 1) "
                                    "ON CONFLICT (key) DO UPDATE SET times = times + 1; END;")
                         .arg(audit, quoteIdentifier(m_spec.table), keyExpression(m_spec.keyColumn)));
}

Result<std::optional<Backfiller::Checkpoint>> Backfiller::checkpoint(const sqlite::Database& db, const QString& job)
{
    auto exists = db.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"), { checkpointTable() });
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->toInt() == 0)
        return std::optional<Checkpoint>();
    auto st = db.prepare(
        QStringLiteral("SELECT last_key, rows_done, batches FROM %1 WHERE job = ?").arg(checkpointTable()));
    if (!st)
        return std::unexpected(st.error());
    if (auto r = st->bind(1, job); !r)
        return std::unexpected(r.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Checkpoint>();
    return std::optional(Checkpoint { st->int64(0), st->int64(1), st->int64(2) });
}

Result<Backfiller::Audit> Backfiller::audit(const sqlite::Database& db, const QString& auditTable)
{
    auto st = db.prepare(
        QStringLiteral("SELECT count(*), coalesce(sum(times > 1), 0) FROM %1").arg(quoteIdentifier(auditTable)));
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return Audit { st->int64(0), st->int64(1) };
}

void Backfiller::waitMs(double ms)
{
    // Short naps so a cancel is seen promptly.
    QElapsedTimer clock;
    clock.start();
    while (!m_cancelled.load() && clock.nsecsElapsed() / 1e6 < ms)
        QThread::msleep(static_cast<unsigned long>(std::clamp(ms - clock.nsecsElapsed() / 1e6, 1.0, 10.0)));
}

Result<void> Backfiller::start(BackfillProgress& progress, qint64* lastKey) const
{
    const QString table = quoteIdentifier(m_spec.table);
    const QString key = keyExpression(m_spec.keyColumn);
    auto saved = checkpoint(m_db, m_spec.job);
    if (!saved)
        return std::unexpected(saved.error());
    if (*saved) {
        *lastKey = (*saved)->lastKey;
        progress.rowsDone = (*saved)->rowsDone;
        progress.batches = (*saved)->batches;
        progress.resumed = true;
    } else {
        // One below the smallest key, so :last + :batch never overflows.
        auto first = m_db.scalar(QStringLiteral("SELECT coalesce(min(%2), 1) - 1 FROM %1").arg(table, key));
        if (!first)
            return std::unexpected(first.error());
        *lastKey = first->toLongLong();
    }
    const QString filter = m_spec.filter.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(m_spec.filter);
    auto remaining = !m_spec.remainingSql.isEmpty()
        ? m_db.scalar(m_spec.remainingSql)
        : m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 > ?%3").arg(table, key, filter), { *lastKey });
    if (!remaining)
        return std::unexpected(remaining.error());
    progress.rowsTotal = progress.rowsDone + remaining->toLongLong();
    progress.lastKey = *lastKey;
    return {};
}

void Backfiller::waitWhileThrottled(const Hooks& hooks, BackfillProgress& progress, const std::function<void()>& report)
{
    // Throttle: wait while the workload is over its latency budget (checked every 10 ms).
    while (hooks.throttle && !m_cancelled.load()) {
        progress.throttleReason = hooks.throttle();
        progress.waitingForLock = false;
        if (progress.throttleReason.isEmpty())
            break;
        report();
        QElapsedTimer nap;
        nap.start();
        waitMs(10);
        progress.throttledMs += nap.nsecsElapsed() / 1e6;
    }
}

Result<std::optional<sqlite::Transaction>> Backfiller::beginBatch(
    BackfillProgress& progress, const std::function<void()>& report)
{
    // BEGIN IMMEDIATE takes the write lock up front; a long transaction elsewhere shows up
    // here as SQLITE_BUSY after lockWaitMs, reported as a throttle reason.
    while (!m_cancelled.load()) {
        QElapsedTimer wait;
        wait.start();
        auto begun = sqlite::Transaction::begin(m_db, sqlite::Transaction::Kind::Immediate);
        if (begun)
            return std::optional<sqlite::Transaction>(std::move(*begun));
        if (begun.error().code != Error::Code::Locked)
            return std::unexpected(begun.error());
        progress.lockWaitMs += wait.nsecsElapsed() / 1e6;
        progress.lockWaits += 1;
        progress.throttleReason = QStringLiteral("waiting for lock");
        progress.waitingForLock = true;
        report();
    }
    return std::optional<sqlite::Transaction>();
}

Result<qint64> Backfiller::updateBatch(
    sqlite::Statement& update, sqlite::Statement& save, qint64 lastKey, qint64 upper, const BackfillProgress& progress)
{
    update.reset();
    if (!m_spec.batchSql.isEmpty()) {
        if (auto r = update.bind(QStringLiteral(":last"), lastKey); !r)
            return std::unexpected(r.error());
        if (auto r = update.bind(QStringLiteral(":batch"), upper - lastKey); !r)
            return std::unexpected(r.error());
    } else if (auto r = update.bindAll(lastKey, upper); !r) {
        return std::unexpected(r.error());
    }
    if (auto r = update.exec(); !r)
        return std::unexpected(r.error());
    const qint64 changed = m_db.changes();
    save.reset();
    if (auto r = save.bindAll(m_spec.job, upper, progress.rowsDone + changed, progress.batches + 1); !r)
        return std::unexpected(r.error());
    if (auto r = save.exec(); !r)
        return std::unexpected(r.error());
    return changed;
}

qint64 Backfiller::adaptedBatchSize(qint64 batchSize, double batchMs) const
{
    // Toward the target batch time: at most +50% or -50% per step, because a batch costs more than
    // proportionally once its pages leave the cache, and overshooting is what p99 sees.
    if (m_pacing.targetBatchMs <= 0 || batchMs <= 0.05)
        return batchSize;
    const double factor = std::clamp(m_pacing.targetBatchMs / batchMs, 0.5, 1.5);
    return std::clamp(static_cast<qint64>(double(batchSize) * factor), m_pacing.minBatchSize, m_pacing.maxBatchSize);
}

Result<BackfillProgress> Backfiller::run(const Hooks& hooks)
{
    if (auto r = prepareTables(); !r)
        return std::unexpected(r.error());
    BackfillProgress progress;
    qint64 lastKey = std::numeric_limits<qint64>::min();
    if (auto r = start(progress, &lastKey); !r)
        return std::unexpected(r.error());
    auto statements = prepareStatements(m_db, m_spec);
    if (!statements)
        return std::unexpected(statements.error());
    auto& [boundary, last, update, save] = *statements;
    if (auto r = last.step(); !r)
        return std::unexpected(r.error());
    const qint64 maxKey = last.isNull(0) ? std::numeric_limits<qint64>::min() : last.int64(0);
    last.reset();
    progress.maxKey = maxKey;

    // Wait for another connection's lock in short attempts, so the wait is visible and cancellable.
    m_db.setBusyTimeout(std::max(1, m_pacing.lockWaitMs));
    // In WAL mode the commit that crosses the auto-checkpoint threshold copies the log back into
    // the database before it returns. That copy holds no write lock, so it is done here, after
    // each batch's lock is measured and released, instead of inside a random batch: after every
    // 1,000 pages written, as the auto-checkpoint would.
    (void)m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    const RestoreTimeout restore { m_db };
    constexpr qint64 kCheckpointPages = 1000; // SQLite's own auto-checkpoint threshold
    qint64 checkpointedPages = m_db.pagesWritten();

    qint64 batchSize = std::clamp(m_pacing.batchSize, m_pacing.minBatchSize, m_pacing.maxBatchSize);
    progress.batchSize = batchSize;
    QElapsedTimer clock;
    clock.start();
    const std::function<void()> report = [&] {
        if (hooks.progressed && !hooks.progressed(progress))
            m_cancelled.store(true);
    };
    report(); // the total is known: views can show 0 of N before the first batch
    while (lastKey < maxKey) {
        if (m_cancelled.load())
            break;
        if (const qint64 requested = m_requestedBatch.exchange(0); requested > 0)
            batchSize = std::clamp(requested, m_pacing.minBatchSize, m_pacing.maxBatchSize);
        if (const int delay = m_requestedDelay.exchange(-1); delay >= 0)
            m_pacing.delayMs = delay;
        waitWhileThrottled(hooks, progress, report);
        if (m_cancelled.load())
            break;

        QElapsedTimer batchClock;
        batchClock.start();
        boundary.reset();
        if (auto r = boundary.bindAll(lastKey, batchSize - 1); !r)
            return std::unexpected(r.error());
        auto found = boundary.step();
        if (!found)
            return std::unexpected(found.error());
        const qint64 upper = *found ? std::min(boundary.int64(0), maxKey) : maxKey;
        boundary.reset();

        auto tx = beginBatch(progress, report);
        if (!tx)
            return std::unexpected(tx.error());
        if (!*tx)
            break;
        batchClock.restart(); // the batch's lock time starts when it holds the lock
        auto changed = updateBatch(update, save, lastKey, upper, progress);
        if (!changed)
            return std::unexpected(changed.error());
        if (hooks.beforeCommit && !hooks.beforeCommit(progress.batches + 1)) {
            (*tx)->abandon(); // no ROLLBACK: a killed process sends none
            return fail(Error::Code::Interrupted,
                QStringLiteral("backfill abandoned batch %1 (keys after %2) before its commit")
                    .arg(progress.batches + 1)
                    .arg(lastKey));
        }
        if (auto r = (*tx)->commit(); !r)
            return std::unexpected(r.error());

        const double batchMs = batchClock.nsecsElapsed() / 1e6;
        m_batchTimes.record(batchClock.nsecsElapsed() / 1000);
        lastKey = upper;
        progress.rowsDone += *changed;
        progress.rowsThisRun += *changed;
        // Rows counted as done before the start were counted once; a row the application made
        // need the work again after the count grows the total, so progress never passes 100%.
        progress.rowsTotal = std::max(progress.rowsTotal, progress.rowsDone);
        progress.batches += 1;
        progress.lastKey = lastKey;
        progress.lastBatchMs = batchMs;
        progress.batchSize = batchSize;
        progress.throttleReason.clear();
        progress.waitingForLock = false;
        const double seconds = clock.nsecsElapsed() / 1e9;
        progress.rowsPerSecond = seconds > 0 ? double(progress.rowsThisRun) / seconds : 0;
        report();
        if (m_db.pagesWritten() - checkpointedPages >= kCheckpointPages) {
            (void)m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            checkpointedPages = m_db.pagesWritten();
        }
        batchSize = adaptedBatchSize(batchSize, batchMs);
        if (m_pacing.delayMs > 0 && lastKey < maxKey)
            waitMs(m_pacing.delayMs);
    }
    // Rows the dual-write filled while the backfill walked towards them dropped out of its work:
    // the finished backfill reports what it did, as 100%.
    if (lastKey >= maxKey)
        progress.rowsTotal = progress.rowsDone;
    if (m_cancelled.load() && lastKey < maxKey)
        return fail(
            Error::Code::Cancelled, QStringLiteral("backfill cancelled at key %1; it resumes from there").arg(lastKey));
    return progress;
}

} // namespace godwit::rehearsal
