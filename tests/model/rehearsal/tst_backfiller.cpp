// SPDX-License-Identifier: GPL-3.0-or-later
// The keyset backfill on its own, on copies of a generated orders database with V2 applied:
// adaptive batch sizing, the throttle (a hook, and the workload's p99 in a rehearsal), live
// pacing changes, the checkpoint after every batch, and the resume from it.
#include "datasets.h"
#include "rehearsal/backfiller.h"
#include "rehearsal/rehearsaljob.h"
#include "rehearsal/rehearsalplan.h"
#include "resultmessage.h"
#include "sample/ordersgenerator.h"
#include "sqlite/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QTest>

using namespace godwit;
using namespace godwit::rehearsal;

namespace {

constexpr qint64 kOrders = 60000;

// The orders sample with V2 applied (shipping_eta NULL on orders older than 14 days), or without it.
QString generated(bool applyV2 = true)
{
    static QHash<bool, QString> built;
    if (built.contains(applyV2))
        return built.value(applyV2);
    const QString out
        = QDir(test::scratchDir()).filePath(applyV2 ? QStringLiteral("orders-v2.db") : QStringLiteral("orders-v1.db"));
    sample::OrdersGenerator::Options options;
    options.orders = applyV2 ? kOrders : 20000;
    options.applyV2 = applyV2;
    if (auto r = sample::OrdersGenerator::generate(out, options); !r) {
        qWarning() << r.error().toString();
        return {};
    }
    built.insert(applyV2, out);
    return out;
}

// A fresh copy per test: the backfill writes.
QString copyOf(const QString& name)
{
    const QString to = QDir(test::scratchDir()).filePath(name + QStringLiteral(".db"));
    QFile::remove(to);
    return QFile::copy(generated(), to) ? to : QString();
}

BackfillSpec shippingEta(const QString& job = QStringLiteral("orders.shipping_eta"))
{
    BackfillSpec spec;
    spec.job = job;
    spec.table = QStringLiteral("orders");
    spec.keyColumn = QStringLiteral("order_id");
    spec.assignments = QStringLiteral("shipping_eta = estimated_delivery");
    spec.filter = QStringLiteral("shipping_eta IS NULL AND estimated_delivery IS NOT NULL");
    return spec;
}

qint64 scalar(const sqlite::Database& db, const QString& sql)
{
    auto v = db.scalar(sql);
    return v ? v->toLongLong() : -1;
}

const QString kMissing = QStringLiteral("SELECT count(*) FROM orders WHERE shipping_eta IS NOT estimated_delivery");

} // namespace

