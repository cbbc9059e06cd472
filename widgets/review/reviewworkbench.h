// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace godwit::project {
class Workspace;
}

namespace godwit::widgets {

class DiffView;
class ReviewView;

// Puts the review document into the main window: Migration ▸ Review Document… (Ctrl+Shift+R,
// enabled while a file is compared with a target) builds the document of the comparison and
// asks the window to show it (the Review mode's page). The main window only says which file
// it shows.
class ReviewWorkbench final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWorkbench)
public:
    // `beforePath` returns the open file (database or script), or empty (the built-in example).
    ReviewWorkbench(
        QMainWindow* window, QMenu* migrationMenu, DiffView* comparison, std::function<QString()> beforePath);
    ~ReviewWorkbench() override;

    // Build the review from the workspace's answers and rename decisions.
    void setWorkspace(project::Workspace* workspace);

    // Builds the review of the comparison and asks to be shown; false when there is none.
    bool review();
    // Entering the Review mode: builds again when the comparison or the plan changed since.
    void prepare();
    void updateAction();

    [[nodiscard]] QAction* reviewAction() const { return m_action; }
    [[nodiscard]] ReviewView* view() const { return m_view; }

Q_SIGNALS:
    void viewRequested();

private:
    [[nodiscard]] QString afterPath() const;

    project::Workspace* m_workspace = nullptr;
    DiffView* m_comparison = nullptr;
    std::function<QString()> m_beforePath;
    QAction* m_action = nullptr;
    bool m_stale = true; // the comparison or the plan changed since the last build
    ReviewView* m_view = nullptr;
};

} // namespace godwit::widgets
