// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/jobrunner.h"
#include "rehearsaloptions.h"
#include "rehearsalplan.h"
#include "rehearsalresult.h"
#include "rehearsalsnapshot.h"

#include <memory>

#include <QObject>

namespace godwit::rehearsal {

class RehearsalRunner;

// Runs a rehearsal on a worker thread and reports through signals (queued to the thread that
// owns the job); views poll snapshot() on a timer for the live numbers. One rehearsal at a
// time: start() while running is ignored.
class RehearsalJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RehearsalJob)
public:
    explicit RehearsalJob(QObject* parent = nullptr);
    ~RehearsalJob() override;

    void start(const RehearsalPlan& plan, const RehearsalOptions& options);
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] RehearsalSnapshot snapshot() const;

    void pause();
    void resume();
    void step();
    void cancel();
    void setBatchSize(qint64 rows);
    void setDelayMs(int ms);
    void setRate(double operationsPerSecond);
    void setFaultEnabled(godwit::rehearsal::Fault fault, bool enabled);
    void setOverrideVerification(bool override);
    // Blocks until the worker thread has ended (tests, shutdown).
    void wait();

Q_SIGNALS:
    void phaseStarted(int index, const godwit::rehearsal::PhaseRecord& phase);
    void phaseFinished(int index, const godwit::rehearsal::PhaseRecord& phase);
    void incidentRaised(const godwit::rehearsal::Incident& incident);
    void finished(const godwit::rehearsal::RehearsalResult& result);
    void failed(const godwit::Error& error);

private:
    std::shared_ptr<RehearsalRunner> m_runner;
    // cancel() stops the rehearsal through its controls, which still reports how it ended; the
    // runner's own cancel (a newer rehearsal, destruction) also drops what it would report.
    JobRunner m_jobs { this };
};

} // namespace godwit::rehearsal
