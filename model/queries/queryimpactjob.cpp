// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryimpactjob.h"

#include <QMetaObject>

namespace godwit::queries {

QueryImpactJob::QueryImpactJob(QObject* parent)
    : QObject(parent)
{
}

QueryImpactJob::~QueryImpactJob()
{
    cancel();
    // A worker holds connections to files the caller may delete next; let it finish first.
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void QueryImpactJob::cancel()
{
    ++m_generation;
    m_running = false;
    if (m_cancelled)
        m_cancelled->store(true);
}

void QueryImpactJob::start(const QueryImpact::Request& request)
{
    cancel();
    const quint64 generation = m_generation;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    m_running = true;
    QPointer<QueryImpactJob> self(this);
    QThread* thread = QThread::create([self, generation, cancelled, request] {
        auto progress = [self, generation, cancelled](int done, int total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, done, total] {
                    if (self && self->m_generation == generation)
                        Q_EMIT self->progressed(done, total);
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        };
        Result<QueryReport> result = QueryImpact::run(request, progress);
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, result = std::move(result)] {
                if (!self || self->m_generation != generation)
                    return;
                self->m_running = false;
                if (result)
                    Q_EMIT self->finished(*result);
                else
                    Q_EMIT self->failed(result.error());
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start();
}

} // namespace godwit::queries
