// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalrunner.h"

#include "backfillphase.h"
#include "contractphase.h"
#include "filefingerprint.h"
#include "readswitchphase.h"
#include "rehearsaljson.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"
#include "sqlite/workingcopy.h"
#include "steprunner.h"
#include "workloadsimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcRehearsal, "godwit.model.rehearsal", QtInfoMsg)

namespace godwit::rehearsal {

using plan::Phase;

namespace {

    // Rows each drift or NULL-read incident records: enough to recognise the pattern, small in the JSON.
    constexpr qsizetype kIncidentSamples = 5;

    qint64 nowNs()
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

} // namespace

RehearsalRunner::RehearsalRunner(RehearsalPlan plan, RehearsalOptions options)
    : m_plan(std::move(plan))
    , m_options(std::move(options))
    , m_drift(m_plan)
    , m_controls(m_options.faults, m_options.overrideVerification, m_options.stepMode)
{
    for (const PhaseState& p : phaseOrder(m_options.faults))
        m_snapshot.phases << p;
}

RehearsalRunner::~RehearsalRunner()
{
    m_controls.cancel();
    if (m_workload)
        m_workload->stop();
}

void RehearsalRunner::setRate(double operationsPerSecond)
{
    std::scoped_lock lock(m_mutex);
    m_options.rate = operationsPerSecond;
    if (m_workload)
        m_workload->setRate(operationsPerSecond);
}

RehearsalSnapshot RehearsalRunner::snapshot() const
{
    std::scoped_lock lock(m_mutex);
    RehearsalSnapshot s = m_snapshot;
    s.elapsedMs = elapsedMs();
    const bool paused = m_controls.isPaused();
    s.paused = paused;
    s.incidents = m_incidents;
    if (m_workload) {
        s.workload = m_workload->recent();
        s.rollout = m_workload->rolloutPercent();
        s.applied = m_workload->triggerRows();
        if (s.current >= 0)
            s.amplification = m_workload->amplification(s.current);
    }
    if (!paused && s.state.state == RunState::Paused)
        s.state = {};
    if (paused && s.running)
        s.state = { RunState::Paused };
    return s;
}

void RehearsalRunner::setState(const RunStatus& state)
{
    std::scoped_lock lock(m_mutex);
    m_snapshot.state = state;
}

void RehearsalRunner::raise(Incident incident)
{
    incident.atMs = elapsedMs();
    {
        std::scoped_lock lock(m_mutex);
        m_incidents << incident;
    }
    qCInfo(lcRehearsal) << "incident" << incident.kind << incident.message;
    if (m_callbacks.incidentRaised)
        m_callbacks.incidentRaised(incident);
}

Result<void> RehearsalRunner::prepareCopy()
{
    if (m_options.copyPath.isEmpty()) {
        const QString folder = sqlite::WorkingCopy::defaultFolder();
        QDir().mkpath(folder);
        m_options.copyPath = sqlite::WorkingCopy::suggestedPath(m_options.originalPath, folder);
    }
    {
        std::scoped_lock lock(m_mutex);
        m_snapshot.copyPath = m_options.copyPath;
    }
    RehearsalCopy::Saved saved;
    auto copy = m_options.resume ? RehearsalCopy::reopen(m_options.originalPath, m_options.copyPath, &saved)
                                 : RehearsalCopy::create(
                                     m_options.originalPath, m_options.copyPath, m_controls.cancelFlag(),
                                     [this](const sqlite::BackupStatus& status) {
                                         std::scoped_lock lock(m_mutex);
                                         m_snapshot.copy = status;
                                     },
                                     [this](const RunStatus& state) { setState(state); });
    if (!copy)
        return std::unexpected(copy.error());
    m_copy.emplace(std::move(*copy));
    auto monitor = RehearsalCopy::open(m_options.copyPath);
    if (!monitor)
        return std::unexpected(monitor.error());
    m_monitor = std::move(*monitor);
    if (!m_options.resume)
        return {};
    std::scoped_lock lock(m_mutex);
    m_records = saved.phases;
    m_incidents = saved.incidents;
    for (const PhaseRecord& p : m_records)
        m_contracted = m_contracted || (p.phase == RehearsalPhase::Contract && p.status == PhaseStatus::Done);
    m_incidents << Incident { .kind = QStringLiteral("resumed"),
        .phase = rehearsalPhaseName(m_records.isEmpty() ? RehearsalPhase::Baseline : m_records.back().phase),
        .severity = Severity::Info,
        .message = QCoreApplication::translate(
            "godwit::rehearsal::Incident", "Resumed the rehearsal in %1: %2 phase(s) were already done.")
                       .arg(m_options.copyPath)
                       .arg(m_records.size()),
        .count = m_records.size(),
        .unit = QStringLiteral("phases") };
    return {};
}

std::optional<PhaseState> RehearsalRunner::nextPhase() const
{
    std::scoped_lock lock(m_mutex);
    QList<PhaseState> order = phaseOrder(m_controls.faults());
    for (const PhaseRecord& r : m_records) {
        auto it = std::ranges::find_if(
            order, [&](const PhaseState& s) { return s.phase == r.phase && s.early == r.early; });
        if (it == order.end())
            it = std::ranges::find_if(order, [&](const PhaseState& s) { return s.phase == r.phase; });
        if (it != order.end())
            order.erase(it);
    }
    if (order.isEmpty())
        return std::nullopt;
    return order.front();
}

Result<RehearsalResult> RehearsalRunner::run()
{
    m_clock.start();
    {
        std::scoped_lock lock(m_mutex);
        m_snapshot.running = true;
    }
    if (auto r = prepareCopy(); !r) {
        std::scoped_lock lock(m_mutex);
        m_snapshot.running = false;
        m_snapshot.finished = true;
        m_snapshot.state = { r.error().code == Error::Code::Cancelled ? RunState::Cancelled : RunState::Failed };
        return std::unexpected(r.error());
    }
    auto schema = schema::SchemaReader::read(m_copy->db());
    if (!schema)
        return std::unexpected(schema.error());
    WorkloadProfile profile = m_options.profile;
    if (profile.isEmpty())
        profile = WorkloadProfile::forPlan(*schema, m_plan, m_options.queries.isEmpty() ? nullptr : &m_options.queries);
    m_queryDrift
        = m_options.queries.isEmpty() ? QueryDriftMonitor::forWorkload(profile) : QueryDriftMonitor(m_options.queries);
    {
        auto workload = std::make_unique<WorkloadSimulator>(
            m_options.copyPath, profile, WorkloadSimulator::Options { m_options.rate, m_options.seed });
        if (auto r = workload->start(); !r)
            return std::unexpected(r.error());
        std::scoped_lock lock(m_mutex);
        m_workload = std::move(workload);
        const bool switched = std::ranges::any_of(m_records, [](const PhaseRecord& p) {
            return p.phase == RehearsalPhase::ReadSwitch && p.status == PhaseStatus::Done;
        });
        m_workload->setRolloutPercent(switched ? 100 : 0);
        m_workload->setSwapped(m_contracted);
        for (const PhaseRecord& p : m_records) {
            if (p.phase == RehearsalPhase::Backfill && p.status == PhaseStatus::Done)
                m_drift.backfillDone();
        }
    }
    while (!isCancelled()) {
        m_controls.waitWhilePaused();
        if (isCancelled())
            break;
        const std::optional<PhaseState> next = nextPhase();
        if (!next)
            break;
        PhaseRecord record;
        record.phase = next->phase;
        record.title = next->title;
        record.early = next->early;
        record.status = PhaseStatus::Running;
        record.startMs = elapsedMs();
        int index = 0;
        {
            std::scoped_lock lock(m_mutex);
            m_records << record;
            index = static_cast<int>(m_records.size()) - 1;
            m_workload->setPhase(index);
            record.workload.rolloutStart = m_workload->rolloutPercent();
            m_snapshot.current = index;
            m_snapshot.phases.clear();
            for (const PhaseRecord& r : m_records)
                m_snapshot.phases << PhaseState {
                    .phase = r.phase, .title = r.title, .early = r.early, .status = r.status
                };
            QList<PhaseState> rest = phaseOrder(m_controls.faults());
            for (const PhaseRecord& r : m_records) {
                auto it = std::ranges::find_if(rest, [&](const PhaseState& s) { return s.phase == r.phase; });
                if (it != rest.end())
                    rest.erase(it);
            }
            m_snapshot.phases << rest;
            m_snapshot.state = RunStatus::inPhase(record.phase);
        }
        if (m_callbacks.phaseStarted)
            m_callbacks.phaseStarted(index, record);
        runPhase(record);
        finishPhase(index, record);
        if (record.status == PhaseStatus::Failed && !record.early)
            break; // the plan cannot go on from a step that failed
        m_controls.phaseEnded();
    }
    return finish();
}

void RehearsalRunner::runPhase(PhaseRecord& r)
{
    if (m_contracted && r.phase != RehearsalPhase::Baseline) {
        r.status = PhaseStatus::Skipped;
        r.error = QStringLiteral("the contract already removed the old shape");
        return;
    }
    switch (r.phase) {
    case RehearsalPhase::Baseline:
        observe(m_options.observeMs, r);
        break;
    case RehearsalPhase::Expand:
        runSteps(Phase::Expand, r);
        observe(m_options.observeMs, r);
        break;
    case RehearsalPhase::DualWrite:
        runDualWrite(r);
        observe(m_options.observeMs, r);
        break;
    case RehearsalPhase::Backfill:
        runBackfills(r);
        break;
    case RehearsalPhase::ReadSwitch:
        ReadSwitchPhase(phaseContext(), [this](double percent) {
            std::scoped_lock lock(m_mutex);
            m_workload->setRolloutPercent(percent);
        }).run(r);
        break;
    case RehearsalPhase::Contract: {
        ContractPhase::Options o { m_copy->tables(), m_controls.overrideVerification(),
            [this](const std::function<bool()>& work) { m_workload->swap(work); } };
        m_contracted = ContractPhase(phaseContext(), std::move(o)).run(r) || m_contracted;
        break;
    }
    }
    if (r.status == PhaseStatus::Running)
        r.status = isCancelled() ? PhaseStatus::Cancelled : PhaseStatus::Done;
}

void RehearsalRunner::runDualWrite(PhaseRecord& r)
{
    if (!m_controls.has(Fault::SkipDualWrite)) {
        runSteps(Phase::DualWrite, r);
        return;
    }
    for (const plan::PlanStep& s : m_plan.stepsIn(Phase::DualWrite))
        r.skippedSteps << s.id;
    raise({ .kind = faultName(Fault::SkipDualWrite),
        .phase = r.name(),
        .severity = Severity::Warning,
        .message = QCoreApplication::translate("godwit::rehearsal::Incident",
            "Dual-write skipped: %1 step(s) not run, so from now on each client version writes only its own column.")
                       .arg(r.skippedSteps.size()),
        .count = r.skippedSteps.size(),
        .unit = QStringLiteral("steps") });
}

void RehearsalRunner::runSteps(Phase phase, PhaseRecord& r)
{
    for (const plan::PlanStep& s : m_plan.stepsIn(phase)) {
        if (isCancelled())
            return;
        setState(RunStatus::runningStep(r.phase, s.title));
        auto outcome = StepRunner::run(m_copy->db(), s, m_options.resume);
        if (!outcome) {
            r.status = PhaseStatus::Failed;
            r.error = outcome.error().toString();
            raise({ .kind = QStringLiteral("step-failed"),
                .phase = r.name(),
                .severity = Severity::Error,
                .message
                = QCoreApplication::translate("godwit::rehearsal::Incident", "Step %1 failed and was rolled back: %2")
                      .arg(s.id, outcome.error().message),
                .count = 1,
                .unit = QStringLiteral("steps") });
            return;
        }
        (*outcome == StepRunner::Outcome::Ran ? r.steps : r.skippedSteps) << s.id;
        auto verified = StepRunner::verify(m_copy->db(), s);
        if (verified && *verified && **verified != 0)
            raise({ .kind = QStringLiteral("step-unverified"),
                .phase = r.name(),
                .severity = Severity::Warning,
                .message = QCoreApplication::translate(
                    "godwit::rehearsal::Incident", "Step %1 ran but its verification query returned %2.")
                               .arg(s.id)
                               .arg(**verified),
                .count = **verified,
                .unit = QStringLiteral("rows") });
    }
}

void RehearsalRunner::observe(int ms, PhaseRecord& r)
{
    QElapsedTimer clock;
    clock.start();
    while (!isCancelled() && clock.elapsed() < ms) {
        m_controls.waitWhilePaused();
        QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(ms - clock.elapsed(), 1, 50)));
        sampleDrift(false);
    }
    Q_UNUSED(r);
}

