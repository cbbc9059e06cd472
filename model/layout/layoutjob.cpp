// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutjob.h"

#include "graphvizlayout.h"

namespace godwit::layout {

LayoutJob::LayoutJob(QObject* parent)
    : QObject(parent)
{
}

LayoutJob::~LayoutJob() = default;

void LayoutJob::cancel() { m_jobs.cancel(); }

void LayoutJob::start(const LayoutGraph& graph, const LayoutOptions& options)
{
    m_jobs.start([this, graph, options](const Job& job) {
        Result<DiagramLayout> result = GraphvizLayout::layout(graph, options);
        job.finish([this, result = std::move(result)] {
            if (result)
                Q_EMIT finished(*result);
            else
                Q_EMIT failed(result.error());
        });
    });
}

} // namespace godwit::layout
