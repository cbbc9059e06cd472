// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "queryimpact.h"

#include <atomic>
#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace godwit::queries {

// Runs QueryImpact on a worker thread (it copies databases and runs every query several
// times). A newer request supersedes an older one: the older is cancelled at its next progress
// step and its result dropped, as SchemaLoadJob does.
class QueryImpactJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryImpactJob)
public:
    explicit QueryImpactJob(QObject* parent = nullptr);
    ~QueryImpactJob() override;

    void start(const QueryImpact::Request& request);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const godwit::queries::QueryReport& report);
    void failed(const godwit::Error& error);

private:
    QList<QPointer<QThread>> m_threads;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace godwit::queries
