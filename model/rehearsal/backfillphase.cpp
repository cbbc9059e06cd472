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
    class LockHolder final {
    public:
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
                while (held.elapsed() < holdMs && !(cancel && cancel->load()))
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

    private:
        std::thread m_thread;
        std::atomic_bool m_acquired { false };
        std::atomic<qint64> m_heldMs { 0 };
    };

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
    const plan::BackfillSpec& planned = *step.backfill;
    BackfillSpec spec;
    spec.job = step.id;
    spec.table = planned.table;
    spec.keyColumn = planned.keyColumn;
    spec.batchSql = planned.batchSql;
    spec.remainingSql = planned.remainingSql;
    const bool crashFault = m_context.hasFault(Fault::CrashMidBackfill);
    if (m_context.audit || crashFault)
        spec.auditTable = auditTableFor(step.id);
    BackfillPacing pacing = m_context.pacing;
    if (m_context.planBatchSize && planned.batchSize > 0)
        pacing.batchSize = planned.batchSize;

    BackfillSummary summary;
    summary.step = step.id;
    LatencyRecorder batchTimes;
    BackfillProgress last;
    bool crashed = false;
    struct Crash {
        qint64 batch = 0;
        int percent = 0;
        std::optional<Backfiller::Checkpoint> checkpoint; // what the new connection found
    };
    std::optional<Crash> crash;
    std::unique_ptr<LockHolder> holder;
    double waitedBefore = 0;
    std::optional<sqlite::Database> db;
    while (true) {
        auto opened = open(m_context.copyPath);
        if (!opened) {
            record.status = PhaseStatus::Failed;
            record.error = opened.error().toString();
            return;
        }
        db.emplace(std::move(*opened));
        if (crash && !crash->checkpoint) {
            // What a restarted process finds: the checkpoint of the last committed batch.
            auto saved = Backfiller::checkpoint(*db, spec.job);
            crash->checkpoint = saved && *saved ? **saved : Backfiller::Checkpoint {};
        }
        Backfiller backfiller(*db, spec, pacing);
        m_context.attach(&backfiller);
        Backfiller::Hooks hooks;
        hooks.throttle = m_context.throttle;
        hooks.progressed = [&](const BackfillProgress& p) {
            last = p;
            last.table = spec.table;
            m_context.progressed(last);
            if (!holder && m_context.hasFault(Fault::LongTransaction) && p.fraction() >= 0.2) {
                waitedBefore = p.lockWaitMs;
                holder
                    = std::make_unique<LockHolder>(m_context.copyPath, m_context.longTransactionMs, m_context.cancel);
                holder->waitUntilAcquired();
            }
            return !(m_context.cancel && m_context.cancel->load());
        };
        hooks.beforeCommit = [&](qint64) {
            // The crash happens once, in the batch that would take the backfill past 40 %.
            return crashed || !crashFault || last.rowsTotal == 0 || last.fraction() < 0.4;
        };
        auto result = backfiller.run(hooks);
        m_context.attach(nullptr);
        batchTimes.merge(backfiller.batchTimes());
        summary.throttledMs += last.throttledMs;
        summary.lockWaitMs += last.lockWaitMs;
        summary.lockWaits += last.lockWaits;
        if (!result && result.error().code == Error::Code::Interrupted && !crashed) {
            crashed = true;
            crash = Crash { last.batches + 1, qRound(last.fraction() * 100), std::nullopt };
            // Close the connection with the batch's transaction still open, as a killed process leaves
            // it: SQLite rolls it back; then a new connection starts over from the checkpoint.
            db.reset();
            continue;
        }
        if (!result) {
            record.status
                = result.error().code == Error::Code::Cancelled ? PhaseStatus::Cancelled : PhaseStatus::Failed;
            if (record.status == PhaseStatus::Failed)
                record.error = result.error().toString();
        } else {
            last = *result;
        }
        summary.rowsDone = last.rowsDone;
        summary.rowsTotal = last.rowsTotal;
        summary.rowsThisRun += last.rowsThisRun;
        summary.batches = last.batches;
        summary.rowsPerSecond = last.rowsPerSecond;
        summary.resumed = summary.resumed || (last.resumed && !crashed);
        if (!spec.auditTable.isEmpty()) {
            if (auto audit = Backfiller::audit(*db, spec.auditTable)) {
                summary.auditRows = audit->rows;
                summary.auditRowsTwice = audit->rowsTwice;
            }
        }
        break;
    }
    summary.batchTimes = summarize(batchTimes);
    if (crash)
        raiseCrash(*db, spec, record, summary, crash->batch, crash->percent, *crash->checkpoint);
    if (holder) {
        holder->join();
        m_context.raise({ .kind = faultName(Fault::LongTransaction),
            .phase = record.name(),
            .severity = Severity::Warning,
            .message = QCoreApplication::translate("godwit::rehearsal::Incident",
                "Another transaction held the write lock for %1 ms: the backfill waited %2 ms (%3 attempts) "
                "and then went on.")
                           .arg(holder->heldMs())
                           .arg(qRound64(summary.lockWaitMs - waitedBefore))
                           .arg(summary.lockWaits),
            .count = qRound64(summary.lockWaitMs - waitedBefore),
            .unit = QStringLiteral("ms") });
    }
    if (summary.resumed)
        m_context.raise({ .kind = QStringLiteral("resumed"),
            .phase = record.name(),
            .severity = Severity::Info,
            .message = QCoreApplication::translate("godwit::rehearsal::Incident",
                "The backfill of %1 resumed from its checkpoint: %2 of %3 rows were done before the interruption.")
                           .arg(step.id)
                           .arg(summary.rowsDone - summary.rowsThisRun)
                           .arg(summary.rowsTotal),
            .count = summary.rowsDone - summary.rowsThisRun,
            .unit = QStringLiteral("rows") });
    if (summary.auditRowsTwice > 0
        || (summary.auditRows >= 0 && summary.auditRows != summary.rowsDone && record.status == PhaseStatus::Running))
        m_context.raise({ .kind = QStringLiteral("backfill-audit"),
            .phase = record.name(),
            .severity = Severity::Error,
            .message = QCoreApplication::translate("godwit::rehearsal::Incident",
                "The audit counted %1 backfilled rows (%2 more than once) against %3 in the checkpoint.")
                           .arg(summary.auditRows)
                           .arg(summary.auditRowsTwice)
                           .arg(summary.rowsDone),
            .count = summary.auditRowsTwice,
            .unit = QStringLiteral("rows") });
    record.backfills << summary;
}

} // namespace godwit::rehearsal
