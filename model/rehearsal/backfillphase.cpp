// SPDX-License-Identifier: GPL-3.0-or-later
#include "backfillphase.h"

#include "sqlite/database.h"

#include <cstdlib>
#include <optional>
#include <thread>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace godwit::rehearsal {

namespace {

    LatencySummary summarize(const LatencyRecorder& r)
    {
        return { r.count(), r.percentileMs(50), r.percentileMs(95), r.percentileMs(99), r.maxMs() };
    }

    Result<sqlite::Database> open(const QString& path)
    {
        auto db = sqlite::Database::openWritable(path);
        if (db) {
            if (auto r = db->exec(QStringLiteral("PRAGMA synchronous = NORMAL")); !r)
                return std::unexpected(r.error());
        }
        return db;
    }

    // Another connection's transaction that holds the write lock for a while (a report, a batch job).
    // It holds on until the backfill has met it, however long a throttle pauses the backfill (a
    // slow machine's latency budget), so the staged fault always shows; never past MaxExtraMs.
    class LockHolder final {
    public:
        static constexpr qint64 MaxExtraMs = 20000;

        LockHolder(QString path, int holdMs, const std::atomic_bool* cancel)
        {
            m_thread = std::thread([this, path = std::move(path), holdMs, cancel] {
                auto db = open(path);
                if (!db || !db->exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                    m_acquired.store(true);
                    return;
                }
                m_acquired.store(true);
                QElapsedTimer held;
                held.start();
                while ((held.elapsed() < holdMs || !m_met.load()) && held.elapsed() < holdMs + MaxExtraMs
                    && !(cancel && cancel->load()))
                    QThread::msleep(5);
                m_heldMs.store(held.elapsed());
                (void)db->exec(QStringLiteral("COMMIT"));
            });
        }
        ~LockHolder() { join(); }
        LockHolder(const LockHolder&) = delete;
        LockHolder& operator=(const LockHolder&) = delete;
        void join()
        {
            if (m_thread.joinable())
                m_thread.join();
        }
        [[nodiscard]] qint64 heldMs() const { return m_heldMs.load(); }
        // Until the holder has the lock (or gave up), so the backfill's next batch meets it.
        void waitUntilAcquired() const
        {
            while (!m_acquired.load())
                QThread::msleep(1);
        }
        // The backfill waited for the lock at least once.
        void met() { m_met.store(true); }

    private:
        std::thread m_thread;
        std::atomic_bool m_acquired { false };
        std::atomic_bool m_met { false };
        std::atomic<qint64> m_heldMs { 0 };
    };

    // One backfill step across its connections (a staged crash opens a second one).
    struct StepRun {
        StepRun(const plan::PlanStep& step, const BackfillPhase::Context& context)
            : crashFault(context.hasFault(Fault::CrashMidBackfill))
            , pacing(context.pacing)
        {
            const plan::BackfillSpec& planned = *step.backfill;
            spec.job = step.id;
            spec.table = planned.table;
            spec.keyColumn = planned.keyColumn;
            spec.batchSql = planned.batchSql;
            spec.remainingSql = planned.remainingSql;
            if (context.audit || crashFault)
                spec.auditTable = BackfillPhase::auditTableFor(step.id);
            if (context.planBatchSize && planned.batchSize > 0)
                pacing.batchSize = planned.batchSize;
            summary.step = step.id;
        }

        struct Crash {
            qint64 batch = 0;
            int percent = 0;
            std::optional<Backfiller::Checkpoint> checkpoint; // what the new connection found
        };
        const bool crashFault;
        BackfillSpec spec;
        BackfillPacing pacing;
        BackfillSummary summary;
        LatencyRecorder batchTimes;
        BackfillProgress last;
        bool crashed = false;
        std::optional<Crash> crash;
        std::unique_ptr<LockHolder> holder;
        double waitedBefore = 0;
        std::optional<sqlite::Database> db;
    };

