// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMainWindow;
class QMenu;

namespace godwit::project {
class Workspace;
}

namespace godwit::widgets {

class DiffView;
class ReviewView;

// Puts the review document into the main window: Migration ▸ Review Document… (Ctrl+Shift+R,
// enabled while a file is compared with a target) opens the Review window on the comparison
// and builds the document. The main window only says which file it shows.
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

    // Opens the Review window on the comparison and starts building; false when there is none.
    bool review();
    void updateAction();

    [[nodiscard]] QAction* reviewAction() const { return m_action; }
    [[nodiscard]] QDialog* dialog() const { return m_dialog; }
    [[nodiscard]] ReviewView* view() const { return m_view; }

private:
    [[nodiscard]] QString afterPath() const;

    QMainWindow* m_window = nullptr;
    project::Workspace* m_workspace = nullptr;
    DiffView* m_comparison = nullptr;
    std::function<QString()> m_beforePath;
    QAction* m_action = nullptr;
    QDialog* m_dialog = nullptr; // a child of the window, made on first use
    ReviewView* m_view = nullptr;
};

} // namespace godwit::widgets
