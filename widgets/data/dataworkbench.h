// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QTabWidget;

namespace godwit::widgets {

class SchemaBrowser;
class SqlConsole;
class TableBrowser;

// Puts the data views into the main window: a "Data" dock of tabs, one per browsed table and
// one SQL console; "Browse Table" (also on the schema tree's context menu) and "Run SQL…" in
// `menu`; and showRows(), which every "Show the rows" of a finding calls with the query that
// finds them. The window only says which database it shows.
class DataWorkbench final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataWorkbench)
public:
    // `database` says which file the window shows (empty: none, or a script with no rows).
    DataWorkbench(QMainWindow* window, QMenu* menu, SchemaBrowser* browser, std::function<QString()> database);
    ~DataWorkbench() override;

    // Opens (or brings forward) the tab browsing `table`.
    TableBrowser* browse(const QString& table);
    // The console with `sql` in the editor, run read-only on `database` (empty: the window's).
    SqlConsole* showRows(const QString& title, const QString& sql, const QString& database = {});
    SqlConsole* console(const QString& database = {});
    void updateActions();

    [[nodiscard]] QDockWidget* dock() const { return m_dock; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QAction* browseAction() const { return m_browse; }
    [[nodiscard]] QAction* runSqlAction() const { return m_runSql; }

private:
    [[nodiscard]] QString currentTable() const;
    void show();

    QMainWindow* m_window = nullptr;
    SchemaBrowser* m_browser = nullptr;
    std::function<QString()> m_database;
    QDockWidget* m_dock = nullptr;
    QTabWidget* m_tabs = nullptr;
    SqlConsole* m_console = nullptr;
    QString m_consoleDatabase;
    QAction* m_browse = nullptr;
    QAction* m_runSql = nullptr;
};

} // namespace godwit::widgets
