// SPDX-License-Identifier: GPL-3.0-or-later
// The rehearsal engine on the orders sample: the seed's shipping_eta migration run for real on a
// working copy while the simulated application reads and writes, with and without faults.
#include "datasets.h"
#include "filehash.h"
#include "rehearsal/backfiller.h"
#include "rehearsal/backfillphase.h"
#include "rehearsal/rehearsaljob.h"
#include "rehearsal/rehearsaljson.h"
#include "rehearsal/rehearsalrunner.h"
#include "rehearsal/workloadprofile.h"
#include "rehearsalfixture.h"
#include "resultmessage.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace godwit;
using namespace godwit::rehearsal;

namespace {

constexpr qint64 kOrders = 20000;

RehearsalOptions optionsFor(const QString& original, const QString& name)
{
    RehearsalOptions o;
    o.originalPath = original;
    o.copyPath = QDir(test::scratchDir()).filePath(name + QStringLiteral(".db"));
    o.rate = 300;
    o.observeMs = 150;
    o.longTransactionMs = 400;
    return o;
}

// The orders sample's V1 with two renames: orders.estimated_delivery -> shipping_eta and
// payments.provider_ref -> provider_reference.
QString twoTableAfter()
{
    QFile v1(QDir(test::sampleDir()).filePath(QStringLiteral("V1__orders.sql")));
    if (!v1.open(QIODevice::ReadOnly))
        return {};
    QString sql = QString::fromUtf8(v1.readAll());
    sql.replace(QStringLiteral("estimated_delivery TEXT"), QStringLiteral("shipping_eta TEXT"));
    sql.replace(QStringLiteral("provider_ref TEXT"), QStringLiteral("provider_reference TEXT"));
    sql.replace(QStringLiteral("payments (provider_ref)"), QStringLiteral("payments (provider_reference)"));
    const QString path = QDir(test::scratchDir()).filePath(QStringLiteral("two-tables.sql"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    out.write(sql.toUtf8());
    return path;
}

// Walks orders in both databases by order_id and returns how many rows of the original have
// `copyColumn` in the copy equal to `originalColumn` in the original (-1 at the first difference).
qint64 sameValues(
    const QString& original, const QString& originalColumn, const QString& copy, const QString& copyColumn)
{
    auto from = sqlite::Database::openOriginal(original);
    auto to = sqlite::Database::openWritable(copy);
    if (!from || !to)
        return -1;
    auto a = from->prepare(QStringLiteral("SELECT order_id, %1 FROM orders ORDER BY order_id").arg(originalColumn));
    auto b = to->prepare(QStringLiteral("SELECT order_id, %1 FROM orders ORDER BY order_id").arg(copyColumn));
    if (!a || !b)
        return -1;
    qint64 same = 0;
    while (true) {
        auto rowA = a->step();
        if (!rowA)
            return -1;
        if (!*rowA)
            return same;
        auto rowB = b->step();
        if (!rowB || !*rowB || b->int64(0) != a->int64(0) || b->value(1) != a->value(1)) {
            qWarning() << "order" << a->int64(0) << "differs:" << a->value(1)
                       << (rowB && *rowB ? b->value(1) : QVariant());
            return -1;
        }
        ++same;
    }
}

} // namespace

class TestRehearsalRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::generatedOrdersDatabase(kOrders).isEmpty());
        auto plan = RehearsalPlan::forTarget(test::generatedOrdersDatabase(kOrders), test::sampleDir());
        QVERIFY2(plan, godwit::test::why(plan).constData());
        m_plan = *plan;
    }

    void planMapsTheRenamedColumn()
    {
        QCOMPARE(m_plan.mappings.size(), 1);
        const ColumnMapping& m = m_plan.mappings.front();
        QCOMPARE(m.table, QStringLiteral("orders"));
        QCOMPARE(m.oldColumn, QStringLiteral("estimated_delivery"));
        QCOMPARE(m.newColumn, QStringLiteral("shipping_eta"));
        QCOMPARE(m.keyColumn, QStringLiteral("order_id"));
    }

    void fullRehearsal()
    {
        const QString original = test::generatedOrdersDatabase(kOrders);
        const auto before = test::databaseFingerprint(original);
        RehearsalRunner runner(m_plan, optionsFor(original, QStringLiteral("full")));
        auto result = runner.run();
        QVERIFY2(result, godwit::test::why(result).constData());
        QVERIFY2(result->ok, qPrintable(result->reasons.join(QLatin1Char('\n'))));
        QCOMPARE(result->driftRows, 0);
        QVERIFY(result->originalUnchanged());
        QCOMPARE(test::databaseFingerprint(original), before);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("incident");
        QTest::addColumn<bool>("ok");
        QTest::addRow("crash mid-backfill")
            << QStringLiteral("crash-mid-backfill") << QStringLiteral("crash-mid-backfill") << true;
        QTest::addRow("skip dual-write") << QStringLiteral("skip-dual-write") << QStringLiteral("drift") << false;
        QTest::addRow("early read switch")
            << QStringLiteral("early-read-switch") << QStringLiteral("null-reads") << false;
        QTest::addRow("early contract") << QStringLiteral("early-contract") << QStringLiteral("early-contract")
                                        << false;
        QTest::addRow("long transaction")
            << QStringLiteral("long-transaction") << QStringLiteral("long-transaction") << true;
    }

    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(QString, incident);
        QFETCH(bool, ok);
        RehearsalOptions options = optionsFor(test::generatedOrdersDatabase(kOrders), fault);
        options.faults << *faultFromName(fault);
        RehearsalRunner runner(m_plan, options);
        auto result = runner.run();
        QVERIFY2(result, godwit::test::why(result).constData());
        QVERIFY2(result->ok == ok, qPrintable(result->reasons.join(QLatin1Char('\n'))));
        QVERIFY(!result->incidentsOf(incident).isEmpty());
        QVERIFY(result->originalUnchanged());
        const QList<Incident> injected = result->incidentsOf(fault);
        QCOMPARE(injected.size(), 1);
        const PhaseRecord* backfill = result->phase(RehearsalPhase::Backfill);
        QVERIFY(backfill && !backfill->backfills.isEmpty());
        const BackfillSummary& b = backfill->backfills.front();
        switch (*faultFromName(fault)) {
        case Fault::CrashMidBackfill: {
            // Rows committed before the crash; the audit proves the resumed run did none of them again.
            const Incident& crash = injected.front();
            QVERIFY(crash.count > 0 && crash.count < b.rowsTotal);
            QVERIFY2(crash.message.startsWith(QLatin1String("Simulated crash: backfill connection killed mid-batch")),
                qPrintable(crash.message));
            QVERIFY2(crash.message.endsWith(QLatin1String("0 rows lost or repeated.")), qPrintable(crash.message));
            QCOMPARE(b.auditRows, b.rowsDone);
            QCOMPARE(b.auditRowsTwice, 0);
            QCOMPARE(b.rowsDone, b.rowsTotal);
            QCOMPARE(result->driftRows, 0);
            // The copy itself: the checkpoint's count is the audit's, no key was updated twice, the keys at
            // or below the crash's checkpoint are exactly the rows committed before it (the abandoned batch
            // left nothing), and no row is left without its new value.
            static const QRegularExpression at(QStringLiteral("checkpoint at key (\\d+)"));
            const auto key = at.match(crash.message);
            QVERIFY(key.hasMatch());
            const QString audit = BackfillPhase::auditTableFor(b.step);
            QCOMPARE(
                test::scalar(result->copyPath,
                    QStringLiteral("SELECT rows_done FROM godwit_backfill_checkpoint WHERE job = '%1'").arg(b.step)),
                b.rowsDone);
            QCOMPARE(test::scalar(result->copyPath, QStringLiteral("SELECT count(*) FROM %1").arg(audit)), b.rowsDone);
            QCOMPARE(
                test::scalar(result->copyPath, QStringLiteral("SELECT count(*) FROM %1 WHERE times <> 1").arg(audit)),
                0);
            QCOMPARE(test::scalar(result->copyPath,
                         QStringLiteral("SELECT count(*) FROM %1 WHERE key <= %2").arg(audit, key.captured(1))),
                crash.count);
            QCOMPARE(test::scalar(
                         result->copyPath, QStringLiteral("SELECT count(*) FROM orders WHERE shipping_eta IS NULL")),
                0);
            break;
        }
        case Fault::SkipDualWrite:
            QCOMPARE(injected.front().count, 1); // the dual-write step not run
            QVERIFY(result->incidentsOf(u"drift").front().count > 0);
            QVERIFY(result->driftRows > 0);
            QCOMPARE(result->phase(RehearsalPhase::Contract)->status, PhaseStatus::Refused);
            break;
        case Fault::EarlyReadSwitch: {
            // Every NULL read is counted in an incident, and all of them happened before the backfill ended.
            qint64 incidents = 0;
            qint64 reads = 0;
            for (const Incident& i : result->incidentsOf(u"null-reads"))
                incidents += i.count;
            for (const PhaseRecord& p : result->phases)
                reads += p.workload.newVersion.nullReads;
            QCOMPARE(incidents, reads);
            QVERIFY(reads > 0);
            QCOMPARE(result->phase(RehearsalPhase::Contract)->workload.newVersion.nullReads, 0);
            // Most rows still had the new column NULL when reads moved (the backfill had not run; only
            // the rows the application wrote through the dual-write triggers had it).
            QVERIFY(injected.front().count > kOrders / 2);
            break;
        }
        case Fault::EarlyContract: {
            // The orders sample's early contract drops the dual-write triggers, then stops at dropping the
            // compatibility view the read switch has not created yet; that step rolls back before the
            // rebuild, so the old column keeps every value: 0 rows lost. The triggers stay dropped, so
            // writes drift and the real contract is refused.
            const PhaseRecord& early = *std::ranges::find_if(result->phases, &PhaseRecord::early);
            QCOMPARE(early.phase, RehearsalPhase::Contract);
            QCOMPARE(early.status, PhaseStatus::Failed);
            QCOMPARE(early.steps, QStringList { QStringLiteral("contract:orders.dual-write") });
            QCOMPARE(injected.front().count, 0);
            QCOMPARE(injected.front().unit, QStringLiteral("rows"));
            QVERIFY2(injected.front().message.contains(QLatin1String("(0 rows lost)")),
                qPrintable(injected.front().message));
            QCOMPARE(test::scalar(result->copyPath,
                         QStringLiteral("SELECT count(*) FROM pragma_table_info('orders') "
                                        "WHERE name = 'estimated_delivery'")),
                1);
            QCOMPARE(result->phase(RehearsalPhase::Contract)->status, PhaseStatus::Refused);
            break;
        }
        case Fault::LongTransaction:
            QVERIFY(injected.front().count > 0); // ms the backfill waited
            QVERIFY(b.lockWaits > 0);
            QCOMPARE(result->driftRows, 0);
            break;
        }
    }

    // Step mode pauses after every phase: between the read switch and the contract every row's
    // shipping_eta equals its estimated_delivery; then resume() runs to the end.
    void stepMode()
    {
        RehearsalOptions options = optionsFor(test::generatedOrdersDatabase(kOrders), QStringLiteral("step"));
        options.stepMode = true;
        RehearsalJob job;
        QSignalSpy phases(&job, &RehearsalJob::phaseFinished);
        QSignalSpy finished(&job, &RehearsalJob::finished);
        job.start(m_plan, options);
        while (phases.count() < 5) {
            QVERIFY(phases.wait(30000));
            QTRY_VERIFY(job.snapshot().paused);
            QCOMPARE(finished.count(), 0);
            if (phases.count() < 5)
                job.step();
        }
        QCOMPARE(phases.last().at(1).value<PhaseRecord>().phase, RehearsalPhase::ReadSwitch);
        QCOMPARE(test::scalar(options.copyPath,
                     QStringLiteral("SELECT count(*) FROM orders WHERE shipping_eta IS NOT estimated_delivery")),
            0);
        QCOMPARE(
            test::scalar(options.copyPath, QStringLiteral("SELECT count(*) FROM orders WHERE shipping_eta IS NULL")),
            0);
        job.resume();
        QVERIFY(finished.wait(30000));
        const auto result = finished.front().front().value<RehearsalResult>();
        QVERIFY(result.ok);
        QCOMPARE(phases.count(), 6);
    }

    // A cancel in the middle of the backfill leaves a consistent copy: the checkpoint matches the
    // rows done, and resuming the copy finishes the rehearsal.
    void cancelAndResume()
    {
        RehearsalOptions options = optionsFor(test::generatedOrdersDatabase(kOrders), QStringLiteral("cancel"));
        options.rate = 0; // no application writes: every new value comes from the backfill
        options.planBatchSize = false;
        options.pacing.batchSize = 200;
        options.pacing.delayMs = 5;
        RehearsalJob job;
        QSignalSpy finished(&job, &RehearsalJob::finished);
        job.start(m_plan, options);
        QTRY_VERIFY_WITH_TIMEOUT(job.snapshot().backfill.rowsDone > 0, 30000);
        job.cancel();
        QVERIFY(finished.wait(30000));
        const auto cancelled = finished.front().front().value<RehearsalResult>();
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.ok);
        // Cancelled is its own verdict: what was done, and the rows not yet backfilled are work left, not drift.
        QCOMPARE(cancelled.verdict(), QStringLiteral("cancelled"));
        QCOMPARE(cancelled.reasons, QStringList { QStringLiteral("the rehearsal was cancelled during Backfill") });
        QCOMPARE(cancelled.driftRows, 0);
        QVERIFY(cancelled.incidentsOf(u"drift").isEmpty());
        // The original's SHA-256 is the file's, as sha256sum prints it.
        QProcess sha;
        sha.start(QStringLiteral("sha256sum"), { options.originalPath });
        QVERIFY(sha.waitForFinished(30000));
        QCOMPARE(cancelled.originalHashBefore, QString::fromLatin1(sha.readAllStandardOutput()).section(u' ', 0, 0));
        QCOMPARE(cancelled.originalHashAfter, cancelled.originalHashBefore);
        QCOMPARE(test::scalar(options.copyPath,
                     QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")),
            0);
        const qint64 done
            = test::scalar(options.copyPath, QStringLiteral("SELECT rows_done FROM godwit_backfill_checkpoint"));
        const qint64 last
            = test::scalar(options.copyPath, QStringLiteral("SELECT last_key FROM godwit_backfill_checkpoint"));
        QVERIFY(done > 0 && done < kOrders);
        QCOMPARE(test::scalar(
                     options.copyPath, QStringLiteral("SELECT count(*) FROM orders WHERE shipping_eta IS NOT NULL")),
            done);
        QCOMPARE(test::scalar(options.copyPath,
                     QStringLiteral("SELECT max(order_id) FROM orders WHERE shipping_eta IS NOT NULL")),
            last);

        options.resume = true;
        options.pacing.delayMs = 0;
        RehearsalRunner resumed(m_plan, options);
        auto result = resumed.run();
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->reasons.join(QLatin1Char('\n'))));
        QVERIFY(!result->incidentsOf(u"resumed").isEmpty());
        const BackfillSummary& b = result->phase(RehearsalPhase::Backfill)->backfills.front();
        QVERIFY(b.resumed);
        QCOMPARE(b.rowsDone, b.rowsTotal);
        QCOMPARE(b.rowsDone - b.rowsThisRun, done);
    }

    // Two mapped tables: while the first table's backfill runs, the second keeps its whole key range
    // pending, so a cancel in the middle counts no drift in either; resumed, both finish clean.
    void twoTablesKeepTheirOwnPendingRange()
    {
        const QString original = test::generatedOrdersDatabase(kOrders);
        auto plan = RehearsalPlan::forTarget(original, twoTableAfter());
        QVERIFY2(plan, godwit::test::why(plan).constData());
        QCOMPARE(plan->mappings.size(), 2);
        QStringList tables;
        for (const plan::PlanStep& s : plan->stepsIn(plan::Phase::Backfill)) {
            if (s.backfill)
                tables << s.backfill->table;
        }
        QCOMPARE(tables.size(), 2);
        QVERIFY(tables.contains(QStringLiteral("orders")) && tables.contains(QStringLiteral("payments")));
        const ColumnMapping second = *plan->mappingFor(tables.back());
        const QString stillNull
            = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL").arg(second.table, second.newColumn);

        RehearsalOptions options = optionsFor(original, QStringLiteral("two-tables"));
        options.rate = 0; // every new value comes from the backfill
        options.planBatchSize = false;
        options.pacing.batchSize = 200;
        options.pacing.delayMs = 5;
        RehearsalJob job;
        QSignalSpy finished(&job, &RehearsalJob::finished);
        job.start(*plan, options);
        QTRY_VERIFY_WITH_TIMEOUT(
            job.snapshot().backfill.table == tables.front() && job.snapshot().backfill.rowsDone >= 1000, 30000);
        job.cancel();
        QVERIFY(finished.wait(30000));
        const auto cancelled = finished.front().front().value<RehearsalResult>();
        QVERIFY(cancelled.cancelled);
        const PhaseRecord* backfill = cancelled.phase(RehearsalPhase::Backfill);
        QVERIFY(backfill);
        QCOMPARE(backfill->status, PhaseStatus::Cancelled);
        // The second table's rows below the first table's position are NULL in the new column:
        // pending work, not drift.
        const qint64 pendingRows = test::scalar(options.copyPath, stillNull);
        QVERIFY(pendingRows >= 1000);
        QCOMPARE(backfill->driftRows, 0);
        QVERIFY(cancelled.incidentsOf(u"drift").isEmpty());

        options.resume = true;
        options.pacing.delayMs = 0;
        RehearsalRunner resumed(*plan, options);
        auto result = resumed.run();
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->reasons.join(QLatin1Char('\n'))));
        QCOMPARE(result->driftRows, 0);
        QCOMPARE(result->phase(RehearsalPhase::Backfill)->backfills.size(), 2);
        QCOMPARE(test::scalar(options.copyPath, stillNull), 0);
    }

    void hundredThousandOrders()
    {
        const QString original = test::generatedOrdersDatabase(100000);
        QVERIFY(!original.isEmpty());
        const auto before = test::databaseFingerprint(original);
        auto plan = RehearsalPlan::forTarget(original, test::sampleDir());
        QVERIFY(plan);
        QCOMPARE(plan->mappings.size(), 1);
        QCOMPARE(plan->mappings.front().newColumn, QStringLiteral("shipping_eta"));
        RehearsalOptions options = optionsFor(original, QStringLiteral("hundred-thousand"));
        // The application derived from the schema, without its writes of the migrated column
        // ("update orders"): every original row then keeps its delivery date, so the copy can be
        // compared with the original row by row. (The sample's queries.sql inserts orders with no
        // delivery date, which rightly stops the contract.)
        {
            auto db = sqlite::Database::openOriginal(original);
            QVERIFY(db);
            auto schema = schema::SchemaReader::read(*db);
            QVERIFY(schema);
            options.profile = WorkloadProfile::forPlan(*schema, *plan, nullptr);
            QCOMPARE(options.profile.name, QStringLiteral("schema"));
            QCOMPARE(options.profile.operations.removeIf(
                         [](const WorkloadOperation& o) { return o.name == QLatin1String("update orders"); }),
                1);
        }
        RehearsalRunner runner(*plan, options);
        auto result = runner.run();
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->reasons.join(QLatin1Char('\n'))));
        // Measured, not defaulted: the contract's pre-check counted drift with both columns present;
        // after the contract there is nothing left to compare, and the record says so.
        const PhaseRecord* contract = result->phase(RehearsalPhase::Contract);
        QVERIFY(contract && contract->verification);
        QVERIFY(contract->verification->passed);
        QCOMPARE(contract->verification->driftRows, 0);
        QCOMPARE(result->driftRows, 0);
        QVERIFY(result->verification);
        QCOMPARE(result->verification->driftRows, -1);
        const QJsonObject json = QJsonDocument::fromJson(RehearsalJson::write(*result).toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("drift_rows")).toInteger(-1), 0);
        QVERIFY(json.value(QStringLiteral("verification")).toObject().value(QStringLiteral("drift_rows")).isNull());
        // The application's writes reach some rows first (through the dual-write triggers).
        QVERIFY(result->phase(RehearsalPhase::Backfill)->backfills.front().rowsDone > 99000);
        QCOMPARE(sameValues(
                     original, QStringLiteral("estimated_delivery"), result->copyPath, QStringLiteral("shipping_eta")),
            100000);
        QCOMPARE(test::databaseFingerprint(original), before);
        QVERIFY(result->originalUnchanged());
    }

    void jsonRecord()
    {
        RehearsalResult r;
        r.ok = true;
        r.phases << PhaseRecord {};
        r.phases.front().phase = RehearsalPhase::Backfill;
        r.phases.front().driftRows = 0;
        r.phases.front().status = PhaseStatus::Done;
        const QJsonObject o = QJsonDocument::fromJson(RehearsalJson::write(r).toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("godwit.rehearsal"));
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
        const QJsonObject phase = o.value(QStringLiteral("phases")).toArray().first().toObject();
        QCOMPARE(phase.value(QStringLiteral("drift_rows")).toInt(-1), 0);
        const PhaseRecord back = RehearsalJson::phaseFromJson(phase);
        QCOMPARE(phase.value(QStringLiteral("name")).toString(), QStringLiteral("backfill"));
        QCOMPARE(back.phase, r.phases.front().phase);
        QCOMPARE(back.status, PhaseStatus::Done);
        QCOMPARE(back.driftRows, 0);
    }

private:
    RehearsalPlan m_plan;
};

QTEST_GUILESS_MAIN(TestRehearsalRunner)
#include "tst_rehearsalrunner.moc"
