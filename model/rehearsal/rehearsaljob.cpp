// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsaljob.h"

#include "rehearsalrunner.h"

#include <QMetaObject>
#include <QThread>

namespace godwit::rehearsal {

RehearsalJob::RehearsalJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<godwit::rehearsal::PhaseRecord>();
    qRegisterMetaType<godwit::rehearsal::Incident>();
    qRegisterMetaType<godwit::rehearsal::RehearsalResult>();
    qRegisterMetaType<godwit::Error>();
}

RehearsalJob::~RehearsalJob()
{
    cancel();
    wait();
}

void RehearsalJob::start(const RehearsalPlan& plan, const RehearsalOptions& options)
{
    // A rehearsal that has reported its end may still be leaving its thread: wait for that, not for a running one.
    if (isRunning() && !(m_runner && m_runner->snapshot().finished))
        return;
    wait();
    const quint64 generation = ++m_generation;
    auto runner = std::make_shared<RehearsalRunner>(plan, options);
    m_runner = runner;
    QPointer<RehearsalJob> self(this);
    // Results travel back as queued calls; a job that is gone, or has started another
    // rehearsal since, drops them.
    auto post = [self, generation](auto function) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, function] {
                if (self && self->m_generation == generation)
                    function(*self);
            },
            Qt::QueuedConnection);
    };
    RehearsalRunner::Callbacks callbacks;
    callbacks.phaseStarted = [post](int index, const PhaseRecord& p) {
        post([index, p](RehearsalJob& job) { Q_EMIT job.phaseStarted(index, p); });
    };
    callbacks.phaseFinished = [post](int index, const PhaseRecord& p) {
        post([index, p](RehearsalJob& job) { Q_EMIT job.phaseFinished(index, p); });
    };
    callbacks.incidentRaised
        = [post](const Incident& i) { post([i](RehearsalJob& job) { Q_EMIT job.incidentRaised(i); }); };
    runner->setCallbacks(callbacks);
    QThread* thread = QThread::create([runner, post] {
        auto result = runner->run();
        if (result)
            post([r = *result](RehearsalJob& job) { Q_EMIT job.finished(r); });
        else
            post([e = result.error()](RehearsalJob& job) { Q_EMIT job.failed(e); });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

bool RehearsalJob::isRunning() const { return m_thread && m_thread->isRunning(); }

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

void RehearsalJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace godwit::rehearsal
