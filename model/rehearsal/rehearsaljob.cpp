// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsaljob.h"

#include "rehearsalrunner.h"

namespace godwit::rehearsal {

RehearsalJob::RehearsalJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<godwit::rehearsal::PhaseRecord>();
    qRegisterMetaType<godwit::rehearsal::Incident>();
    qRegisterMetaType<godwit::rehearsal::RehearsalResult>();
    qRegisterMetaType<godwit::Error>();
}

RehearsalJob::~RehearsalJob() = default;

void RehearsalJob::start(const RehearsalPlan& plan, const RehearsalOptions& options)
{
    // A rehearsal that has reported its end may still be leaving its thread: wait for that, not for a running one.
    if (isRunning() && !(m_runner && m_runner->snapshot().finished))
        return;
    wait();
    auto runner = std::make_shared<RehearsalRunner>(plan, options);
    m_runner = runner;
    m_jobs.start([this, runner](const Job& job) {
        RehearsalRunner::Callbacks callbacks;
        callbacks.phaseStarted = [this, job](int index, const PhaseRecord& p) {
            job.post([this, index, p] { Q_EMIT phaseStarted(index, p); });
        };
        callbacks.phaseFinished = [this, job](int index, const PhaseRecord& p) {
            job.post([this, index, p] { Q_EMIT phaseFinished(index, p); });
        };
        callbacks.incidentRaised
            = [this, job](const Incident& i) { job.post([this, i] { Q_EMIT incidentRaised(i); }); };
        runner->setCallbacks(callbacks);
        auto result = [&] {
            const Job::InterruptScope interruptible = job.interruptWith([&runner] { runner->controls().cancel(); });
            return runner->run();
        }();
        job.finish([this, result = std::move(result)] {
            if (result)
                Q_EMIT finished(*result);
            else
                Q_EMIT failed(result.error());
        });
    });
}

bool RehearsalJob::isRunning() const { return m_jobs.isRunning(); }

RehearsalSnapshot RehearsalJob::snapshot() const { return m_runner ? m_runner->snapshot() : RehearsalSnapshot {}; }

void RehearsalJob::pause()
{
    if (m_runner)
        m_runner->controls().pause();
}

void RehearsalJob::resume()
{
    if (m_runner)
        m_runner->controls().resume();
}

void RehearsalJob::step()
{
    if (m_runner)
        m_runner->controls().step();
}

void RehearsalJob::cancel()
{
    if (m_runner)
        m_runner->controls().cancel();
}

void RehearsalJob::setBatchSize(qint64 rows)
{
    if (m_runner)
        m_runner->controls().setBatchSize(rows);
}

void RehearsalJob::setDelayMs(int ms)
{
    if (m_runner)
        m_runner->controls().setDelayMs(ms);
}

void RehearsalJob::setRate(double operationsPerSecond)
{
    if (m_runner)
        m_runner->setRate(operationsPerSecond);
}

void RehearsalJob::setFaultEnabled(Fault fault, bool enabled)
{
    if (m_runner)
        m_runner->controls().setFaultEnabled(fault, enabled);
}

void RehearsalJob::setOverrideVerification(bool override)
{
    if (m_runner)
        m_runner->controls().setOverrideVerification(override);
}

void RehearsalJob::wait() { m_jobs.wait(); }

} // namespace godwit::rehearsal
