// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/mainwindow.h"

#include "core/error.h"
#include "migrations/migrationjob.h"
#include "postgres/connectionuri.h"
#include "project/workspace.h"
#include "schema/schemaloadjob.h"
#include "widgets/canvas/diagramactions.h"
#include "widgets/canvas/diagramwidget.h"
#include "widgets/common/format.h"
#include "widgets/common/icons.h"
#include "widgets/data/dataworkbench.h"
#include "widgets/diff/diffview.h"
#include "widgets/migrations/migrationsworkbench.h"
#include "widgets/plan/decisionwizard.h"
#include "widgets/queries/querypanel.h"
#include "widgets/queries/queryworkbench.h"
#include "widgets/rehearsal/rehearsalworkbench.h"
#include "widgets/review/reviewworkbench.h"
#include "widgets/schema/detailspane.h"
#include "widgets/schema/schemabrowser.h"
#include "widgets/schema/schemaoverview.h"
#include "widgets/shell/aboutbox.h"
#include "widgets/shell/connectdialog.h"
#include "widgets/shell/editmenuactions.h"
#include "widgets/shell/filedropfilter.h"
#include "widgets/shell/gettingstarted.h"
#include "widgets/shell/mainactions.h"
#include "widgets/shell/mainstatusbar.h"
#include "widgets/shell/modecontroller.h"
#include "widgets/shell/preferencesdialog.h"
#include "widgets/shell/projectcontroller.h"
#include "widgets/shell/recentfiles.h"
#include "widgets/shell/welcomepage.h"
#include "widgets/sql/sqlview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>
#include <QUndoStack>

namespace godwit::widgets {

namespace {

    constexpr int MinZoom = -6;
    constexpr int MaxZoom = 16;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_job(new schema::SchemaLoadJob(this))
    , m_recent(new RecentFiles(this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_overview(new SchemaOverview(this))
    , m_browser(new SchemaBrowser(this))
    , m_details(new DetailsPane(this))
    , m_workspace(new project::Workspace(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    connect(new FileDropFilter(this), &FileDropFilter::fileDropped, this, &MainWindow::openFile);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);

    m_diagram = new DiagramWidget(this);
    m_diffView = new DiffView(this);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_overview);
    m_central->addWidget(m_diagram);
    m_central->addWidget(m_diffView);
    m_modes = new ModeController(this, m_central); // the strip above the stack, the bar on the left
    setCentralWidget(m_modes->centralArea());

    m_diagramActions = new DiagramActions(m_central, m_overview, m_diagram, m_diffView, this);
    connect(m_diagramActions->compare, &QAction::triggered, this, &MainWindow::chooseComparison);
    connect(m_diagramActions->compareMigrations, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Compare With Pending Migrations"), QFileInfo(m_current.path).absolutePath());
        if (!folder.isEmpty())
            compareWithMigrations(folder);
    });
    createActions();
    createMenus();
    createToolBar();
    createDocks();
    m_projects = new ProjectController(this, m_workspace, m_actions, m_recentProjectsMenu);
    connect(m_projects, &ProjectController::errorOccurred, this, &MainWindow::reportError);
    connect(m_projects, &ProjectController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &project::Workspace::comparisonChanged, this, &MainWindow::updateActions);
    m_statusBar = new MainStatusBar(this);
    setStatusBar(m_statusBar);
    setBusy(false);
    createWorkbenches();

    connect(m_job, &schema::SchemaLoadJob::loaded, this, &MainWindow::onLoaded);
    connect(m_job, &schema::SchemaLoadJob::failed, this, &MainWindow::onFailed);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);

    connect(m_welcome, &WelcomePage::openDatabaseRequested, this, &MainWindow::chooseDatabase);
    connect(m_welcome, &WelcomePage::openScriptRequested, this, &MainWindow::chooseScript);
    connect(m_welcome, &WelcomePage::openExampleRequested, this, &MainWindow::openExample);
    connect(m_welcome, &WelcomePage::recentFileRequested, this, &MainWindow::openFile);

