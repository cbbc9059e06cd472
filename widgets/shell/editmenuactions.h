// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace godwit::widgets {

class SqlEditorPane;

// The Edit menu of the main window: undo, redo, the clipboard, select all, find and replace,
// all on the SQL editor (the one editable text in the window). Each action is enabled only
// while it can do something there, so the menu always tells the truth.
class EditMenuActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditMenuActions)
public:
    EditMenuActions(SqlEditorPane* pane, QMenu* menu, QObject* parent);
    ~EditMenuActions() override;

    void update();

    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* cut = nullptr;
    QAction* copy = nullptr;
    QAction* paste = nullptr;
    QAction* selectAll = nullptr;
    QAction* find = nullptr;
    QAction* replace = nullptr;

private:
    SqlEditorPane* m_pane = nullptr;
};

} // namespace godwit::widgets
