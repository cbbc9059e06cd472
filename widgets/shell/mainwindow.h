// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schema.h"
#include "sqlite/databaseinfo.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace godwit {
struct Error;
}
namespace godwit::schema {
class SchemaLoadJob;
}
namespace godwit::project {
class Workspace;
}

namespace godwit::widgets {

class DetailsPane;
class MigrationsWorkbench;
class QueryWorkbench;
class DiagramActions;
class DiagramWidget;
class DiffView;
class EditMenuActions;
class GuidedExample;
class MainActions;
class MainStatusBar;
class ModeController;
enum class Mode;
class ProjectController;
class RecentFiles;
class RehearsalWorkbench;
class ReviewWorkbench;
class SchemaBrowser;
class SchemaOverview;
class WelcomePage;

// Godwit's main window: the schema browser on the left, details and DDL on the right, and
// a central stack (welcome page, ER diagram, schema overview, before/after comparison). Files
// are read off the GUI thread by a SchemaLoadJob and only ever opened read-only.
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
    Q_PROPERTY(bool dialogsEnabled READ dialogsEnabled WRITE setDialogsEnabled)
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // A SQLite database, or a .sql script (read into an in-memory database).
    void openFile(const QString& path);
    // The bundled orders schema (V1 of the sample migrations), schema only.
    void openExample();
    void reload();
    void closeFile();
    // Reads `path` (database, .sql or Mermaid) off the GUI thread and shows the open schema
    // against it, before and after side by side.
    void compareWith(const QString& path);
    // The open database against itself after `folder`'s pending migrations (run on a copy).
    void compareWithMigrations(const QString& folder);

    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] bool hasSchema() const { return m_hasSchema; }
    [[nodiscard]] const schema::Schema& schema() const { return m_schema; }
    [[nodiscard]] const sqlite::DatabaseInfo& databaseInfo() const { return m_info; }
    [[nodiscard]] QString currentFile() const { return m_current.path; }
    // The status bar's fields, joined with " | " (for tests and accessibility).
    [[nodiscard]] QString statusText() const;

    // Off in tests: errors are then only reported through errorReported().
    [[nodiscard]] bool dialogsEnabled() const { return m_dialogsEnabled; }
    void setDialogsEnabled(bool enabled) { m_dialogsEnabled = enabled; }
    // Where openExample() reads its SQL; a resource path by default.
    void setExampleScriptPath(const QString& path); // mainwindowmodes.cpp: the guided example's folder too

    [[nodiscard]] SchemaBrowser* schemaBrowser() const { return m_browser; }
    [[nodiscard]] DetailsPane* detailsPane() const { return m_details; }
    [[nodiscard]] SchemaOverview* schemaOverview() const { return m_overview; }
    [[nodiscard]] WelcomePage* welcomePage() const { return m_welcome; }
    [[nodiscard]] QStackedWidget* centralStack() const { return m_central; }
    [[nodiscard]] RecentFiles* recentFiles() const { return m_recent; }
    // The migrations folder panel and the SQL editor (two docks, File menu actions).
    [[nodiscard]] MigrationsWorkbench* migrations() const { return m_migrations; }
    // The Queries dock: the listed queries explained before and after (File ▸ Load Queries…).
    [[nodiscard]] QueryWorkbench* queries() const { return m_queries; }
    // Migration ▸ Rehearse… and the Rehearsal dock: the plan run on a copy under simulated load.
    [[nodiscard]] RehearsalWorkbench* rehearsal() const { return m_rehearsal; }
    [[nodiscard]] ReviewWorkbench* review() const { return m_review; }
    [[nodiscard]] DiagramWidget* diagramWidget() const { return m_diagram; }
    [[nodiscard]] DiffView* diffView() const { return m_diffView; }
    [[nodiscard]] DiagramActions* diagramActions() const { return m_diagramActions; }
    // The open project, its comparison, answers and plan: what every view follows.
    [[nodiscard]] project::Workspace* workspace() const { return m_workspace; }
    [[nodiscard]] ProjectController* projects() const { return m_projects; }
    [[nodiscard]] MainActions* actions() const { return m_actions; }
    // The mode bar: Schema · Compare · Plan · Rehearse · Queries · Review.
    [[nodiscard]] ModeController* modes() const { return m_modes; }
    // Shows `mode` as soon as it can be entered (the file loaded, the comparison made): the
    // command line's --mode. mainwindowmodes.cpp
    void showModeWhenReady(godwit::widgets::Mode mode);
    // Help ▸ Learn Expand-Contract: the orders example, led step by step on the mode strip.
    [[nodiscard]] GuidedExample* guidedExample() const { return m_guide; }
    // Edit ▸ Undo, Redo, clipboard, Find and Replace on the SQL editor.
    [[nodiscard]] EditMenuActions* editActions() const { return m_editActions; }

