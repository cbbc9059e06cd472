// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include <atomic>
#include <mutex>

#include <QMetaObject>
#include <QThread>

namespace godwit {

struct JobState {
    QObject* owner = nullptr;
    std::atomic_bool cancelled = false;
    bool done = false; // read and written on the owner's thread only
    // Guards `interrupt`: cancel() calls it under the lock, so the worker's InterruptScope cannot
    // end (and free what the interrupt touches) while it runs.
    std::mutex mutex;
    std::function<void()> interrupt;

    void cancel()
    {
        const std::lock_guard lock(mutex);
        cancelled = true;
        if (interrupt)
            interrupt();
    }
};

Job::Job(std::shared_ptr<JobState> state)
    : m_state(std::move(state))
{
}

bool Job::isCancelled() const { return m_state->cancelled; }

void Job::post(std::function<void()> fn) const
{
    // The owner outlives the worker (the runner waits for it), so the pointer is valid here;
    // the queued call checks the flag again on the owner's thread, where cancel() sets it.
    QMetaObject::invokeMethod(
        m_state->owner,
        [state = m_state, fn = std::move(fn)] {
            if (!state->cancelled)
                fn();
        },
        Qt::QueuedConnection);
}

void Job::finish(std::function<void()> fn) const
{
    QMetaObject::invokeMethod(
        m_state->owner,
        [state = m_state, fn = std::move(fn)] {
            if (state->cancelled)
                return;
            state->done = true;
            fn();
        },
        Qt::QueuedConnection);
}

Job::InterruptScope Job::interruptWith(std::function<void()> interrupt) const
{
    const std::lock_guard lock(m_state->mutex);
    // Cancelled before the work got here: interrupt at once, the flag alone may come too late.
    if (m_state->cancelled)
        interrupt();
    m_state->interrupt = std::move(interrupt);
    return InterruptScope(m_state);
}

Job::InterruptScope::InterruptScope(std::shared_ptr<JobState> state)
    : m_state(std::move(state))
{
}

Job::InterruptScope::~InterruptScope()
{
    const std::lock_guard lock(m_state->mutex);
    m_state->interrupt = nullptr;
}

JobRunner::JobRunner(QObject* owner)
    : m_owner(owner)
{
}

JobRunner::~JobRunner()
{
    cancel();
    wait();
    // Finished workers are deleted here rather than by their pending deleteLater, which needs
    // an event loop the owner's thread may no longer run.
    for (const QPointer<QThread>& thread : std::as_const(m_threads))
        delete thread.data();
}

void JobRunner::start(std::function<void(const Job&)> work)
{
    cancel();
    auto state = std::make_shared<JobState>();
    state->owner = m_owner;
    m_current = state;
    QThread* thread = QThread::create([state, work = std::move(work)] {
        const Job job(state);
        work(job);
        // Queued after everything the work posted: the job stops running once those are delivered.
        QMetaObject::invokeMethod(
            state->owner, [state] { state->done = true; }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start();
}

void JobRunner::cancel()
{
    if (m_current)
        m_current->cancel();
}

bool JobRunner::isRunning() const { return m_current && !m_current->cancelled && !m_current->done; }

void JobRunner::wait()
{
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

} // namespace godwit
