// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace godwit::project {
class Workspace;
}

namespace godwit::widgets {

class DiffView;
class RehearsalView;

// Puts the rehearsal dashboard into the main window: Migration ▸ Rehearse… (enabled while a
// database is compared with a target schema) builds the plan of the comparison and opens the
// "Rehearsal" dock on it; the dock's toggle goes into the View menu. The window only says which
// database it shows.
class RehearsalWorkbench final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RehearsalWorkbench)
public:
    // `databasePath` returns the open database file, or empty (a script, the built-in example).
    RehearsalWorkbench(QMainWindow* window, QMenu* migrationMenu, QMenu* viewMenu, DiffView* comparison,
        std::function<QString()> databasePath);
    ~RehearsalWorkbench() override;

    // Plans the comparison and shows the dashboard on it; false when there is nothing to rehearse.
    bool rehearse();
    void updateAction();
    // Rehearse the workspace's plan (with the user's answers) and keep each record in its project.
    void setWorkspace(project::Workspace* workspace);

    [[nodiscard]] QAction* rehearseAction() const { return m_action; }
    [[nodiscard]] QDockWidget* dock() const { return m_dock; }
    [[nodiscard]] RehearsalView* view() const { return m_view; }

private:
    QMainWindow* m_window = nullptr;
    DiffView* m_comparison = nullptr;
    std::function<QString()> m_databasePath;
    project::Workspace* m_workspace = nullptr;
    QAction* m_action = nullptr;
    QDockWidget* m_dock = nullptr;
    RehearsalView* m_view = nullptr;
};

} // namespace godwit::widgets