void RehearsalRunner::sampleDrift(bool exact)
{
    if (m_drift.checks() == 0 || !m_monitor)
        return;
    const qint64 now = nowNs();
    if (!exact && now - m_lastSampleNs < 500'000'000)
        return;
    m_lastSampleNs = now;
    const std::optional<qint64> total = m_drift.measure(*m_monitor, exact);
    std::scoped_lock lock(m_mutex);
    if (total || exact)
        m_snapshot.drift = total;
}

PhaseContext RehearsalRunner::phaseContext()
{
    PhaseContext c;
    c.db = &m_copy->db();
    c.plan = &m_plan;
    c.observeMs = m_options.observeMs;
    c.cancelled = [this] { return isCancelled(); };
    c.raise = [this](Incident i) { raise(std::move(i)); };
    c.setState = [this](const RunStatus& state) { setState(state); };
    c.runSteps = [this](Phase phase, PhaseRecord& r) { runSteps(phase, r); };
    c.observe = [this](int ms, PhaseRecord& r) { observe(ms, r); };
    return c;
}

void RehearsalRunner::finishPhase(int index, PhaseRecord& r)
{
    r.durationMs = elapsedMs() - r.startMs;
    sampleDrift(true);
    {
        std::scoped_lock lock(m_mutex);
        r.driftRows = m_snapshot.drift.value_or(-1);
        r.workload = [&] {
            const double rolloutStart = r.workload.rolloutStart;
            WorkloadSummary w = m_workload->summary(index, r.durationMs / 1000.0);
            w.rolloutStart = rolloutStart;
            w.rolloutEnd = m_workload->rolloutPercent();
            return w;
        }();
        r.amplification = m_workload->amplification(index);
    }
    if (m_monitor && (r.driftRows > 0 || r.workload.newVersion.nullReads > 0)) {
        const DriftMonitor::Samples rows = m_drift.sample(*m_monitor, kIncidentSamples);
        r.driftSamples = r.driftRows > 0 ? rows.drift : QList<IncidentRow>();
        r.nullSamples = r.workload.newVersion.nullReads > 0 ? rows.nulls : QList<IncidentRow>();
        r.driftRowsSql = rows.driftSql;
        r.nullRowsSql = rows.nullSql;
    }
    bool driftReported = false;
    {
        // raise() appends from other threads too: read under the lock that guards m_incidents.
        std::scoped_lock lock(m_mutex);
        driftReported
            = std::ranges::any_of(m_incidents, [](const Incident& i) { return i.kind == QLatin1String("drift"); });
        m_snapshot.applied = m_workload->triggerRows();
    }
    for (const Incident& i : r.symptoms(driftReported))
        raise(i);
    for (const QueryDriftMonitor::Drift& d : m_queryDrift.sample(*m_monitor, r.name())) {
        r.driftedQueries << d.query;
        raise(d.incident);
    }
    QList<PhaseRecord> records;
    QList<Incident> incidents;
    {
        std::scoped_lock lock(m_mutex);
        m_records[index] = r;
        m_snapshot.phases[index].status = r.status;
        records = m_records;
        incidents = m_incidents;
    }
    if (auto saved = m_copy->save(records, incidents); !saved)
        qCWarning(lcRehearsal) << "cannot save the rehearsal state:" << saved.error().toString();
    if (m_callbacks.phaseFinished)
        m_callbacks.phaseFinished(index, r);
}

