// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutjob.h"

#include "graphvizlayout.h"

#include <QMetaObject>

namespace godwit::layout {

LayoutJob::LayoutJob(QObject* parent)
    : QObject(parent)
{
}

LayoutJob::~LayoutJob()
{
    cancel();
    // A layout cannot be interrupted inside Graphviz; waiting keeps it from outliving its job.
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void LayoutJob::cancel()
{
    ++m_generation;
    m_running = false;
}

void LayoutJob::start(const LayoutGraph& graph, const LayoutOptions& options)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    QPointer<LayoutJob> self(this);
    QThread* thread = QThread::create([self, generation, graph, options] {
        Result<DiagramLayout> result = GraphvizLayout::layout(graph, options);
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

} // namespace godwit::layout