Q_SIGNALS:
    void schemaLoaded(const QString& path);
    void errorReported(const QString& message);
    // compareWith() or compareWithMigrations() started on `after`.
    void comparisonStarted(const QString& after, bool migrations);

protected:
    // The one place errors reach the user; a seam so tests need no modal dialog.
    virtual void reportError(const QString& message, const QString& details);

    void closeEvent(QCloseEvent* event) override;

private:
    struct Source {
        QString path; // file path, or the example's resource path
        QString title; // what the window title and overview call it
        bool isScript = false;
        bool isExample = false;
    };

    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createWorkbenches(); // mainwindowworkbenches.cpp
    void createModes(); // mainwindowmodes.cpp
    // Before another file replaces the open one: unsaved project changes and SQL, and a running
    // rehearsal, are asked about; false when the user keeps what is open.
    [[nodiscard]] bool mayReplaceOpenFile();
    void updateModes();
    void chooseComparison();
    void restoreSettings();
    void saveSettings() const;

    void startLoad(const Source& source);
    void onLoaded(const schema::Schema& schema, const sqlite::DatabaseInfo& info);
    void onFailed(const godwit::Error& error);
    void setBusy(bool busy, const QString& what = {});
    void updateTitle();
    void updateStatusBar();
    void updateActions();
    void rebuildRecentMenu();
    [[nodiscard]] QString askOpenPath(const QString& title, const QString& filter);
    void chooseDatabase();
    void chooseScript();
    void setDdlZoom(int level);

    schema::SchemaLoadJob* m_job = nullptr;
    RecentFiles* m_recent = nullptr;
    MigrationsWorkbench* m_migrations = nullptr;
    QueryWorkbench* m_queries = nullptr;
    RehearsalWorkbench* m_rehearsal = nullptr;
    ReviewWorkbench* m_review = nullptr;
    schema::Schema m_schema;
    sqlite::DatabaseInfo m_info;
    Source m_current;
    Source m_pending;
    bool m_hasSchema = false;
    bool m_dialogsEnabled = true;
    QString m_examplePath = QStringLiteral(":/samples/orders/V1__orders.sql");
    int m_ddlZoom = 0;

    QStackedWidget* m_central = nullptr;
    WelcomePage* m_welcome = nullptr;
    SchemaOverview* m_overview = nullptr;
    SchemaBrowser* m_browser = nullptr;
    DetailsPane* m_details = nullptr;
    QDockWidget* m_browserDock = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_recentMenu = nullptr;
    DiagramWidget* m_diagram = nullptr;
    DiffView* m_diffView = nullptr;

    MainActions* m_actions = nullptr;
    ModeController* m_modes = nullptr;
    GuidedExample* m_guide = nullptr;
    project::Workspace* m_workspace = nullptr;
    ProjectController* m_projects = nullptr;
    QMenu* m_recentProjectsMenu = nullptr;
    DiagramActions* m_diagramActions = nullptr;
    EditMenuActions* m_editActions = nullptr;

    MainStatusBar* m_statusBar = nullptr;
};

} // namespace godwit::widgets
