// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace godwit::project {
class Workspace;
}

namespace godwit::widgets {

class DiffView;
class RehearsalView;

// Puts the rehearsal dashboard into the main window: Migration ▸ Rehearse… (enabled while a
// database is compared with a target schema) loads the workspace's plan into the dashboard
// and asks the window to show it (the Rehearse mode's page). The window only says which
// database it shows.
class RehearsalWorkbench final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RehearsalWorkbench)
public:
    // `databasePath` returns the open database file, or empty (a script, the built-in example).
    RehearsalWorkbench(
        QMainWindow* window, QMenu* migrationMenu, DiffView* comparison, std::function<QString()> databasePath);
    ~RehearsalWorkbench() override;

    // Plans the comparison and shows the dashboard on it; false when there is nothing to rehearse.
    bool rehearse();
    // Entering the dashboard: loads the plan again when it changed since and no rehearsal runs.
    void prepare();
    void updateAction();
    // Rehearse the workspace's plan (with the user's answers) and keep each record in its project.
    void setWorkspace(project::Workspace* workspace);

    [[nodiscard]] QAction* rehearseAction() const { return m_action; }
    [[nodiscard]] RehearsalView* view() const { return m_view; }

Q_SIGNALS:
    // The dashboard holds a new plan: the window shows it.
    void viewRequested();

private:
    DiffView* m_comparison = nullptr;
    std::function<QString()> m_databasePath;
    project::Workspace* m_workspace = nullptr;
    QAction* m_action = nullptr;
    bool m_stale = true; // the plan changed since the dashboard last took it
    RehearsalView* m_view = nullptr;
};

} // namespace godwit::widgets
