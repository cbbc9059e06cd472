// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace godwit::project {
class Workspace;
}

namespace godwit::widgets {

class PlanView;

// The Plan mode's page: the workspace's plan (the comparison with the user's answers) as
// phases and steps, what it stops on, and the wizard one click away. Before a comparison
// exists it says how to get one.
class PlanPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)
public:
    // `decide` opens the decision wizard (Migration ▸ Plan Migration…).
    PlanPage(project::Workspace* workspace, QAction* decide, QWidget* parent = nullptr);
    ~PlanPage() override;

    [[nodiscard]] PlanView* view() const { return m_view; }
    [[nodiscard]] QString summary() const; // the header line, for tests

private:
    void refresh();

    project::Workspace* m_workspace = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_decide = nullptr;
    PlanView* m_view = nullptr;
};

} // namespace godwit::widgets
