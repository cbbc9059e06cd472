// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/rehearsal/rehearsalworkbench.h"

#include "plan/planbuilder.h"
#include "project/workspace.h"
#include "rehearsal/rehearsaljson.h"
#include "rehearsal/rehearsalplan.h"
#include "widgets/diff/diffview.h"
#include "widgets/rehearsal/rehearsalview.h"

#include <QAction>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace godwit::widgets {

RehearsalWorkbench::RehearsalWorkbench(
    QMainWindow* window, QMenu* migrationMenu, DiffView* comparison, std::function<QString()> databasePath)
    : QObject(window)
    , m_comparison(comparison)
    , m_databasePath(std::move(databasePath))
{
    setObjectName(QStringLiteral("rehearsalWorkbench"));
    m_view = new RehearsalView(window);
    m_view->hide(); // until the window places it

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
    if (m_comparison) {
        connect(m_comparison, &DiffView::comparisonReady, this, [this] {
            m_stale = true;
            updateAction();
        });
    }
    updateAction();
}

RehearsalWorkbench::~RehearsalWorkbench() = default;

void RehearsalWorkbench::setWorkspace(project::Workspace* workspace)
{
    m_workspace = workspace;
    connect(workspace, &project::Workspace::planChanged, this, [this] {
        m_stale = true;
        updateAction();
    });
    // The pace is a project setting: a classroom project keeps its Classroom pace.
    connect(m_view, &RehearsalView::paceChanged, workspace, [workspace](project::Pace pace) {
        project::RehearsalSettings settings = workspace->project().rehearsal;
        if (settings.pace == pace)
            return;
        settings.pace = pace;
        workspace->setRehearsalSettings(settings);
    });
    // The record of a finished rehearsal goes into the project.
    connect(m_view, &RehearsalView::finished, workspace, [workspace](const rehearsal::RehearsalResult& result) {
        workspace->recordRehearsal(QJsonDocument::fromJson(rehearsal::RehearsalJson::write(result).toUtf8()).object());
    });
}

void RehearsalWorkbench::prepare()
{
    if (m_stale && !m_view->isRunning())
        rehearse();
}

void RehearsalWorkbench::updateAction()
{
    const bool compared = (m_workspace && m_workspace->hasComparison())
        ? !m_workspace->changes().isEmpty()
        : m_comparison && m_comparison->hasComparison() && !m_comparison->changeSet().isEmpty();
    const bool database = !m_databasePath().isEmpty();
    const bool enabled = compared && database && !m_view->isRunning();
    m_action->setEnabled(enabled);
    // A disabled action says what is missing, in its tooltip and in the status bar.
    const QString why = !database ? tr("Rehearsals run on a copy of a database: open one (not a script)")
        : !compared               ? tr("Compare the database with its target first: the rehearsal runs the plan")
                                  : tr("A rehearsal is running");
    m_action->setToolTip(enabled ? QString() : why);
    m_action->setStatusTip(enabled ? tr("Run the migration plan on a copy of the database while a simulated "
                                        "application reads and writes it")
                                   : why);
}

bool RehearsalWorkbench::rehearse()
{
    updateAction();
    if (!m_action->isEnabled())
        return false;
    // The workspace's plan carries the user's answers (skip the dual-write, batch sizes, fill
    // values, rename decisions); without a workspace, the pre-filled answers.
    const bool fromWorkspace = m_workspace && m_workspace->hasComparison();
    const diff::ChangeSet& changes = fromWorkspace ? m_workspace->changes() : m_comparison->changeSet();
    const QString database = m_databasePath();
    const rehearsal::RehearsalPlan plan = rehearsal::RehearsalPlan::fromMigrationPlan(
        fromWorkspace ? m_workspace->plan() : plan::PlanBuilder::build(changes));
    if (plan.isEmpty())
        return false;
    m_view->setPlan(plan, database);
    if (m_workspace)
        m_view->setPace(m_workspace->project().rehearsal.pace);
    m_view->setComparison(changes, QFileInfo(database).fileName(), QFileInfo(changes.after.source).fileName());
    m_stale = false;
    Q_EMIT viewRequested();
    return true;
}

} // namespace godwit::widgets
