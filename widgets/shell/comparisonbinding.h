// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/workspace.h"

#include <QObject>

namespace godwit::widgets {

class DiffView;

// Keeps the Compare view and the workspace in step: the project's rename decisions decide the
// comparison shown, a decision taken in the change list and a card dragged on a diagram become
// undo steps of the workspace, and undo and redo (or opening a project) put them back on screen.
class ComparisonBinding final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonBinding)
public:
    ComparisonBinding(DiffView* view, project::Workspace* workspace, QObject* parent = nullptr);
    ~ComparisonBinding() override;

private:
    void onRenamesChanged();
    void onComparisonChanged();
    void placeCard(project::Workspace::Side side, const QString& table);
    void placeAllCards();

    DiffView* m_view = nullptr;
    project::Workspace* m_workspace = nullptr;
    bool m_redecided = false; // the workspace is comparing again after a rename decision
};

} // namespace godwit::widgets
