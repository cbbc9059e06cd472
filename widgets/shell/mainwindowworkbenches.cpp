// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's workbenches: the features that bring their own menus, docks and background jobs
// (migrations, queries, rehearsal, review, data), wired to the window and to each other.
#include "migrations/migrationjob.h"
#include "widgets/data/dataworkbench.h"
#include "widgets/diff/diffview.h"
#include "widgets/migrations/migrationsworkbench.h"
#include "widgets/queries/querypanel.h"
#include "widgets/queries/queryworkbench.h"
#include "widgets/rehearsal/rehearsalview.h"
#include "widgets/rehearsal/rehearsalworkbench.h"
#include "widgets/review/reviewworkbench.h"
#include "widgets/schema/schemabrowser.h"
#include "widgets/shell/comparisonbinding.h"
#include "widgets/shell/editmenuactions.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/projectcontroller.h"

#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>

namespace godwit::widgets {

void MainWindow::createWorkbenches()
{
    // Rename decisions and card moves in the Compare view are the workspace's undo steps.
    new ComparisonBinding(m_diffView, m_workspace, this);
    m_migrations = new MigrationsWorkbench(this, menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu")),
        menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu")));
    connect(m_migrations, &MigrationsWorkbench::errorOccurred, this, &MainWindow::reportError);
    m_editActions = new EditMenuActions(
        m_migrations->editorPane(), menuBar()->findChild<QMenu*>(QStringLiteral("editMenu")), this);
    // "Apply pending" in the migrations panel: the database before, the working copy after, on the diagram.
    connect(
        m_migrations, &MigrationsWorkbench::changesApplied, this, [this](const migrations::MigrationJobResult& result) {
            m_diffView->setChangeSet(result.changes, m_current.title, QFileInfo(result.copyPath).fileName());
            m_central->setCurrentWidget(m_diffView); // the Compare mode follows
            updateActions();
        });
    m_queries = new QueryWorkbench(this, menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu")),
        menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu")), m_diagram);
    connect(m_queries, &QueryWorkbench::errorOccurred, this, &MainWindow::reportError);
    m_rehearsal = new RehearsalWorkbench(this, menuBar()->findChild<QMenu*>(QStringLiteral("migrationMenu")),
        m_diffView, [this] { return m_hasSchema && !m_current.isScript ? m_current.path : QString(); });
    connect(this, &MainWindow::schemaLoaded, m_rehearsal, &RehearsalWorkbench::updateAction);
    m_rehearsal->setWorkspace(m_workspace);
    m_review = new ReviewWorkbench(this, menuBar()->findChild<QMenu*>(QStringLiteral("migrationMenu")), m_diffView,
        [this] { return m_hasSchema && !m_current.path.startsWith(QLatin1Char(':')) ? m_current.path : QString(); });
    connect(this, &MainWindow::schemaLoaded, m_review, &ReviewWorkbench::updateAction);
    m_review->setWorkspace(m_workspace);
    // The Queries panel follows the comparison's after side, a migrations folder included.
    connect(this, &MainWindow::comparisonStarted, m_queries->panel(),
        [this](const QString& after) { m_queries->panel()->setAfterSource(after); });
    // Data ▸ Browse Table, Run SQL… and the Data dock; "Show the Rows" of a query or an incident opens there.
    auto* dataMenu = new QMenu(tr("&Data"), this);
    menuBar()->insertMenu(menuBar()->findChild<QMenu*>(QStringLiteral("migrationMenu"))->menuAction(), dataMenu);
    auto* data = new DataWorkbench(this, dataMenu, m_browser, [this] {
        return m_hasSchema && !m_current.isScript && QFileInfo(m_current.path).isFile() ? m_current.path : QString();
    });
    connect(this, &MainWindow::schemaLoaded, data, &DataWorkbench::updateActions);
    connect(m_queries->panel(), &QueryPanel::rowsRequested, data,
        [data](const QString& title, const QString& sql) { data->showRows(title, sql); });
    // A rehearsal incident's rows: read-only on the rehearsal's working copy, which the view names.
    connect(m_rehearsal->view(), &RehearsalView::rowsRequested, data, &DataWorkbench::showRows);
    createModes();
}

bool MainWindow::mayReplaceOpenFile()
{
    if (!m_hasSchema)
        return true;
    if (!m_projects->maybeSave() || !m_migrations->maybeClose())
        return false;
    if (!m_rehearsal->view()->isRunning())
        return true;
    if (dialogsEnabled()) {
        const auto answer = QMessageBox::question(this, tr("Rehearsal Running"),
            tr("A rehearsal is running on a copy of %1. Stop it and open another file?").arg(m_current.title),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_rehearsal->view()->cancel();
    return true;
}

} // namespace godwit::widgets