    connect(m_browser, &SchemaBrowser::currentObjectChanged, this, [this](const SchemaTreeModel::ObjectRef& ref) {
        m_details->showObject(ref);
        m_overview->selectTable(ref.table);
        m_diagram->selectTable(ref.table);
    });
    connect(m_overview, &SchemaOverview::tableActivated, this, [this](const QString& name) {
        m_browser->selectTable(name);
        m_detailsDock->show();
    });

    // The canvas and the comparison select in the browser (and so in the details pane) too.
    auto selectInBrowser = [this](const QString& name) {
        if (m_browser->selectTable(name))
            m_detailsDock->show();
    };
    connect(m_diagram, &DiagramWidget::tableActivated, this, selectInBrowser);
    connect(m_diffView, &DiffView::tableActivated, this, selectInBrowser);
    connect(m_diagram, &DiagramWidget::errorOccurred, this, &MainWindow::reportError);
    connect(m_diffView, &DiffView::errorOccurred, this, [this](const QString& message, const QString& details) {
        setBusy(false);
        updateActions();
        reportError(message, details);
    });
    connect(m_diffView, &DiffView::comparisonReady, this, [this] {
        m_workspace->setSchemas(m_diffView->changeSet().before, m_diffView->changeSet().after);
        setBusy(false);
        m_central->setCurrentWidget(m_diffView);
        updateActions();
    });

    rebuildRecentMenu();
    restoreSettings();
    updateTitle();
    updateStatusBar();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_actions = new MainActions(this);
    connect(m_actions->openDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_actions->openScript, &QAction::triggered, this, &MainWindow::chooseScript);
    connect(m_actions->openExample, &QAction::triggered, this, &MainWindow::openExample);
    connect(m_actions->reload, &QAction::triggered, this, &MainWindow::reload);
    connect(m_actions->close, &QAction::triggered, this, &MainWindow::closeFile);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->zoomIn, &QAction::triggered, this, [this] { setDdlZoom(m_ddlZoom + 1); });
    connect(m_actions->zoomOut, &QAction::triggered, this, [this] { setDdlZoom(m_ddlZoom - 1); });
    connect(m_actions->zoomReset, &QAction::triggered, this, [this] { setDdlZoom(0); });
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_browserDock->show();
        m_browser->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_browser->filterEdit()->selectAll();
    });
    connect(m_actions->about, &QAction::triggered, this, [this] { AboutBox::show(this); });
    connect(m_actions->aboutQt, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
    connect(m_actions->plan, &QAction::triggered, this,
        [this] { m_projects->planMigration(m_queries->requestedIndexes()); });
}

