// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/rehearsal/rehearsalworkbench.h"

#include "plan/planbuilder.h"
#include "rehearsal/rehearsalplan.h"
#include "widgets/diff/diffview.h"
#include "widgets/rehearsal/rehearsalview.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace godwit::widgets {

RehearsalWorkbench::RehearsalWorkbench(QMainWindow* window, QMenu* migrationMenu, QMenu* viewMenu, DiffView* comparison,
    std::function<QString()> databasePath)
    : QObject(window)
    , m_window(window)
    , m_comparison(comparison)
    , m_databasePath(std::move(databasePath))
{
    setObjectName(QStringLiteral("rehearsalWorkbench"));
    m_view = new RehearsalView(window);
    m_dock = new QDockWidget(tr("Rehearsal"), window);
    m_dock->setObjectName(QStringLiteral("rehearsalDock"));
    m_dock->setWidget(m_view);
    m_dock->setFeatures(
        QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();

    m_action = new QAction(tr("&Rehearse…"), this);
    m_action->setObjectName(QStringLiteral("rehearseAction"));
    m_action->setStatusTip(
        tr("Run the migration plan on a copy of the database while a simulated application reads and writes it"));
    connect(m_action, &QAction::triggered, this, &RehearsalWorkbench::rehearse);
    if (!migrationMenu) {
        migrationMenu = window->menuBar()->addMenu(tr("&Migration"));
        migrationMenu->setObjectName(QStringLiteral("migrationMenu"));
    }
    migrationMenu->addAction(m_action);
    if (viewMenu)
        viewMenu->addAction(m_dock->toggleViewAction());
    if (m_comparison)
        connect(m_comparison, &DiffView::comparisonReady, this, &RehearsalWorkbench::updateAction);
    updateAction();
}

RehearsalWorkbench::~RehearsalWorkbench() = default;

void RehearsalWorkbench::updateAction()
{
    const bool compared = m_comparison && m_comparison->hasComparison() && !m_comparison->changeSet().isEmpty();
    m_action->setEnabled(compared && !m_databasePath().isEmpty() && !m_view->isRunning());
}

bool RehearsalWorkbench::rehearse()
{
    updateAction();
    if (!m_action->isEnabled())
        return false;
    const diff::ChangeSet& changes = m_comparison->changeSet();
    const QString database = m_databasePath();
    const rehearsal::RehearsalPlan plan
        = rehearsal::RehearsalPlan::fromMigrationPlan(plan::PlanBuilder::build(changes));
    if (plan.isEmpty())
        return false;
    m_view->setPlan(plan, database);
    m_view->setComparison(changes, QFileInfo(database).fileName(), QFileInfo(changes.after.source).fileName());
    m_dock->show();
    m_dock->raise();
    return true;
}

} // namespace godwit::widgets
