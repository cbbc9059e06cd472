// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryimpactjob.h"

namespace godwit::queries {

QueryImpactJob::QueryImpactJob(QObject* parent)
    : QObject(parent)
{
}

// A worker holds connections to files the caller may delete next: the runner waits for it.
QueryImpactJob::~QueryImpactJob() = default;

void QueryImpactJob::cancel() { m_jobs.cancel(); }

void QueryImpactJob::start(const QueryImpact::Request& request)
{
    m_jobs.start([this, request](const Job& job) {
        auto progress = [this, &job](int done, int total) {
            job.post([this, done, total] { Q_EMIT progressed(done, total); });
            return !job.isCancelled();
        };
        Result<QueryReport> result = QueryImpact::run(request, progress);
        job.finish([this, result = std::move(result)] {
            if (result)
                Q_EMIT finished(*result);
            else
                Q_EMIT failed(result.error());
        });
    });
}

} // namespace godwit::queries