void MainWindow::chooseComparison()
{
    const QString path = askOpenPath(
        tr("Compare With"), tr("Schemas (*.db *.sqlite *.sqlite3 *.db3 *.sql *.mmd *.md);;All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

void MainWindow::compareWith(const QString& path)
{
    if (!m_hasSchema)
        return;
    setBusy(true, tr("Comparing with %1…").arg(QFileInfo(path).fileName()));
    Q_EMIT comparisonStarted(QFileInfo(path).absoluteFilePath(), false);
    m_diffView->compareWith(m_schema, m_current.title, path);
    updateActions();
}

void MainWindow::compareWithMigrations(const QString& folder)
{
    if (!m_hasSchema || m_current.isScript)
        return;
    setBusy(true, tr("Applying the pending migrations of %1 to a copy…").arg(QFileInfo(folder).fileName()));
    Q_EMIT comparisonStarted(QFileInfo(folder).absoluteFilePath(), true);
    m_diffView->compareWithMigrations(m_schema, m_current.title, m_current.path, folder);
    updateActions();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_actions->newProject);
    file->addAction(m_actions->openProject);
    m_recentProjectsMenu = file->addMenu(tr("Open Recent Pro&ject"));
    file->addAction(m_actions->saveProject);
    file->addAction(m_actions->saveProjectAs);
    file->addSeparator();
    file->addAction(m_actions->openDatabase);
    file->addAction(m_actions->openScript);
    file->addAction(ConnectDialog::createAction(this, [this](const QString& uri) { openFile(uri); }));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_actions->openExample);
    file->addSeparator();
    file->addAction(m_diagramActions->compare);
    file->addAction(m_diagramActions->compareMigrations);
    file->addAction(m_diagramActions->exportDiagram);
    file->addSeparator();
    file->addAction(m_actions->reload);
    file->addAction(m_actions->close);
    file->addSeparator();
    file->addAction(PreferencesDialog::createAction(this));
    file->addAction(m_actions->quit);

    // Filled once the SQL editor exists (EditMenuActions).
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    // Answers, rename decisions and card moves; Ctrl+Z stays the SQL editor's.
    QAction* undo = m_workspace->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoProjectAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    QAction* redo = m_workspace->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoProjectAction"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // The View menu is filled in createDocks(), once the docks exist.
    menuBar()->addMenu(tr("&View"))->setObjectName(QStringLiteral("viewMenu"));

    // The expand-contract plan of the current comparison, walked through the decision tree.
    QMenu* migration = menuBar()->addMenu(tr("&Migration"));
    migration->setObjectName(QStringLiteral("migrationMenu"));
    migration->addAction(m_actions->plan);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&Getting Started"), this, [this] { GettingStarted::show(this); })
        ->setObjectName(QStringLiteral("gettingStartedAction"));
    help->addSeparator();
    help->addAction(m_actions->about);
    help->addAction(m_actions->aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_actions->openDatabase);
    m_toolBar->addAction(m_actions->openScript);
    m_toolBar->addAction(m_actions->openExample);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->reload);
    m_toolBar->addAction(m_actions->close);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_diagramActions->showDiagram);
    m_toolBar->addAction(m_diagramActions->showOverview);
    m_toolBar->addAction(m_diagramActions->compare);
}

void MainWindow::createDocks()
{
    m_browserDock = new QDockWidget(tr("Schema"), this);
    m_browserDock->setObjectName(QStringLiteral("schemaBrowserDock"));
    m_browserDock->setWidget(m_browser);
    m_browserDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_browserDock);

    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    m_detailsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    QAction* browserToggle = m_browserDock->toggleViewAction();
    browserToggle->setText(tr("&Schema Browser"));
    browserToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1)); // Ctrl+1 … Ctrl+6 are the modes
    QAction* detailsToggle = m_detailsDock->toggleViewAction();
    detailsToggle->setText(tr("&Details"));
    detailsToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction* toolBarToggle = m_toolBar->toggleViewAction();
    toolBarToggle->setText(tr("&Toolbar"));
    view->addAction(browserToggle);
    view->addAction(detailsToggle);
    view->addAction(toolBarToggle);
    view->addSeparator();
    view->addAction(m_actions->find);
    view->addSeparator();
    view->addAction(m_actions->zoomIn);
    view->addAction(m_actions->zoomOut);
    view->addAction(m_actions->zoomReset);
    view->addSeparator();
    view->addAction(m_diagramActions->showDiagram);
    view->addAction(m_diagramActions->showOverview);
    view->addAction(m_diagramActions->showComparison);
    view->addSeparator();
    view->addAction(m_diagramActions->zoomIn);
    view->addAction(m_diagramActions->zoomOut);
    view->addAction(m_diagramActions->fit);
    view->addAction(m_diagramActions->relayout);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    // The first start: a comfortable size, never larger than the screen (a 1,366×768 laptop
    // would otherwise lose the status bar below its edge).
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(QSize(1360, 840).boundedTo(screen()->availableGeometry().size() - QSize(16, 40)));
    if (!restoreState(settings.value(QStringLiteral("state")).toByteArray()))
        resizeDocks({ m_browserDock, m_detailsDock }, { 310, 390 }, Qt::Horizontal);
    m_modes->restoreSettings();
    setDdlZoom(settings.value(QStringLiteral("ddlZoom"), 0).toInt());
    settings.endGroup();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    m_modes->saveSettings();
    settings.setValue(QStringLiteral("ddlZoom"), m_ddlZoom);
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_projects->maybeSave() || !m_migrations->maybeClose()) {
        event->ignore(); // unsaved SQL, and the user cancelled
        return;
    }
    saveSettings();
    event->accept();
}

