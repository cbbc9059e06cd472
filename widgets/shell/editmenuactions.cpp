// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/editmenuactions.h"

#include "widgets/sql/sqleditor.h"
#include "widgets/sql/sqleditorpane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>

namespace godwit::widgets {

EditMenuActions::EditMenuActions(SqlEditorPane* pane, QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_pane(pane)
{
    SqlEditor* editor = pane->editor();
    auto make = [this, menu](const QString& text, QKeySequence::StandardKey key, auto slot) {
        auto* action = new QAction(text, this);
        // Shown in the menu; inside the editor its own key handling does the same thing.
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        menu->addAction(action);
        return action;
    };
    undo = make(tr("&Undo"), QKeySequence::Undo, [editor] { editor->undo(); });
    redo = make(tr("&Redo"), QKeySequence::Redo, [editor] { editor->redo(); });
    menu->addSeparator();
    cut = make(tr("Cu&t"), QKeySequence::Cut, [editor] { editor->cut(); });
    copy = make(tr("&Copy"), QKeySequence::Copy, [editor] { editor->copy(); });
    paste = make(tr("&Paste"), QKeySequence::Paste, [editor] { editor->paste(); });
    selectAll = make(tr("Select &All"), QKeySequence::SelectAll, [editor] { editor->selectAll(); });
    menu->addSeparator();
    find = make(tr("&Find in SQL…"), QKeySequence::UnknownKey, [pane] { pane->showFindBar(false); });
    replace = make(tr("R&eplace in SQL…"), QKeySequence::UnknownKey, [pane] { pane->showFindBar(true); });

    connect(editor, &QsciScintilla::textChanged, this, &EditMenuActions::update);
    connect(editor, &QsciScintilla::copyAvailable, this, &EditMenuActions::update);
    connect(menu, &QMenu::aboutToShow, this, &EditMenuActions::update);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &EditMenuActions::update);
    update();
}

EditMenuActions::~EditMenuActions() = default;

void EditMenuActions::update()
{
    SqlEditor* editor = m_pane->editor();
    const bool open = !m_pane->filePath().isEmpty() || editor->length() > 0;
    const bool writable = open && !editor->isReadOnly();
    undo->setEnabled(writable && editor->isUndoAvailable());
    redo->setEnabled(writable && editor->isRedoAvailable());
    cut->setEnabled(writable && editor->hasSelectedText());
    copy->setEnabled(open && editor->hasSelectedText());
    paste->setEnabled(writable && !QApplication::clipboard()->text().isEmpty());
    selectAll->setEnabled(open);
    find->setEnabled(open);
    replace->setEnabled(writable);
}

} // namespace godwit::widgets
