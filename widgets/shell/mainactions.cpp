// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/mainactions.h"

#include "widgets/common/icons.h"

#include <QAction>

namespace godwit::widgets {

MainActions::MainActions(QObject* parent)
    : QObject(parent)
{
    openDatabase = new QAction(Icons::icon(QStringLiteral("open-database")), tr("&Open Database…"), this);
    openDatabase->setShortcut(QKeySequence::Open);
    openDatabase->setStatusTip(tr("Open a SQLite database read-only"));
    openDatabase->setIconText(tr("Open"));

    openScript = new QAction(Icons::icon(QStringLiteral("open-sql")), tr("Open &SQL Script…"), this);
    openScript->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openScript->setStatusTip(tr("Read the schema defined by an SQL script"));
    openScript->setIconText(tr("Open SQL"));

    openExample = new QAction(Icons::icon(QStringLiteral("example")), tr("Open the Orders &Example"), this);
    openExample->setStatusTip(tr("Open the orders schema, the expand-contract example bundled with Godwit"));
    openExample->setIconText(tr("Example"));

    reload = new QAction(Icons::icon(QStringLiteral("reload")), tr("&Reload"), this);
    reload->setShortcut(QKeySequence::Refresh);
    reload->setStatusTip(tr("Read the schema again from the file"));

    close = new QAction(Icons::icon(QStringLiteral("close-database")), tr("&Close"), this);
    close->setShortcut(QKeySequence::Close);
    close->setStatusTip(tr("Close the current file"));

    quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    zoomIn = new QAction(tr("Zoom &In Definition"), this);
    zoomIn->setShortcuts(QKeySequence::ZoomIn);
    zoomOut = new QAction(tr("Zoom &Out Definition"), this);
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    zoomReset = new QAction(tr("&Reset Zoom"), this);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    find = new QAction(tr("&Filter Schema…"), this);
    find->setShortcut(QKeySequence::Find);

    about = new QAction(tr("&About Godwit"), this);
    about->setMenuRole(QAction::AboutRole);
    aboutQt = new QAction(tr("About &Qt"), this);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    plan = new QAction(tr("&Plan Migration…"), this);
    plan->setObjectName(QStringLiteral("planMigrationAction"));
    plan->setStatusTip(tr("Walk the changes through the expand-contract decision tree and build the phased plan"));
    plan->setEnabled(false);

    newProject = new QAction(tr("&New Project…"), this);
    newProject->setObjectName(QStringLiteral("newProjectAction"));
    newProject->setShortcut(QKeySequence::New);
    newProject->setStatusTip(tr("Keep the open database, its target, your answers and rehearsals in a project file"));
    openProject = new QAction(tr("Open &Project…"), this);
    openProject->setObjectName(QStringLiteral("openProjectAction"));
    openProject->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    openProject->setStatusTip(tr("Open a Godwit project (.godwit)"));
    saveProject = new QAction(tr("&Save Project"), this);
    saveProject->setObjectName(QStringLiteral("saveProjectAction"));
    // Ctrl+S saves the SQL editor's script (MigrationsWorkbench).
    saveProject->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    saveProjectAs = new QAction(tr("Save Project &As…"), this);
    saveProjectAs->setObjectName(QStringLiteral("saveProjectAsAction"));
    saveProjectAs->setShortcut(QKeySequence::SaveAs);
}

MainActions::~MainActions() = default;

void MainActions::setEnabledOrWhy(QAction* action, bool enabled, const QString& reason)
{
    action->setEnabled(enabled);
    // The tooltip falls back to the text when empty; the status tip is restored from the property.
    if (!action->property("godwitStatusTip").isValid())
        action->setProperty("godwitStatusTip", action->statusTip());
    action->setToolTip(enabled ? QString() : reason);
    action->setStatusTip(enabled ? action->property("godwitStatusTip").toString() : reason);
}

} // namespace godwit::widgets
