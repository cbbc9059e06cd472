// SPDX-License-Identifier: GPL-3.0-or-later
// Batched, checkpointed backfill of 1,000,000 rows against one UPDATE of all rows on an
// identical copy in the same run (DESIGN.md: ≥ 0.9× its throughput, p99 batch ≤ 50 ms), and the
// per-write cost of a dual-write trigger against the same INSERTs without it (≤ 1.5×).
#include "rehearsal/backfiller.h"
#include "sqlite/backup.h"
#include "sqlite/database.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using godwit::sqlite::Database;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const godwit::Error& e)
{
    say(QStringLiteral("bench_backfill: ") + e.toString());
    std::exit(1);
}

template <typename T> T check(godwit::Result<T> r)
{
    if (!r)
        die(r.error());
    if constexpr (!std::is_void_v<T>)
        return std::move(*r);
}

Database open(const QString& path)
{
    Database db = check(Database::openWritable(path, true));
    check(db.exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")));
    return db;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows (default 1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Batch size (default 20000)."),
        QStringLiteral("N"), QStringLiteral("20000"));
    parser.addOptions({ rowsOption, batchOption });
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const qint64 batch = parser.value(batchOption).toLongLong();

    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.db"));
    {
        Database db = open(seed);
        check(db.exec(QStringLiteral(
            "CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, status TEXT NOT NULL, "
            "created_at TEXT NOT NULL, estimated_delivery TEXT, shipping_eta TEXT);"
            "CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC);"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO orders (order_id, customer_id, status, created_at, estimated_delivery) "
            "SELECT i, i % 9973, 'delivered', printf('2025-%02d-%02dT10:00:00Z', i % 12 + 1, i % 28 + 1), "
            "printf('2025-%02d-%02dT18:00:00Z', i % 12 + 1, i % 28 + 1) FROM n;")
                          .arg(rows)));
        check(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QString a = dir.filePath(QStringLiteral("a.db"));
    const QString b = dir.filePath(QStringLiteral("b.db"));
    {
        Database source = open(seed);
        check(godwit::sqlite::backupDatabase(source, a));
        check(godwit::sqlite::backupDatabase(source, b));
    }

    // Reference: one UPDATE of every row in one transaction.
    double referenceSeconds = 0;
    {
        Database db = open(a);
        QElapsedTimer clock;
        clock.start();
        check(db.exec(QStringLiteral(
            "BEGIN; UPDATE orders SET shipping_eta = estimated_delivery WHERE shipping_eta IS NULL; COMMIT;")));
        referenceSeconds = clock.nsecsElapsed() / 1e9;
    }
    // Godwit: keyset batches, one transaction and one checkpoint write per batch.
    double oursSeconds = 0;
    double p99 = 0;
    double maxBatch = 0;
    qint64 batches = 0;
    {
        Database db = open(b);
        godwit::rehearsal::BackfillSpec spec;
        spec.job = QStringLiteral("orders.shipping_eta");
        spec.table = QStringLiteral("orders");
        spec.keyColumn = QStringLiteral("order_id");
        spec.assignments = QStringLiteral("shipping_eta = estimated_delivery");
        spec.filter = QStringLiteral("shipping_eta IS NULL");
        godwit::rehearsal::BackfillPacing pacing;
        pacing.batchSize = batch;
        godwit::rehearsal::Backfiller backfiller(db, spec, pacing);
        QElapsedTimer clock;
        clock.start();
        const auto progress = check(backfiller.run());
        oursSeconds = clock.nsecsElapsed() / 1e9;
        p99 = backfiller.batchTimes().percentileMs(99);
        maxBatch = backfiller.batchTimes().maxMs();
        batches = progress.batches;
        if (progress.rowsDone != rows) {
            godwit::Error e;
            e.message = QStringLiteral("backfilled %1 of %2 rows").arg(progress.rowsDone).arg(rows);
            die(e);
        }
    }
    const double referenceRate = rows / referenceSeconds;
    const double oursRate = rows / oursSeconds;
    say(QStringLiteral("single UPDATE: %1 rows in %2 s (%3 rows/s)")
            .arg(rows)
            .arg(referenceSeconds, 0, 'f', 2)
            .arg(qRound64(referenceRate)));
    say(QStringLiteral("batched backfill: %1 batches of %2 in %3 s (%4 rows/s), p99 batch %5 ms, max %6 ms")
            .arg(batches)
            .arg(batch)
            .arg(oursSeconds, 0, 'f', 2)
            .arg(qRound64(oursRate))
            .arg(p99, 0, 'f', 1)
            .arg(maxBatch, 0, 'f', 1));
    say(QStringLiteral("ratio: backfill throughput / single UPDATE = %1 (higher is better; target >= 0.90)")
            .arg(oursRate / referenceRate, 0, 'f', 3));
    say(QStringLiteral("ratio: p99 batch time = %1 ms (target <= 50)").arg(p99, 0, 'f', 1));

    // Dual-write trigger overhead per write: the same 50,000 single-row INSERT transactions with and without it.
    auto timeWrites = [&](const QString& path, bool withTrigger) {
        Database db = open(path);
        if (withTrigger)
            check(db.exec(QStringLiteral(
                "CREATE TRIGGER dual_write_ins AFTER INSERT ON orders WHEN NEW.shipping_eta IS NULL "
                "BEGIN UPDATE orders SET shipping_eta = NEW.estimated_delivery WHERE order_id = NEW.order_id; END;")));
        auto insert = check(
            db.prepare(QStringLiteral("INSERT INTO orders (customer_id, status, created_at, estimated_delivery) VALUES "
                                      "(?, 'pending', '2026-01-01T00:00:00Z', '2026-01-05T00:00:00Z')")));
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 50000; ++i) {
            insert.reset();
            check(insert.bind(1, i % 9973));
            check(insert.exec());
        }
        return clock.nsecsElapsed() / 1e9;
    };
    const double plain = timeWrites(a, false);
    const double triggered = timeWrites(b, true);
    say(QStringLiteral("50,000 INSERTs: %1 s plain, %2 s with the dual-write trigger")
            .arg(plain, 0, 'f', 2)
            .arg(triggered, 0, 'f', 2));
    say(QStringLiteral("ratio: dual-write trigger cost per write = %1 (lower is better; target <= 1.50)")
            .arg(triggered / plain, 0, 'f', 3));
    return 0;
}