bool MainWindow::isLoading() const { return m_job->isRunning(); }

void MainWindow::openFile(const QString& path)
{
    if (!mayReplaceOpenFile())
        return;
    const bool uri = postgres::ConnectionUri::isUri(path); // a live PostgreSQL database, titled without its password
    startLoad({ .path = uri ? path : QFileInfo(path).absoluteFilePath(),
        .title = uri ? postgres::ConnectionUri::redacted(path) : QFileInfo(path).fileName(),
        .isScript = schema::SchemaLoadJob::isScriptPath(path) });
}

void MainWindow::openExample()
{
    if (!mayReplaceOpenFile())
        return;
    Source source;
    source.path = m_examplePath;
    source.title = tr("Orders example");
    source.isScript = true;
    source.isExample = true;
    startLoad(source);
}

void MainWindow::reload()
{
    if (m_hasSchema)
        startLoad(m_current);
}

void MainWindow::startLoad(const Source& source)
{
    m_pending = source;
    setBusy(true, tr("Opening %1…").arg(source.title));
    if (source.isExample) {
        // The example lives in the resources; the reader gets its text, not a path.
        QFile file(source.path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_job->cancel();
            setBusy(false);
            reportError(tr("The orders example is missing from this build."), source.path);
            return;
        }
        m_job->startScript(QString::fromUtf8(file.readAll()), QFileInfo(source.path).fileName());
        return;
    }
    m_job->start(source.path);
}

void MainWindow::onLoaded(const schema::Schema& schema, const sqlite::DatabaseInfo& info)
{
    // A reload keeps the user's place in the tree.
    const bool sameFile = m_hasSchema && m_current.path == m_pending.path;
    const SchemaTreeModel::ObjectRef previous = sameFile ? m_browser->currentObject() : SchemaTreeModel::ObjectRef {};

    m_schema = schema;
    m_info = info;
    m_current = m_pending;
    m_hasSchema = true;
    m_migrations->setDatabase(m_current.isScript ? QString() : m_current.path, schema);
    m_queries->setDatabase(m_current.path);
    setBusy(false);

    const QString location = m_current.isExample
        ? tr("Bundled with Godwit: samples/orders/%1").arg(QFileInfo(m_current.path).fileName())
        : QDir::toNativeSeparators(m_current.path);
    m_details->setSchema(schema, info, m_current.title, m_current.isScript);
    m_browser->setSchema(schema);
    m_overview->setSchema(schema, info, m_current.title, location, m_current.isScript);
    m_diagram->setSchema(schema, postgres::ConnectionUri::redacted(m_current.path));
    if (!sameFile)
        m_diffView->clear();
    m_central->setCurrentWidget(m_diagram);
    if (previous.isValid())
        m_browser->selectObject(previous);
    if (!m_current.isExample)
        m_recent->add(m_current.path);

    updateTitle();
    updateStatusBar();
    updateActions();
    Q_EMIT schemaLoaded(m_current.path);
}

void MainWindow::onFailed(const Error& error)
{
    const Source failed = m_pending;
    setBusy(false);
    if (ConnectDialog::retryWithPassword(this, error, failed.path, [this](const QString& uri) { openFile(uri); }))
        return;
    if (error.code == Error::Code::FileNotFound)
        m_recent->remove(failed.path);
    QString message = tr("Godwit could not open “%1”.").arg(failed.title);
    switch (error.code) {
    case Error::Code::NotADatabase:
    case Error::Code::EmptyFile:
        message += QLatin1Char(' ') + tr("It is not a SQLite database.");
        break;
    case Error::Code::FileNotFound:
        message += QLatin1Char(' ') + tr("The file does not exist.");
        break;
    case Error::Code::Parse:
    case Error::Code::Sql:
        message += QLatin1Char(' ') + tr("The SQL could not be read.");
        break;
    default:
        break;
    }
    reportError(message, error.toString());
}

