// SPDX-License-Identifier: GPL-3.0-or-later
#include "copyjob.h"

#include "workingcopy.h"

#include <QMetaObject>

namespace godwit::sqlite {

CopyJob::CopyJob(QObject* parent)
    : QObject(parent)
{
}

CopyJob::~CopyJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool CopyJob::isRunning() const { return m_thread && m_thread->isRunning(); }

void CopyJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CopyJob::start(const QString& originalPath, const QString& destPath)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    QPointer<CopyJob> self(this);
    auto cancelFlag = m_cancel;
    QThread* thread = QThread::create([=] {
        auto report = [&](auto&& fn) {
            QMetaObject::invokeMethod(
                self.data(),
                [=] {
                    if (self && self->m_generation == generation)
                        fn();
                },
                Qt::QueuedConnection);
        };
        int restarts = 0;
        auto result = WorkingCopy::create(originalPath, destPath, [&](const BackupStatus& s) {
            report([=] { Q_EMIT self->progressed(s.pagesDone, s.pagesTotal); });
            if (s.restarts != restarts) {
                restarts = s.restarts;
                report([=] { Q_EMIT self->restarted(s.restarts); });
            }
            return !cancelFlag->load();
        });
        if (result)
            report([=] { Q_EMIT self->finished(destPath); });
        else
            report([=, error = result.error()] { Q_EMIT self->failed(error); });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

} // namespace godwit::sqlite