void RehearsalRunner::runBackfills(PhaseRecord& r)
{
    BackfillPhase::Context c;
    c.copyPath = m_options.copyPath;
    c.pacing = m_options.pacing;
    c.planBatchSize = m_options.planBatchSize;
    c.audit = m_options.audit;
    c.longTransactionMs = m_options.longTransactionMs;
    c.cancel = m_controls.cancelFlag();
    c.hasFault = [this](Fault f) { return m_controls.has(f); };
    // The throttle and the progress hooks run on the backfill's thread, one after the other: the
    // state the throttle chose is the one the next progress report shows.
    c.throttle = [this]() -> QString {
        std::scoped_lock lock(m_mutex);
        m_throttle = { RunState::Migrating };
        if (m_controls.isPaused()) {
            m_throttle = { RunState::Paused };
        } else {
            const WorkloadSimulator::Recent recent = m_workload->recent();
            if (recent.reads.count + recent.writes.count >= 20 && recent.p99Ms() > m_options.latencyBudgetMs)
                m_throttle = RunStatus::throttled(QStringLiteral("workload p99 %1 ms > budget %2 ms")
                                                      .arg(recent.p99Ms(), 0, 'f', 1)
                                                      .arg(m_options.latencyBudgetMs, 0, 'f', 0));
        }
        return m_throttle.state == RunState::Migrating ? QString() : m_throttle.name();
    };
    c.progressed = [this](const BackfillProgress& p) {
        // Only the table this backfill walks: the others keep their own pending range.
        m_drift.setPending(p.table, { p.lastKey, p.maxKey });
        {
            std::scoped_lock lock(m_mutex);
            m_snapshot.backfill = p;
            m_snapshot.state = p.throttleReason.isEmpty() ? RunStatus { RunState::Migrating }
                : p.waitingForLock                        ? RunStatus { RunState::WaitingForLock }
                                                          : m_throttle;
        }
        sampleDrift(false);
    };
    c.raise = [this](Incident i) { raise(std::move(i)); };
    c.attach = [this](Backfiller* b) { m_controls.attach(b); };
    BackfillPhase(std::move(c)).run(m_plan.stepsIn(Phase::Backfill), r);
    for (const plan::PlanStep& s : m_plan.stepsIn(Phase::Backfill)) {
        if (!s.backfill && r.status == PhaseStatus::Running) {
            auto outcome = StepRunner::run(m_copy->db(), s, m_options.resume);
            if (outcome)
                r.steps << s.id;
        } else if (s.backfill) {
            r.steps << s.id;
        }
    }
    if (r.status == PhaseStatus::Running) {
        m_drift.backfillDone();
        observe(m_options.observeMs, r); // the application after the backfill, with nothing pending
    }
}

