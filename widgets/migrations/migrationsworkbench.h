// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schema.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace godwit::migrations {
struct MigrationJobResult;
}

namespace godwit::widgets {

class MigrationsPanel;
class SqlEditorPane;

// Puts the migrations panel and the SQL editor into the main window as two docks, with
// File menu actions (Open Migrations Folder…, New Migration…, Save), so the window itself
// only forwards the database it loaded and asks before closing.
class MigrationsWorkbench final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationsWorkbench)
public:
    // Adds its actions to `fileMenu` (before its first separator) and dock toggles to `viewMenu`.
    MigrationsWorkbench(QMainWindow* window, QMenu* fileMenu, QMenu* viewMenu);
    ~MigrationsWorkbench() override;

    // The database the window shows (empty for a script or the example) and its schema.
    void setDatabase(const QString& path, const schema::Schema& schema);
    void openFolder(const QString& folder);
    // Opens a file in the editor with the schema the migrations before it leave.
    bool openFile(const QString& path);
    void newMigration();
    // Unsaved edits in the editor: asks; false when the user cancels.
    [[nodiscard]] bool maybeClose();

    [[nodiscard]] MigrationsPanel* panel() const { return m_panel; }
    [[nodiscard]] SqlEditorPane* editorPane() const { return m_editor; }
    [[nodiscard]] QDockWidget* panelDock() const { return m_panelDock; }
    [[nodiscard]] QDockWidget* editorDock() const { return m_editorDock; }
    [[nodiscard]] QAction* openFolderAction() const { return m_openFolderAction; }
    [[nodiscard]] QAction* newMigrationAction() const { return m_newMigrationAction; }
    [[nodiscard]] QAction* saveAction() const { return m_saveAction; }

Q_SIGNALS:
    void errorOccurred(const QString& message, const QString& details);
    // The before/after of "apply pending": connect the diagram's DiffView here.
    void changesApplied(const godwit::migrations::MigrationJobResult& result);

private:
    [[nodiscard]] bool dialogsEnabled() const;
    void chooseFolder();
    void updateEditorContext();
    void updateActions();

    QMainWindow* m_window = nullptr;
    MigrationsPanel* m_panel = nullptr;
    SqlEditorPane* m_editor = nullptr;
    QDockWidget* m_panelDock = nullptr;
    QDockWidget* m_editorDock = nullptr;
    QAction* m_openFolderAction = nullptr;
    QAction* m_newMigrationAction = nullptr;
    QAction* m_saveAction = nullptr;
    QString m_database;
    schema::Schema m_schema;
};

} // namespace godwit::widgets