class TestBackfiller : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!generated().isEmpty()); }

    // Batches far under the target grow (x1.5 per batch), batches far over it shrink (x0.5).
    void adaptiveConverges_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<int>("targetMs");
        QTest::addColumn<bool>("grow");
        QTest::addColumn<int>("batches");
        QTest::addRow("small batches, 200 ms target") << qint64(100) << 200 << true << 5;
        QTest::addRow("big batches, 1 ms target") << qint64(30000) << 1 << false << 4;
    }

    void adaptiveConverges()
    {
        QFETCH(qint64, start);
        QFETCH(int, targetMs);
        QFETCH(bool, grow);
        QFETCH(int, batches);
        auto db = sqlite::Database::openWritable(copyOf(QStringLiteral("adaptive")));
        QVERIFY(db);
        BackfillPacing pacing;
        pacing.batchSize = start;
        pacing.targetBatchMs = targetMs;
        Backfiller backfiller(*db, shippingEta(), pacing);
        QList<qint64> sizes;
        QList<double> times;
        Backfiller::Hooks hooks;
        hooks.progressed = [&](const BackfillProgress& p) {
            if (p.batches > sizes.size()) {
                sizes << p.batchSize;
                times << p.lastBatchMs;
            }
            return sizes.size() < batches;
        };
        auto result = backfiller.run(hooks);
        QVERIFY(!result && result.error().code == Error::Code::Cancelled);
        QCOMPARE(sizes.size(), batches);
        QCOMPARE(sizes.front(), start);
        for (qsizetype i = 1; i < sizes.size(); ++i) {
            // The first batches are far from the target: each step is the full factor.
            const double expected = double(sizes[i - 1]) * (grow ? 1.5 : 0.5);
            QVERIFY2(sizes[i] == static_cast<qint64>(expected),
                qPrintable(QStringLiteral("batch %1: %2 rows after %3 rows in %4 ms")
                               .arg(i + 1)
                               .arg(sizes[i])
                               .arg(sizes[i - 1])
                               .arg(times[i - 1])));
        }
        // Shrinking brings the batch time down toward the target. (Small batches cost mostly their
        // commit, so growing them barely shows in their time until they approach the target.)
        if (!grow)
            QVERIFY2(times.back() < times.front(),
                qPrintable(QStringLiteral("first %1 ms, last %2 ms").arg(times.front()).arg(times.back())));
    }

    // While the throttle hook gives a reason, no batch runs: progress shows the reason with the
    // rows unchanged, the time is counted, and the backfill finishes once the hook clears.
    void throttleHook()
    {
        auto db = sqlite::Database::openWritable(copyOf(QStringLiteral("throttle")));
        QVERIFY(db);
        BackfillPacing pacing;
        pacing.batchSize = 5000;
        Backfiller backfiller(*db, shippingEta(), pacing);
        const QString reason = QStringLiteral("throttled: workload p99 80.0 ms > budget 50 ms");
        int asked = 0;
        QList<BackfillProgress> reports;
        Backfiller::Hooks hooks;
        // Over budget before the second batch, for five checks.
        hooks.throttle = [&]() -> QString {
            ++asked;
            return asked >= 2 && asked <= 6 ? reason : QString();
        };
        hooks.progressed = [&](const BackfillProgress& p) {
            reports << p;
            return true;
        };
        auto result = backfiller.run(hooks);
        QVERIFY(result);
        qsizetype throttled = 0;
        for (const BackfillProgress& p : reports) {
            if (p.throttleReason == reason) {
                ++throttled;
                QCOMPARE(p.batches, 1);
                QCOMPARE(p.rowsDone, reports[1].rowsDone);
            }
        }
        QCOMPARE(throttled, 5);
        QVERIFY(result->throttledMs >= 40); // five naps of 10 ms, give or take the clock
        QVERIFY(result->throttleReason.isEmpty());
        QCOMPARE(scalar(*db, kMissing), 0);
    }

    // In a rehearsal the hook is the workload's p99 over the last second against the budget: a
    // budget no query can meet holds the backfill, and the state says why.
    void throttleOnWorkloadLatency()
    {
        const QString original = generated(false);
        QVERIFY(!original.isEmpty());
        auto plan = RehearsalPlan::forTarget(original, test::sampleDir());
        QVERIFY(plan);
        RehearsalOptions options;
        options.originalPath = original;
        options.copyPath = QDir(test::scratchDir()).filePath(QStringLiteral("budget.db"));
        options.rate = 300;
        options.observeMs = 150;
        options.latencyBudgetMs = 0.001;
        RehearsalJob job;
        QSignalSpy finished(&job, &RehearsalJob::finished);
        job.start(*plan, options);
        QTRY_VERIFY_WITH_TIMEOUT(
            job.snapshot().state.name().startsWith(QLatin1String("throttled: workload p99 ")), 30000);
        const RehearsalSnapshot s = job.snapshot();
        QVERIFY2(s.state.name().endsWith(QLatin1String(" > budget 0 ms")), qPrintable(s.state.name()));
        QCOMPARE(s.backfill.throttleReason, s.state.name());
        QCOMPARE(s.statusLine().state, s.state);
        QCOMPARE(s.backfill.rowsDone, 0);
        // Held, not just flagged: the time waited grows while no batch runs.
        QTRY_VERIFY_WITH_TIMEOUT(job.snapshot().backfill.throttledMs >= 100, 30000);
        QCOMPARE(job.snapshot().backfill.rowsDone, 0);
        job.cancel();
        QVERIFY(finished.wait(30000));
        const auto result = finished.front().front().value<RehearsalResult>();
        QVERIFY(result.cancelled);
        const BackfillSummary& b = result.phase(RehearsalPhase::Backfill)->backfills.front();
        QVERIFY(b.throttledMs >= 100);
        QCOMPARE(b.rowsDone, 0);
    }

    // Progress counts the work once, at the start. The application undoing rows after the count
    // (here: rows ahead of the backfill lose their new value again) makes more work; the total
    // grows with it, so "done / total" never passes 100%.
    void progressNeverPassesTotal()
    {
        auto db = sqlite::Database::openWritable(copyOf(QStringLiteral("undone")));
        QVERIFY(db);
        // Half the rows to do are already done, as if a dual-write had reached them.
        QVERIFY(db->exec(QStringLiteral("UPDATE orders SET shipping_eta = estimated_delivery WHERE order_id % 2 = 0")));
        auto other = sqlite::Database::openWritable(db->path());
        QVERIFY(other);
        BackfillPacing pacing;
        pacing.batchSize = 5000;
        Backfiller backfiller(*db, shippingEta(), pacing);
        Backfiller::Hooks hooks;
        QList<BackfillProgress> reports;
        hooks.progressed = [&](const BackfillProgress& p) {
            reports << p;
            if (p.batches == 1) // the application writes the rows ahead back to NULL
                (void)other->exec(
                    QStringLiteral("UPDATE orders SET shipping_eta = NULL WHERE order_id > %1").arg(p.lastKey));
            return true;
        };
        auto result = backfiller.run(hooks);
        QVERIFY2(result, godwit::test::why(result).constData());
        QVERIFY(reports.size() > 2);
        const qint64 counted = reports.front().rowsTotal;
        for (const BackfillProgress& p : reports) {
            QVERIFY2(p.rowsDone <= p.rowsTotal, qPrintable(QStringLiteral("%1 / %2").arg(p.rowsDone).arg(p.rowsTotal)));
            QVERIFY(p.fraction() <= 1.0);
        }
        QVERIFY(result->rowsDone > counted); // the undone rows were done again, and counted
        QCOMPARE(result->rowsTotal, result->rowsDone);
        QCOMPARE(scalar(*db, kMissing), 0);
    }

    // setBatchSize() and setDelayMs() while the backfill runs take effect from the next batch.
    void livePacing()
    {
        auto db = sqlite::Database::openWritable(copyOf(QStringLiteral("live")));
        QVERIFY(db);
        BackfillPacing pacing;
        pacing.batchSize = 1000;
        Backfiller backfiller(*db, shippingEta(), pacing);
        QList<qint64> sizes;
        QList<qint64> reportedAtMs;
        QElapsedTimer clock;
        clock.start();
        Backfiller::Hooks hooks;
        hooks.progressed = [&](const BackfillProgress& p) {
            if (p.batches == 0)
                return true;
            sizes << p.batchSize;
            reportedAtMs << clock.elapsed();
            if (p.batches == 2) {
                backfiller.setBatchSize(300);
                backfiller.setDelayMs(40);
            }
            return sizes.size() < 5;
        };
        auto result = backfiller.run(hooks);
        QVERIFY(!result && result.error().code == Error::Code::Cancelled);
        QCOMPARE(sizes, QList<qint64>({ 1000, 1000, 300, 300, 300 }));
        // The delay is waited after each batch from the third on, so it separates the reports from there.
        for (qsizetype i = 3; i < reportedAtMs.size(); ++i)
            QVERIFY2(reportedAtMs[i] - reportedAtMs[i - 1] >= 40,
                qPrintable(QStringLiteral("batch %1 came %2 ms after the one before")
                               .arg(i + 1)
                               .arg(reportedAtMs[i] - reportedAtMs[i - 1])));
    }

    // After every batch the checkpoint row in the copy says where the backfill is; a new
    // Backfiller on a new connection resumes from it, and no row is done twice or missed.
    void checkpointAndResume()
    {
        const QString path = copyOf(QStringLiteral("resume"));
        BackfillSpec spec = shippingEta();
        spec.auditTable = QStringLiteral("godwit_backfill_audit_test");
        BackfillPacing pacing;
        pacing.batchSize = 2000;
        qint64 total = 0;
        qint64 doneBeforeStop = 0;
        {
            auto db = sqlite::Database::openWritable(path);
            QVERIFY(db);
            total = scalar(*db,
                QStringLiteral("SELECT count(*) FROM orders WHERE shipping_eta IS NULL AND estimated_delivery IS NOT "
                               "NULL"));
            QVERIFY(total > 10000);
            auto reader = sqlite::Database::openWritable(path); // another connection sees only commits
            QVERIFY(reader);
            Backfiller backfiller(*db, spec, pacing);
            int checked = 0;
            Backfiller::Hooks hooks;
            hooks.progressed = [&](const BackfillProgress& p) {
                auto saved = Backfiller::checkpoint(*reader, spec.job);
                if (!saved)
                    return false;
                if (p.batches == 0) {
                    checked += *saved ? 0 : 1;
                } else if (*saved && **saved == Backfiller::Checkpoint { p.lastKey, p.rowsDone, p.batches }) {
                    ++checked;
                }
                doneBeforeStop = p.rowsDone;
                return p.batches < 3;
            };
            auto result = backfiller.run(hooks);
            QVERIFY(!result && result.error().code == Error::Code::Cancelled);
            QCOMPARE(checked, 4); // before the first batch: none; then one per batch
        }
        auto db = sqlite::Database::openWritable(path);
        QVERIFY(db);
        Backfiller resumed(*db, spec, pacing);
        auto result = resumed.run();
        QVERIFY(result);
        QVERIFY(result->resumed);
        QCOMPARE(result->rowsDone - result->rowsThisRun, doneBeforeStop);
        QCOMPARE(result->rowsDone, total);
        QCOMPARE(scalar(*db, kMissing), 0);
        auto audit = Backfiller::audit(*db, spec.auditTable);
        QVERIFY(audit);
        QCOMPARE(*audit, (Backfiller::Audit { total, 0 }));
        auto saved = Backfiller::checkpoint(*db, spec.job);
        QVERIFY(saved && *saved);
        QCOMPARE((*saved)->rowsDone, total);
        QCOMPARE((*saved)->lastKey, scalar(*db, QStringLiteral("SELECT max(order_id) FROM orders")));
    }
};

QTEST_GUILESS_MAIN(TestBackfiller)
#include "tst_backfiller.moc"