RehearsalResult RehearsalRunner::finish()
{
    setState({ isCancelled() ? RunState::Cancelled : RunState::Verifying });
    std::unique_ptr<WorkloadSimulator> workload;
    {
        std::scoped_lock lock(m_mutex);
        workload = std::move(m_workload);
    }
    if (workload)
        workload->stop();
    RehearsalResult result;
    result.cancelled = isCancelled();
    result.originalPath = m_options.originalPath;
    result.copyPath = m_options.copyPath;
    result.originalHashBefore = m_copy->originalHash().database;
    result.originalWalHashBefore = m_copy->originalHash().wal;
    result.planBefore = m_plan.plan.before;
    result.planAfter = m_plan.plan.after;
    {
        for (Fault f : m_controls.faults())
            result.faults << faultName(f);
    }
    if (m_copy) {
        // Cancelled: rows the backfill had not reached are work left, so only the pending-aware count holds.
        auto verification = Verifier::verify(m_copy->db(), m_plan, m_copy->tables());
        if (verification && !result.cancelled)
            result.verification = *verification;
        sampleDrift(true);
        (void)m_copy->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    // Not measured stays -1: after a contract only the last count with both shapes is real.
    result.driftRows = m_drift.lastExact().value_or(-1);
    if (result.verification && result.verification->driftRows >= 0)
        result.driftRows = result.verification->driftRows;
    result.mappings = m_drift.checks();
    if (auto hash = FileFingerprint::of(m_options.originalPath)) {
        result.originalHashAfter = hash->database;
        result.originalWalHashAfter = hash->wal;
    }

    std::scoped_lock lock(m_mutex);
    result.phases = m_records;
    result.incidents = m_incidents;
    for (auto p = m_records.crbegin(); result.driftRows < 0 && p != m_records.crend(); ++p)
        result.driftRows = p->driftRows; // resumed after the contract: the restored phases counted it
    if (result.driftRows < 0)
        result.driftNotMeasured = m_drift.notMeasuredReason();
    result.judge();
    result.elapsedMs = elapsedMs();
    m_snapshot.running = false;
    m_snapshot.finished = true;
    m_snapshot.state = { result.cancelled ? RunState::Cancelled : result.ok ? RunState::DoneOk : RunState::DoneFailed };
    m_snapshot.drift = result.driftRows >= 0 ? std::optional(result.driftRows) : std::nullopt;
    return result;
}

} // namespace godwit::rehearsal
