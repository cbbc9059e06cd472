// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace godwit::widgets {

// The main window's own actions (File, View, Help and the project), with their texts, shortcuts,
// icons and status tips in one place; the window connects them. A disabled action says why in its
// tooltip and status tip (setDisabledReason), so the user always knows the next step.
class MainActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)
public:
    explicit MainActions(QObject* parent);
    ~MainActions() override;

    // Enables `action`, or disables it with `reason` as its tooltip and status tip.
    static void setEnabledOrWhy(QAction* action, bool enabled, const QString& reason);

    QAction* openDatabase = nullptr;
    QAction* openScript = nullptr;
    QAction* openExample = nullptr;
    QAction* reload = nullptr;
    QAction* close = nullptr;
    QAction* quit = nullptr;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* zoomReset = nullptr;
    QAction* find = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;
    QAction* plan = nullptr; // Migration ▸ Plan Migration…: the decision wizard on the comparison

    // The project (a NAME.godwit file: docs/project.md).
    QAction* newProject = nullptr;
    QAction* openProject = nullptr;
    QAction* saveProject = nullptr;
    QAction* saveProjectAs = nullptr;
};

} // namespace godwit::widgets
