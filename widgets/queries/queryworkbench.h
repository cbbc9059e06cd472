// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/answers.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace godwit::widgets {

class DiagramWidget;
class QueryPanel;

// Puts the query panel into the main window as the "Queries" dock, with File ▸ Load Queries…
// and the dock's toggle in the View menu, and connects the panel to the ER canvas: the
// indexes the selected query reads are highlighted on their tables' cards. The window only
// forwards the database it loaded.
class QueryWorkbench final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryWorkbench)
public:
    // Adds its action to `fileMenu` (before its first separator) and the dock toggle to `viewMenu`;
    // `diagram` (may be null) is the canvas whose cards show the indexes in use.
    QueryWorkbench(QMainWindow* window, QMenu* fileMenu, QMenu* viewMenu, DiagramWidget* diagram);
    ~QueryWorkbench() override;

    // The database (or schema script) the window shows; empty when it closed a file.
    void setDatabase(const QString& path);
    // Reads a query list and shows the dock; errors go to errorOccurred.
    bool loadQueries(const QString& path);

    [[nodiscard]] QueryPanel* panel() const { return m_panel; }
    [[nodiscard]] QDockWidget* dock() const { return m_dock; }
    [[nodiscard]] QAction* loadQueriesAction() const { return m_loadQueriesAction; }
    // The indexes "Add to Plan" collected, in the order they were asked for, for the plan's
    // Answers::indexes (Migration ▸ Plan Migration… passes them to the decision wizard).
    [[nodiscard]] const QList<plan::RequestedIndex>& requestedIndexes() const { return m_requested; }
    void clearRequestedIndexes() { m_requested.clear(); }
    // The card rows highlighted for the selected query: table → column rows (for tests).
    [[nodiscard]] QHash<QString, QSet<int>> highlightedRows() const;

Q_SIGNALS:
    void errorOccurred(const QString& message, const QString& details);
    // A query file was read: the window shows the Queries mode before the dock opens.
    void queriesLoaded();
    // An index proposal the user added to the plan (once per CREATE INDEX).
    void indexAdditionRequested(const godwit::plan::RequestedIndex& index);

private:
    [[nodiscard]] bool dialogsEnabled() const;
    void chooseQueries();
    void chooseAfterSource();
    void typeQuery();
    void highlight(const QString& table, const QStringList& indexes);
    void clearHighlight();
    void addRequestedIndex(const plan::RequestedIndex& index);

    QMainWindow* m_window = nullptr;
    DiagramWidget* m_diagram = nullptr;
    QueryPanel* m_panel = nullptr;
    QDockWidget* m_dock = nullptr;
    QAction* m_loadQueriesAction = nullptr;
    QList<plan::RequestedIndex> m_requested;
};

} // namespace godwit::widgets