    Backfiller::Hooks hooksFor(const BackfillPhase::Context& context, StepRun& run)
    {
        Backfiller::Hooks hooks;
        hooks.throttle = context.throttle;
        hooks.progressed = [&context, &run](const BackfillProgress& p) {
            run.last = p;
            run.last.table = run.spec.table;
            context.progressed(run.last);
            if (run.holder && p.waitingForLock)
                run.holder->met();
            if (!run.holder && context.hasFault(Fault::LongTransaction) && p.fraction() >= 0.2) {
                run.waitedBefore = p.lockWaitMs;
                run.holder = std::make_unique<LockHolder>(context.copyPath, context.longTransactionMs, context.cancel);
                run.holder->waitUntilAcquired();
            }
            return !(context.cancel && context.cancel->load());
        };
        hooks.beforeCommit = [&run](qint64) {
            // The crash happens once, in the batch that would take the backfill past 40 %.
            return run.crashed || !run.crashFault || run.last.rowsTotal == 0 || run.last.fraction() < 0.4;
        };
        return hooks;
    }

    // One connection's run of the backfill. False when the staged crash killed it and a new
    // connection must start over from the checkpoint.
    bool runOnce(const BackfillPhase::Context& context, StepRun& run, PhaseRecord& record)
    {
        Backfiller backfiller(*run.db, run.spec, run.pacing);
        context.attach(&backfiller);
        auto result = backfiller.run(hooksFor(context, run));
        context.attach(nullptr);
        BackfillSummary& summary = run.summary;
        const BackfillProgress& last = run.last;
        run.batchTimes.merge(backfiller.batchTimes());
        summary.throttledMs += last.throttledMs;
        summary.lockWaitMs += last.lockWaitMs;
        summary.lockWaits += last.lockWaits;
        if (!result && result.error().code == Error::Code::Interrupted && !run.crashed) {
            run.crashed = true;
            run.crash = StepRun::Crash { last.batches + 1, qRound(last.fraction() * 100), std::nullopt };
            // Close the connection with the batch's transaction still open, as a killed process leaves
            // it: SQLite rolls it back; then a new connection starts over from the checkpoint.
            run.db.reset();
            return false;
        }
        if (!result) {
            record.status
                = result.error().code == Error::Code::Cancelled ? PhaseStatus::Cancelled : PhaseStatus::Failed;
            if (record.status == PhaseStatus::Failed)
                record.error = result.error().toString();
        } else {
            run.last = *result;
        }
        summary.rowsDone = last.rowsDone;
        summary.rowsTotal = last.rowsTotal;
        summary.rowsThisRun += last.rowsThisRun;
        summary.batches = last.batches;
        summary.rowsPerSecond = last.rowsPerSecond;
        summary.resumed = summary.resumed || (last.resumed && !run.crashed);
        if (!run.spec.auditTable.isEmpty()) {
            if (auto audit = Backfiller::audit(*run.db, run.spec.auditTable)) {
                summary.auditRows = audit->rows;
                summary.auditRowsTwice = audit->rowsTwice;
            }
        }
        return true;
    }

    // The long transaction the backfill waited for, a resume from a checkpoint, an audit that disagrees.
    void raiseStepIncidents(
        const BackfillPhase::Context& context, StepRun& run, const QString& stepId, const PhaseRecord& record)
    {
        const BackfillSummary& summary = run.summary;
        if (run.holder) {
            run.holder->join();
            context.raise({ .kind = faultName(Fault::LongTransaction),
                .phase = record.name(),
                .severity = Severity::Warning,
                .message = QCoreApplication::translate("godwit::rehearsal::Incident",
                    "Another transaction held the write lock for %1 ms: the backfill waited %2 ms (%3 attempts) "
                    "and then went on.")
                               .arg(run.holder->heldMs())
                               .arg(qRound64(summary.lockWaitMs - run.waitedBefore))
                               .arg(summary.lockWaits),
                .count = qRound64(summary.lockWaitMs - run.waitedBefore),
                .unit = QStringLiteral("ms") });
        }
        if (summary.resumed)
            context.raise({ .kind = QStringLiteral("resumed"),
                .phase = record.name(),
                .severity = Severity::Info,
                .message = QCoreApplication::translate("godwit::rehearsal::Incident",
                    "The backfill of %1 resumed from its checkpoint: %2 of %3 rows were done before the interruption.")
                               .arg(stepId)
                               .arg(summary.rowsDone - summary.rowsThisRun)
                               .arg(summary.rowsTotal),
                .count = summary.rowsDone - summary.rowsThisRun,
                .unit = QStringLiteral("rows") });
        if (summary.auditRowsTwice > 0
            || (summary.auditRows >= 0 && summary.auditRows != summary.rowsDone
                && record.status == PhaseStatus::Running))
            context.raise({ .kind = QStringLiteral("backfill-audit"),
                .phase = record.name(),
                .severity = Severity::Error,
                .message = QCoreApplication::translate("godwit::rehearsal::Incident",
                    "The audit counted %1 backfilled rows (%2 more than once) against %3 in the checkpoint.")
                               .arg(summary.auditRows)
                               .arg(summary.auditRowsTwice)
                               .arg(summary.rowsDone),
                .count = summary.auditRowsTwice,
                .unit = QStringLiteral("rows") });
    }

} // namespace

