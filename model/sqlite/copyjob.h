// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <atomic>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QThread>

namespace godwit::sqlite {

// Makes a working copy on a worker thread and reports progress; the GUI never blocks on it.
// Starting a new copy cancels the previous one; stale results are dropped by generation id.
class CopyJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyJob)
public:
    explicit CopyJob(QObject* parent = nullptr);
    ~CopyJob() override;

    void start(const QString& originalPath, const QString& destPath);
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void progressed(qint64 pagesDone, qint64 pagesTotal);
    // The copy started over because another process wrote the original (`restarts` times so far).
    void restarted(int restarts);
    void finished(const QString& destPath);
    void failed(const godwit::Error& error);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QThread> m_thread;
    quint64 m_generation = 0;
};

} // namespace godwit::sqlite
