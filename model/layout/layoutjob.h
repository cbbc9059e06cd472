// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "diagramlayout.h"
#include "layoutgraph.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace godwit::layout {

// Runs GraphvizLayout on a worker thread so a big schema never freezes the window. A newer
// request supersedes an older one: results carry a generation id and stale ones are dropped.
class LayoutJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutJob)
public:
    explicit LayoutJob(QObject* parent = nullptr);
    ~LayoutJob() override;

    void start(const LayoutGraph& graph, const LayoutOptions& options = {});
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const godwit::layout::DiagramLayout& layout);
    void failed(const godwit::Error& error);

private:
    QList<QPointer<QThread>> m_threads;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace godwit::layout