BackfillPhase::BackfillPhase(Context context)
    : m_context(std::move(context))
{
}

QString BackfillPhase::auditTableFor(const QString& stepId)
{
    QString name = QStringLiteral("godwit_backfill_audit_");
    for (QChar c : stepId)
        name += c.isLetterOrNumber() ? c.toLower() : QLatin1Char('_');
    return name;
}

void BackfillPhase::run(const QList<plan::PlanStep>& steps, PhaseRecord& record)
{
    for (const plan::PlanStep& s : steps) {
        if (record.status != PhaseStatus::Running || (m_context.cancel && m_context.cancel->load()))
            return;
        if (!s.backfill)
            continue;
        runStep(s, record);
    }
}

void BackfillPhase::raiseCrash(const sqlite::Database& db, const BackfillSpec& spec, const PhaseRecord& record,
    const BackfillSummary& summary, qint64 batch, int percent, const Backfiller::Checkpoint& checkpoint)
{
    // Lost: rows the finished backfill still has to do (remainingSql); repeated: rows the audit saw
    // updated twice; missed: audited rows that disagree with the checkpoint's count.
    const bool finished = record.status == PhaseStatus::Running && summary.rowsDone == summary.rowsTotal;
    qint64 lost = -1;
    if (finished && !spec.remainingSql.isEmpty()) {
        if (auto remaining = db.scalar(spec.remainingSql))
            lost = remaining->toLongLong();
    }
    const qint64 repeated = std::max<qint64>(summary.auditRowsTwice, 0);
    const qint64 missed = summary.auditRows >= 0 ? std::abs(summary.auditRows - summary.rowsDone) : 0;
    const QString outcome = lost < 0
        ? QCoreApplication::translate(
            "godwit::rehearsal::Incident", "the backfill did not finish, so losses were not counted")
        : QCoreApplication::translate("godwit::rehearsal::Incident", "%1 rows lost or repeated")
              .arg(lost + repeated + missed);
    const bool clean = lost <= 0 && repeated == 0 && missed == 0;
    m_context.raise({ .kind = faultName(Fault::CrashMidBackfill),
        .phase = record.name(),
        .severity = clean ? Severity::Warning : Severity::Error,
        .message = QCoreApplication::translate("godwit::rehearsal::Incident",
            "Simulated crash: backfill connection killed mid-batch %1 (%2% done), its transaction left open "
            "and rolled back when the connection closed; resumed from checkpoint at key %3 (%4 rows done); "
            "%5.")
                       .arg(batch)
                       .arg(percent)
                       .arg(checkpoint.lastKey)
                       .arg(checkpoint.rowsDone)
                       .arg(outcome),
        .count = checkpoint.rowsDone,
        .unit = QStringLiteral("rows") });
}

void BackfillPhase::runStep(const plan::PlanStep& step, PhaseRecord& record)
{
    StepRun run(step, m_context);
    while (true) {
        auto opened = open(m_context.copyPath);
        if (!opened) {
            record.status = PhaseStatus::Failed;
            record.error = opened.error().toString();
            return;
        }
        run.db.emplace(std::move(*opened));
        if (run.crash && !run.crash->checkpoint) {
            // What a restarted process finds: the checkpoint of the last committed batch.
            auto saved = Backfiller::checkpoint(*run.db, run.spec.job);
            run.crash->checkpoint = saved && *saved ? **saved : Backfiller::Checkpoint {};
        }
        if (runOnce(m_context, run, record))
            break;
    }
    run.summary.batchTimes = summarize(run.batchTimes);
    if (run.crash)
        raiseCrash(
            *run.db, run.spec, record, run.summary, run.crash->batch, run.crash->percent, *run.crash->checkpoint);
    raiseStepIncidents(m_context, run, step.id, record);
    record.backfills << run.summary;
}

} // namespace godwit::rehearsal
