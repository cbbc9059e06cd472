// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's modes: which central page and docks each step of the workflow owns, the next
// step each one offers, and when a mode can be entered.
#include "project/workspace.h"
#include "widgets/canvas/diagramactions.h"
#include "widgets/canvas/diagramwidget.h"
#include "widgets/common/scrollpage.h"
#include "widgets/data/dataworkbench.h"
#include "widgets/diff/diffview.h"
#include "widgets/migrations/migrationsworkbench.h"
#include "widgets/plan/planpage.h"
#include "widgets/queries/queryworkbench.h"
#include "widgets/rehearsal/rehearsalview.h"
#include "widgets/rehearsal/rehearsalworkbench.h"
#include "widgets/review/reviewview.h"
#include "widgets/review/reviewworkbench.h"
#include "widgets/schema/schemaoverview.h"
#include "widgets/shell/guidedexample.h"
#include "widgets/shell/mainactions.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/modecontroller.h"
#include "widgets/shell/welcomepage.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>

namespace godwit::widgets {

void MainWindow::createModes()
{
    auto* planPage = new PlanPage(m_workspace, m_actions->plan, this);
    QScrollArea* plan = scrollPage(planPage, this);
    QScrollArea* rehearsal = scrollPage(m_rehearsal->view(), this);
    QScrollArea* review = scrollPage(m_review->view(), this);
    for (QWidget* page :
        { static_cast<QWidget*>(plan), static_cast<QWidget*>(rehearsal), static_cast<QWidget*>(review) })
        m_central->addWidget(page);

    m_modes->addMode(Mode::Schema,
        { tr("Schema"), QStringLiteral("mode-schema"),
            tr("The open database: its tables, keys and indexes as a diagram, an overview and a tree"),
            { m_welcome, m_diagram, m_overview }, { m_browserDock, m_detailsDock }, m_diagramActions->compare,
            tr("Compare With…") });
    m_modes->addMode(Mode::Compare,
        { tr("Compare"), QStringLiteral("mode-compare"),
            tr("Before and after side by side, every change coloured and classified"), { m_diffView }, {},
            m_actions->plan, tr("Plan This Change") });
    m_modes->addMode(Mode::Plan,
        { tr("Plan"), QStringLiteral("mode-plan"),
            tr("Expand, dual-write, backfill, read switch, contract: each step with its SQL, rollback and check"),
            { plan }, {}, m_rehearsal->rehearseAction(), tr("Rehearse the Plan") });
    m_modes->addMode(Mode::Rehearse,
        { tr("Rehearse"), QStringLiteral("mode-rehearse"),
            tr("The plan run on a copy of the data while a simulated application keeps reading and writing"),
            { rehearsal }, {}, m_review->reviewAction(), tr("Write the Review") });
    m_modes->addMode(Mode::Queries,
        { tr("Queries"), QStringLiteral("mode-queries"),
            tr("The application's main queries, explained before and after the change"), { m_diagram },
            { m_queries->dock() }, m_queries->loadQueriesAction(), tr("Load Queries…") });
    m_modes->addMode(Mode::Review,
        { tr("Review"), QStringLiteral("mode-review"),
            tr("The document for the pre-migration review: the change, the plan, the risks, the rehearsal"), { review },
            {}, nullptr, {} });

    QList<QDockWidget*> docks
        = { m_browserDock, m_detailsDock, m_queries->dock(), m_migrations->panelDock(), m_migrations->editorDock() };
    if (auto* data = findChild<DataWorkbench*>())
        docks << data->dock();
    m_modes->setManagedDocks(docks);

    connect(m_rehearsal, &RehearsalWorkbench::viewRequested, this, [this] { m_modes->setMode(Mode::Rehearse); });
    connect(m_review, &ReviewWorkbench::viewRequested, this, [this] { m_modes->setMode(Mode::Review); });
    connect(m_queries, &QueryWorkbench::queriesLoaded, this, [this] { m_modes->setMode(Mode::Queries); });
    // Planning shows the Plan mode behind the wizard: the plan follows each answer there.
    connect(m_actions->plan, &QAction::triggered, this, [this] { m_modes->setMode(Mode::Plan); });
    connect(m_modes, &ModeController::modeEntered, this, [this](Mode mode) {
        if (mode == Mode::Rehearse)
            m_rehearsal->prepare();
        else if (mode == Mode::Review)
            m_review->prepare();
        updateActions();
    });
    connect(m_rehearsal->view(), &RehearsalView::finished, this, &MainWindow::updateActions);

    m_guide = new GuidedExample(this, m_modes, QFileInfo(m_examplePath).path());
    connect(m_guide, &GuidedExample::errorOccurred, this, &MainWindow::reportError);
    connect(m_welcome, &WelcomePage::learnRequested, m_guide, &GuidedExample::start);
    if (auto* help = menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu")))
        help->insertAction(help->actions().value(1), m_guide->startAction()); // after Getting Started
}

void MainWindow::showModeWhenReady(Mode mode)
{
    auto* pending = new QObject(this); // lives until the mode is shown
    auto tryNow = [this, mode, pending] {
        // After the handlers of the same signal enabled the modes.
        QTimer::singleShot(0, pending, [this, mode, pending] {
            if (!m_modes->isModeEnabled(mode) || isLoading() || m_diffView->isBusy())
                return;
            m_modes->setMode(mode);
            pending->deleteLater();
        });
    };
    connect(this, &MainWindow::schemaLoaded, pending, tryNow);
    connect(m_workspace, &project::Workspace::comparisonChanged, pending, tryNow);
    tryNow();
}

void MainWindow::setExampleScriptPath(const QString& path)
{
    m_examplePath = path;
    m_guide->setSamples(QFileInfo(path).path());
}

void MainWindow::updateModes()
{
    if (!m_modes || !m_rehearsal || !m_review)
        return;
    const bool compared = m_diffView->hasComparison();
    const QString noFile = tr("Open a database first");
    const QString compareFirst = tr("Compare the open schema with its target first (Compare With…)");
    m_modes->setModeEnabled(Mode::Compare, m_hasSchema && compared, m_hasSchema ? compareFirst : noFile);
    m_modes->setModeEnabled(
        Mode::Plan, m_hasSchema && m_workspace->hasComparison(), m_hasSchema ? compareFirst : noFile);
    const bool rehearsable = m_rehearsal->rehearseAction()->isEnabled() || m_rehearsal->view()->hasPlan();
    m_modes->setModeEnabled(Mode::Rehearse, m_hasSchema && rehearsable, m_rehearsal->rehearseAction()->toolTip());
    m_modes->setModeEnabled(Mode::Queries, m_hasSchema, noFile);
    m_modes->setModeEnabled(
        Mode::Review, m_hasSchema && m_review->reviewAction()->isEnabled(), m_review->reviewAction()->toolTip());
}

} // namespace godwit::widgets