void MainWindow::reportError(const QString& message, const QString& details)
{
    Q_EMIT errorReported(details.isEmpty() ? message : message + QLatin1Char('\n') + details);
    if (!m_dialogsEnabled)
        return;
    // Window-modal and asynchronous: a load that fails never blocks the event loop.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Godwit"), message, QMessageBox::Ok, this);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeFile()
{
    m_job->cancel();
    setBusy(false);
    m_hasSchema = false;
    m_schema = {};
    m_info = {};
    m_current = {};
    m_migrations->setDatabase({}, {});
    m_queries->setDatabase({});
    m_browser->clear();
    m_details->clear();
    m_overview->clear();
    m_diagram->clear();
    m_diffView->clear();
    m_central->setCurrentWidget(m_welcome);
    updateTitle();
    updateStatusBar();
    updateActions();
}

void MainWindow::setBusy(bool busy, const QString& what)
{
    m_statusBar->setBusy(busy, what);
    if (!busy)
        updateStatusBar();
}

void MainWindow::updateTitle()
{
    // "project[*] · orders.db — Godwit": Qt draws the [*] as the modified mark.
    const QString project = m_projects ? m_projects->titlePrefix() : QString();
    QStringList parts;
    if (!project.isEmpty())
        parts << project;
    if (m_hasSchema)
        parts << m_current.title;
    setWindowTitle(parts.isEmpty() ? tr("Godwit") : tr("%1 — Godwit").arg(parts.join(QStringLiteral(" · "))));
    setWindowModified(m_workspace->isModified());
}

void MainWindow::updateStatusBar()
{
    if (!m_hasSchema)
        m_statusBar->showNoFile(isLoading());
    else
        m_statusBar->showFile(m_current.title, m_current.path, m_info, m_current.isScript, int(m_schema.tables.size()));
}

QString MainWindow::statusText() const { return m_statusBar->fieldsText(); }

void MainWindow::updateActions()
{
    m_actions->reload->setEnabled(m_hasSchema);
    m_actions->close->setEnabled(m_hasSchema);
    m_diagramActions->update(m_hasSchema, m_hasSchema && !m_current.isScript);
    MainActions::setEnabledOrWhy(m_actions->plan,
        m_hasSchema && m_workspace->hasComparison() && !m_workspace->changes().isEmpty(),
        !m_hasSchema
            ? tr("Open a database first")
            : tr("Compare the schema with its target first (File ▸ Compare With…): the plan is made from the changes"));
    if (m_projects)
        m_projects->updateActions();
    updateModes();
}

void MainWindow::rebuildRecentMenu()
{
    m_recent->fillMenu(m_recentMenu, [this](const QString& path) { openFile(path); });
    m_welcome->setRecentFiles(m_recent->files());
}

QString MainWindow::askOpenPath(const QString& title, const QString& filter)
{
    // Start next to the open file: the other version or its scripts usually live beside it.
    const QString dir = m_hasSchema && !m_current.isExample ? QFileInfo(m_current.path).absolutePath() : QString();
    return QFileDialog::getOpenFileName(this, title, dir, filter);
}

void MainWindow::chooseDatabase()
{
    const QString path
        = askOpenPath(tr("Open Database"), tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseScript()
{
    const QString path = askOpenPath(tr("Open SQL Script"), tr("SQL scripts (*.sql);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::setDdlZoom(int level)
{
    m_ddlZoom = std::clamp(level, MinZoom, MaxZoom);
    m_details->sqlView()->zoomTo(m_ddlZoom);
    m_actions->zoomIn->setEnabled(m_ddlZoom < MaxZoom);
    m_actions->zoomOut->setEnabled(m_ddlZoom > MinZoom);
}

} // namespace godwit::widgets
