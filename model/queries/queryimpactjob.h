// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/jobrunner.h"
#include "queryimpact.h"

#include <QObject>

namespace godwit::queries {

// Runs QueryImpact on a worker thread (it copies databases and runs every query several
// times). A newer request supersedes an older one: the older is cancelled at its next progress
// step and its result dropped (JobRunner).
class QueryImpactJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryImpactJob)
public:
    explicit QueryImpactJob(QObject* parent = nullptr);
    ~QueryImpactJob() override;

    void start(const QueryImpact::Request& request);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_jobs.isRunning(); }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const godwit::queries::QueryReport& report);
    void failed(const godwit::Error& error);

private:
    JobRunner m_jobs { this };
};

} // namespace godwit::queries
