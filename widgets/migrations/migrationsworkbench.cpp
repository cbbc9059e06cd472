// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/migrations/migrationsworkbench.h"

#include "migrations/migrationjob.h"
#include "migrations/scriptrunner.h"
#include "widgets/migrations/migrationspanel.h"
#include "widgets/sql/sqleditor.h"
#include "widgets/sql/sqleditorpane.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>

namespace godwit::widgets {

MigrationsWorkbench::MigrationsWorkbench(QMainWindow* window, QMenu* fileMenu, QMenu* viewMenu)
    : QObject(window)
    , m_window(window)
    , m_panel(new MigrationsPanel(window))
    , m_editor(new SqlEditorPane(window))
{
    m_panelDock = new QDockWidget(tr("Migrations"), window);
    m_panelDock->setObjectName(QStringLiteral("migrationsDock"));
    m_panelDock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    // Beside the details as a tab: the file list needs the height more than the width.
    if (auto* details = window->findChild<QDockWidget*>(QStringLiteral("detailsDock")))
        window->tabifyDockWidget(details, m_panelDock);
    m_panelDock->hide();
    m_editorDock = new QDockWidget(tr("SQL Editor"), window);
    m_editorDock->setObjectName(QStringLiteral("sqlEditorDock"));
    m_editorDock->setWidget(m_editor);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_editorDock);
    m_editorDock->hide();

    m_openFolderAction = new QAction(tr("Open &Migrations Folder…"), this);
    m_openFolderAction->setToolTip(tr("Show a folder of Flyway-style V…__….sql migrations beside the schema"));
    connect(m_openFolderAction, &QAction::triggered, this, &MigrationsWorkbench::chooseFolder);
    m_newMigrationAction = new QAction(tr("&New Migration…"), this);
    m_newMigrationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newMigrationAction, &QAction::triggered, this, &MigrationsWorkbench::newMigration);
    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (auto r = m_editor->save(); !r)
            Q_EMIT errorOccurred(tr("Could not save the SQL file."), r.error().toString());
    });
    if (fileMenu) {
        const QList<QAction*> actions = fileMenu->actions();
        const auto separator = std::ranges::find_if(actions, [](QAction* a) { return a->isSeparator(); });
        QAction* before = separator == actions.end() ? nullptr : *separator;
        fileMenu->insertSeparator(before);
        fileMenu->insertActions(before, { m_openFolderAction, m_newMigrationAction, m_saveAction });
    }
    if (viewMenu) {
        viewMenu->addSeparator();
        viewMenu->addAction(m_panelDock->toggleViewAction());
        viewMenu->addAction(m_editorDock->toggleViewAction());
    }

    connect(m_panel, &MigrationsPanel::openRequested, this, &MigrationsWorkbench::openFile);
    connect(m_panel, &MigrationsPanel::newMigrationRequested, this, &MigrationsWorkbench::newMigration);
    connect(m_panel, &MigrationsPanel::stateChanged, this, &MigrationsWorkbench::updateEditorContext);
    connect(m_panel, &MigrationsPanel::applied, this, &MigrationsWorkbench::changesApplied);
    connect(m_panel, &MigrationsPanel::errorOccurred, this,
        [this](const QString& message) { Q_EMIT errorOccurred(tr("Migrations"), message); });
    connect(m_editor, &SqlEditorPane::errorOccurred, this,
        [this](const QString& message) { Q_EMIT errorOccurred(tr("SQL editor"), message); });
    // A saved migration changes its checksum and maybe its state.
    connect(m_editor, &SqlEditorPane::fileSaved, m_panel, &MigrationsPanel::refresh);
    connect(m_editor, &SqlEditorPane::modificationChanged, this, &MigrationsWorkbench::updateActions);
    updateActions();
}

MigrationsWorkbench::~MigrationsWorkbench() = default;

bool MigrationsWorkbench::dialogsEnabled() const
{
    const QVariant enabled = m_window->property("dialogsEnabled");
    return !enabled.isValid() || enabled.toBool();
}

void MigrationsWorkbench::setDatabase(const QString& path, const schema::Schema& schema)
{
    m_database = path;
    m_schema = schema;
    m_panel->setDatabase(path);
    updateEditorContext();
}

void MigrationsWorkbench::chooseFolder()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("migrations/lastFolder")).toString();
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Open Migrations Folder"), start);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("migrations/lastFolder"), folder);
    openFolder(folder);
}

void MigrationsWorkbench::openFolder(const QString& folder)
{
    m_panel->setFolder(folder);
    m_panelDock->show();
    m_panelDock->raise();
    updateActions();
}

bool MigrationsWorkbench::openFile(const QString& path)
{
    if (!dialogsEnabled() && m_editor->isModified())
        return false; // no one to ask
    if (!m_editor->openFile(path))
        return false;
    m_editorDock->show();
    m_editorDock->raise();
    updateEditorContext();
    return true;
}

void MigrationsWorkbench::newMigration()
{
    if (m_panel->folder().isEmpty()) {
        if (!dialogsEnabled())
            return;
        chooseFolder();
        if (m_panel->folder().isEmpty())
            return;
    }
    if (!dialogsEnabled())
        return;
    bool ok = false;
    const QString description = QInputDialog::getText(m_window, tr("New Migration"),
        tr("What does it do? (becomes the file name, e.g. \"add shipping eta\")"), QLineEdit::Normal, {}, &ok);
    if (!ok || description.trimmed().isEmpty())
        return;
    if (auto r = m_panel->createMigration(description); !r)
        Q_EMIT errorOccurred(tr("Could not create the migration."), r.error().toString());
}

bool MigrationsWorkbench::maybeClose()
{
    if (!dialogsEnabled())
        return true;
    return m_editor->maybeSave();
}

void MigrationsWorkbench::updateEditorContext()
{
    // The schema a migration runs against: the database plus the pending migrations before it,
    // or, for one already applied, every versioned migration before it from an empty database.
    const QString path = m_editor->filePath();
    schema::Schema base = m_schema;
    QStringList scripts;
    const migrations::MigrationFolderState& state = m_panel->state();
    const auto self = std::ranges::find_if(
        state.set.versioned, [&](const migrations::MigrationFile& f) { return QFileInfo(f.path) == QFileInfo(path); });
    if (!path.isEmpty() && self != state.set.versioned.end()) {
        const migrations::MigrationStatus* status = state.info.entryForScript(self->script);
        const bool pending = status
            && (status->state == migrations::MigrationState::Pending
                || status->state == migrations::MigrationState::AboveTarget);
        const bool fromScratch = !pending || m_database.isEmpty();
        if (fromScratch)
            base = {};
        for (const migrations::MigrationFile& f : state.set.versioned) {
            if (f.version().compare(self->version()) >= 0)
                break;
            const migrations::MigrationStatus* s = state.info.entryForScript(f.script);
            const bool inDatabase = s && (s->isApplied() || s->state == migrations::MigrationState::BelowBaseline);
            if (!fromScratch && inDatabase)
                continue;
            // Read as the migrator reads it (BOM dropped); a file it would refuse adds nothing.
            if (auto plan = migrations::ScriptRunner::planFile(f.path, f.script))
                scripts << plan->text;
        }
    }
    m_editor->editor()->setSchemaContext(base, scripts);
}

void MigrationsWorkbench::updateActions() { m_saveAction->setEnabled(!m_editor->filePath().isEmpty()); }

} // namespace godwit::widgets
