// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/review/reviewworkbench.h"

#include "project/workspace.h"
#include "widgets/diff/diffview.h"
#include "widgets/review/reviewview.h"

#include <QAction>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace godwit::widgets {

ReviewWorkbench::ReviewWorkbench(
    QMainWindow* window, QMenu* migrationMenu, DiffView* comparison, std::function<QString()> beforePath)
    : QObject(window)
    , m_comparison(comparison)
    , m_beforePath(std::move(beforePath))
{
    setObjectName(QStringLiteral("reviewWorkbench"));
    m_view = new ReviewView(window);
    m_view->hide(); // until the window places it
    m_action = new QAction(tr("Re&view Document…"), this);
    m_action->setObjectName(QStringLiteral("reviewDocumentAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_action->setStatusTip(tr("The document for the pre-migration review meeting: preview, export (HTML, PDF, "
                              "Markdown) and present"));
    connect(m_action, &QAction::triggered, this, &ReviewWorkbench::review);
    if (!migrationMenu) {
        migrationMenu = window->menuBar()->addMenu(tr("&Migration"));
        migrationMenu->setObjectName(QStringLiteral("migrationMenu"));
    }
    migrationMenu->addAction(m_action);
    if (m_comparison) {
        connect(m_comparison, &DiffView::comparisonReady, this, [this] {
            m_stale = true;
            updateAction();
        });
    }
    updateAction();
}

ReviewWorkbench::~ReviewWorkbench() = default;

void ReviewWorkbench::setWorkspace(project::Workspace* workspace)
{
    m_workspace = workspace;
    connect(workspace, &project::Workspace::planChanged, this, [this] { m_stale = true; });
    connect(workspace, &project::Workspace::comparisonChanged, this, &ReviewWorkbench::updateAction);
}

void ReviewWorkbench::prepare()
{
    if (m_stale)
        review();
}

QString ReviewWorkbench::afterPath() const
{
    if (!m_comparison || !m_comparison->hasComparison())
        return {};
    // The workspace names what the user compared with (a migrations folder too); the comparison's
    // own after side may be a copy that is gone by now.
    const QString path = m_workspace && m_workspace->hasComparison() && !m_workspace->project().after.isEmpty()
        ? m_workspace->project().after
        : m_comparison->changeSet().after.source;
    return QFileInfo::exists(path) ? path : QString();
}

void ReviewWorkbench::updateAction()
{
    const QString before = m_beforePath();
    const bool enabled = !before.isEmpty() && QFileInfo::exists(before) && !afterPath().isEmpty();
    m_action->setEnabled(enabled);
    // A disabled action says what is missing, in its tooltip and in the status bar.
    const QString why = before.isEmpty() || !QFileInfo::exists(before)
        ? tr("The review reads the open file: open a database or script (not the built-in example)")
        : tr("Compare the open file with its target first: the review documents that change");
    m_action->setToolTip(enabled ? QString() : why);
    m_action->setStatusTip(enabled ? tr("The document for the pre-migration review meeting: preview, export (HTML, "
                                        "PDF, Markdown) and present")
                                   : why);
}

bool ReviewWorkbench::review()
{
    updateAction();
    if (!m_action->isEnabled())
        return false;
    m_view->setSources(m_beforePath(), afterPath());
    if (m_workspace && m_workspace->hasComparison()) // the plan with the user's answers
        m_view->setDecisions(m_workspace->project().answers, m_workspace->project().diffOptions());
    m_stale = false;
    Q_EMIT viewRequested();
    m_view->build();
    return true;
}

} // namespace godwit::widgets
