// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/answers.h"

#include <QList>
#include <QObject>
#include <QString>

class QMenu;

namespace godwit::project {
class Workspace;
}

namespace godwit::widgets {

class MainActions;
class MainWindow;
class RecentFiles;

// File ▸ New Project, Open Project…, Save, Save As… and Open Recent Project for the main window's
// workspace: a project opens its database and then compares it with its target; the window's
// title shows the project and its modified mark; closing asks about unsaved changes.
class ProjectController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectController)
public:
    ProjectController(MainWindow* window, project::Workspace* workspace, MainActions* actions, QMenu* recentMenu);
    ~ProjectController() override;

    // Opens `path` and its sources; false (with errorOccurred) when the file is refused.
    bool openProject(const QString& path);
    // A project of the window's database and its comparison, saved to `path`.
    bool newProject(const QString& path);
    bool save();
    bool saveAs(const QString& path);
    // The decision wizard on the workspace's comparison, with its answers (and the query panel's
    // requested indexes); each answer becomes an undo step of the workspace.
    void planMigration(const QList<plan::RequestedIndex>& requestedIndexes = {});
    // Asks to save an open project with unsaved changes; false when the user cancels. Without
    // dialogs (tests) it never asks.
    [[nodiscard]] bool maybeSave();
    // "shop — orders.db" for the title (with Qt's [*] placeholder for the modified mark).
    [[nodiscard]] QString titlePrefix() const;
    void updateActions();

    [[nodiscard]] RecentFiles* recentProjects() const { return m_recent; }

Q_SIGNALS:
    void errorOccurred(const QString& message, const QString& details);
    void titleChanged();

private:
    void compareWithTarget();
    [[nodiscard]] QString askSavePath();

    MainWindow* m_window = nullptr;
    project::Workspace* m_workspace = nullptr;
    MainActions* m_actions = nullptr;
    QMenu* m_recentMenu = nullptr;
    RecentFiles* m_recent = nullptr;
    bool m_comparePending = false; // the project's database is loading; compare once it is open
};

} // namespace godwit::widgets
