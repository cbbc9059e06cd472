// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/jobrunner.h"
#include "diagramlayout.h"
#include "layoutgraph.h"

#include <QObject>

namespace godwit::layout {

// Runs GraphvizLayout on a worker thread so a big schema never freezes the window. A newer
// request supersedes an older one, whose result is dropped (JobRunner).
class LayoutJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutJob)
public:
    explicit LayoutJob(QObject* parent = nullptr);
    ~LayoutJob() override;

    void start(const LayoutGraph& graph, const LayoutOptions& options = {});
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_jobs.isRunning(); }

Q_SIGNALS:
    void finished(const godwit::layout::DiagramLayout& layout);
    void failed(const godwit::Error& error);

private:
    // A layout cannot be interrupted inside Graphviz: a superseded one runs to its end, unseen.
    JobRunner m_jobs { this };
};

} // namespace godwit::layout
