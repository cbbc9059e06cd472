// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QPointer>

class QObject;
class QThread;

namespace godwit {

struct JobState;

// What a job's work function holds on its worker thread: whether it should stop, and the way
// back to its owner's thread. Copies share one job.
class Job final {
public:
    // Set when the owner cancels the job, starts a newer one or is destroyed: the work should
    // stop at its next check; whatever it posts from now on is dropped.
    [[nodiscard]] bool isCancelled() const;
    // Runs `fn` on the owner's thread (a queued call), unless the job is cancelled by then.
    void post(std::function<void()> fn) const;
    // post() for the job's result: the runner stops counting the job as running just before `fn`.
    void finish(std::function<void()> fn) const;

    // While the returned scope lives, cancelling the job also calls `interrupt` (on the cancelling
    // thread, e.g. sqlite3_interrupt on the connection the work is using). The scope's end waits
    // for a running interrupt, so what `interrupt` touches may be destroyed right after it.
    class [[nodiscard]] InterruptScope final {
    public:
        explicit InterruptScope(std::shared_ptr<JobState> state);
        ~InterruptScope();
        InterruptScope(const InterruptScope&) = delete;
        InterruptScope& operator=(const InterruptScope&) = delete;

    private:
        std::shared_ptr<JobState> m_state;
    };
    [[nodiscard]] InterruptScope interruptWith(std::function<void()> interrupt) const;

private:
    friend class JobRunner;
    explicit Job(std::shared_ptr<JobState> state);
    std::shared_ptr<JobState> m_state;
};

// The one background-job tracker (after hotspot's): each start() runs its work on a new worker
// thread; a newer start() supersedes the older job (cancelled, its posts dropped), cancel() stops
// the current one, and results come back as queued calls on the owner's thread. The destructor
// cancels everything and waits for the workers, so no work outlives the owner and no posted call
// reaches it after it is gone. Owner-thread only; keep it as a member of the owner.
class JobRunner final {
public:
    explicit JobRunner(QObject* owner);
    ~JobRunner();
    JobRunner(const JobRunner&) = delete;
    JobRunner& operator=(const JobRunner&) = delete;

    void start(std::function<void(const Job&)> work);
    void cancel();
    // From start() until the job finished (or its work returned and its posts were delivered) or
    // was cancelled.
    [[nodiscard]] bool isRunning() const;
    // Blocks until every worker thread has ended, also superseded ones (tests, shutdown).
    void wait();

private:
    QObject* m_owner;
    std::shared_ptr<JobState> m_current;
    QList<QPointer<QThread>> m_threads;
};

} // namespace godwit
