// SPDX-License-Identifier: GPL-3.0-or-later
// Batched, checkpointed backfill of 1,000,000 rows against one UPDATE of all rows on an identical
// copy in the same run (DESIGN.md: >= 0.9x its throughput, p99 batch <= 50 ms), with the plan's own
// batch statement; and the per-write cost of the plan's dual-write triggers against the same
// writes without them (<= 1.5x).
#include "plan/migrationplan.h"
#include "rehearsal/backfiller.h"
#include "rehearsal/rehearsalplan.h"
#include "sqlite/backup.h"
#include "sqlite/database.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using godwit::sqlite::Database;
using namespace godwit::rehearsal;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString& message)
{
    say(QStringLiteral("bench_backfill: ") + message);
    std::exit(1);
}

[[noreturn]] void die(const godwit::Error& e) { die(e.toString()); }

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

QString sampleScript(const QString& dir, std::initializer_list<const char*> names)
{
    QString sql;
    for (const char* name : names) {
        QFile f(QDir(dir).filePath(QString::fromLatin1(name)));
        if (!f.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1").arg(f.fileName()));
        sql += QString::fromUtf8(f.readAll()) + QLatin1Char('\n');
    }
    return sql;
}

struct Run {
    double seconds = 0;
    double p99 = 0;
    double max = 0;
    qint64 batches = 0;
};

Run backfill(const QString& path, const godwit::plan::BackfillSpec& planned, const BackfillPacing& pacing, qint64 rows)
{
    Database db = open(path);
    BackfillSpec spec;
    spec.job = QStringLiteral("orders.shipping_eta");
    spec.table = planned.table;
    spec.keyColumn = planned.keyColumn;
    spec.batchSql = planned.batchSql;
    spec.remainingSql = planned.remainingSql;
    Backfiller backfiller(db, spec, pacing);
    QElapsedTimer clock;
    clock.start();
    const auto progress = check(backfiller.run());
    Run r { clock.nsecsElapsed() / 1e9, backfiller.batchTimes().percentileMs(99), backfiller.batchTimes().maxMs(),
        progress.batches };
    if (progress.rowsDone != rows)
        die(QStringLiteral("backfilled %1 of %2 rows").arg(progress.rowsDone).arg(rows));
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows (default 1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Fixed batch size (default 10000)."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption timeOption(QStringLiteral("batch-time"),
        QStringLiteral("Target batch time of the adaptive run in ms (default 20)."), QStringLiteral("MS"),
        QStringLiteral("20"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("The orders sample folder."),
        QStringLiteral("DIR"), QStringLiteral(GODWIT_SAMPLES_DIR));
    parser.addOptions({ rowsOption, batchOption, timeOption, samplesOption });
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const qint64 batch = parser.value(batchOption).toLongLong();
    const int batchTime = parser.value(timeOption).toInt();
    const QString samples = parser.value(samplesOption);

    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.db"));
    {
        // The orders table of V1 + V2 (shipping_eta added, still NULL), filled with a recursive CTE.
        Database db = open(seed);
        check(db.exec(sampleScript(samples, { "V1__orders.sql", "V2__add_shipping_eta.sql" })));
        check(db.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO orders (order_id, customer_id, status, total_amount, created_at, estimated_delivery) "
            "SELECT i, i % 9973, 'delivered', (i % 500) + 0.99, printf('2025-%02d-%02dT10:00:00Z', i % 12 + 1, i % "
            "28 "
            "+ 1), "
            "printf('2025-%02d-%02dT18:00:00Z', i % 12 + 1, i % 28 + 1) FROM n;")
                          .arg(rows)));
        check(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    // The plan the rehearsal runs: V1 + V2 to V4, the contract.
    const QString after = dir.filePath(QStringLiteral("after.sql"));
    {
        QFile f(after);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(sampleScript(
            samples, { "V1__orders.sql", "V2__add_shipping_eta.sql", "V4__contract_estimated_delivery.sql" })
                    .toUtf8());
    }
    const QString v1 = dir.filePath(QStringLiteral("v1.db"));
    {
        Database db = open(v1);
        check(db.exec(sampleScript(samples, { "V1__orders.sql" })));
    }
    const RehearsalPlan plan = check(RehearsalPlan::forTarget(v1, after));
    const godwit::plan::PlanStep* backfillStep = nullptr;
    const godwit::plan::PlanStep* dualWriteStep = nullptr;
    for (const auto& s : plan.plan.steps) {
        if (s.backfill && !backfillStep)
            backfillStep = &s;
        if (s.phase == godwit::plan::Phase::DualWrite && !dualWriteStep)
            dualWriteStep = &s;
    }
    if (!backfillStep || !dualWriteStep)
        die(QStringLiteral("the plan has no backfill or dual-write step"));

    const QString reference = dir.filePath(QStringLiteral("reference.db"));
    const QString fixed = dir.filePath(QStringLiteral("fixed.db"));
    const QString adaptive = dir.filePath(QStringLiteral("adaptive.db"));
    {
        Database source = open(seed);
        for (const QString& copy : { reference, fixed, adaptive })
            check(godwit::sqlite::backupDatabase(source, copy));
    }

    // Reference: the same work as one UPDATE of every row in one transaction (the plan's wholeSql, V3).
    double referenceSeconds = 0;
    {
        Database db = open(reference);
        QElapsedTimer clock;
        clock.start();
        check(db.exec(QStringLiteral("BEGIN; %1; COMMIT;").arg(backfillStep->backfill->wholeSql)));
        referenceSeconds = clock.nsecsElapsed() / 1e9;
    }
    BackfillPacing fixedPacing;
    fixedPacing.batchSize = batch;
    const Run f = backfill(fixed, *backfillStep->backfill, fixedPacing, rows);
    BackfillPacing adaptivePacing;
    adaptivePacing.batchSize = 1000;
    adaptivePacing.targetBatchMs = batchTime;
    const Run a = backfill(adaptive, *backfillStep->backfill, adaptivePacing, rows);

    const double referenceRate = rows / referenceSeconds;
    say(QStringLiteral("single UPDATE: %1 rows in %2 s (%3 rows/s)")
            .arg(rows)
            .arg(referenceSeconds, 0, 'f', 2)
            .arg(qRound64(referenceRate)));
    for (const auto& [name, r] : { std::pair { QStringLiteral("fixed %1 rows").arg(batch), f },
             std::pair { QStringLiteral("adaptive %1 ms").arg(batchTime), a } })
        say(QStringLiteral("batched backfill (%1): %2 batches in %3 s (%4 rows/s), p99 batch %5 ms, max %6 ms")
                .arg(name)
                .arg(r.batches)
                .arg(r.seconds, 0, 'f', 2)
                .arg(qRound64(rows / r.seconds))
                .arg(r.p99, 0, 'f', 1)
                .arg(r.max, 0, 'f', 1));
    say(QStringLiteral("ratio: fixed-batch backfill throughput / single UPDATE = %1 (higher is better; target >= 0.90)")
            .arg(referenceSeconds / f.seconds, 0, 'f', 3));
    say(QStringLiteral("ratio: fixed-batch p99 batch time = %1 ms (lower is better; target <= 50)")
            .arg(f.p99, 0, 'f', 1));
    say(QStringLiteral("ratio: adaptive backfill throughput / single UPDATE = %1 (higher is better; target >= 0.90)")
            .arg(referenceSeconds / a.seconds, 0, 'f', 3));
    say(QStringLiteral("ratio: adaptive p99 batch time = %1 ms (lower is better; target <= 50)").arg(a.p99, 0, 'f', 1));

    // Dual-write cost per write: the same 20,000 single-row writes of the old client (half new
    // orders, half delivery changes) with and without the plan's dual-write triggers.
    auto timeWrites = [&](const QString& path, bool withTriggers) {
        Database db = open(path);
        if (withTriggers)
            check(db.exec(dualWriteStep->sql));
        auto insert
            = check(db.prepare(QStringLiteral("INSERT INTO orders (customer_id, status, total_amount, created_at, "
                                              "estimated_delivery) VALUES (?, 'pending', 10, '2026-01-01T00:00:00Z', "
                                              "'2026-01-05T00:00:00Z')")));
        auto reschedule
            = check(db.prepare(QStringLiteral("UPDATE orders SET estimated_delivery = ? WHERE order_id = ?")));
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 10000; ++i) {
            insert.reset();
            check(insert.bind(1, i % 9973));
            check(insert.exec());
            reschedule.reset();
            check(reschedule.bindAll(QStringLiteral("2026-02-%1T00:00:00Z").arg(i % 28 + 1, 2, 10, QLatin1Char('0')),
                qint64(1 + (i * 7919) % rows)));
            check(reschedule.exec());
        }
        return clock.nsecsElapsed() / 1e9;
    };
    const double plain = timeWrites(reference, false);
    const double triggered = timeWrites(fixed, true);
    say(QStringLiteral("20,000 writes (10,000 INSERT + 10,000 UPDATE, one transaction each): %1 s plain, %2 s with the "
                       "dual-write triggers")
            .arg(plain, 0, 'f', 2)
            .arg(triggered, 0, 'f', 2));
    say(QStringLiteral("ratio: dual-write trigger cost per write = %1 (lower is better; target <= 1.50)")
            .arg(triggered / plain, 0, 'f', 3));
    return 0;
}
