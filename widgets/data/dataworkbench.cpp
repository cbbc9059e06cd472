// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/data/dataworkbench.h"

#include "widgets/data/sqlconsole.h"
#include "widgets/data/tablebrowser.h"
#include "widgets/schema/schemabrowser.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>
#include <QTreeView>

namespace godwit::widgets {

DataWorkbench::DataWorkbench(
    QMainWindow* window, QMenu* menu, SchemaBrowser* browser, std::function<QString()> database)
    : QObject(window)
    , m_window(window)
    , m_browser(browser)
    , m_database(std::move(database))
{
    m_tabs = new QTabWidget(window);
    m_tabs->setObjectName(QStringLiteral("dataTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_dock = new QDockWidget(tr("Data"), window);
    m_dock->setObjectName(QStringLiteral("dataDock"));
    m_dock->setWidget(m_tabs);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        if (page == m_console)
            m_console = nullptr;
        page->deleteLater();
    });

    m_browse = new QAction(tr("&Browse Table"), this);
    m_browse->setObjectName(QStringLiteral("browseTableAction"));
    m_browse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_browse->setStatusTip(tr("Show the rows of the selected table, read-only"));
    connect(m_browse, &QAction::triggered, this, [this] {
        if (const QString table = currentTable(); !table.isEmpty())
            browse(table);
    });
    m_runSql = new QAction(tr("Run &SQL…"), this);
    m_runSql->setObjectName(QStringLiteral("runSqlAction"));
    m_runSql->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_runSql->setStatusTip(tr("Run queries on the database (read-only) or on a working copy"));
    connect(m_runSql, &QAction::triggered, this, [this] { console(); });
    if (menu) {
        menu->addSeparator();
        menu->addAction(m_browse);
        menu->addAction(m_runSql);
        menu->addAction(m_dock->toggleViewAction());
    }
    if (m_browser) {
        m_browser->treeView()->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_browser->treeView()->addAction(m_browse);
        connect(m_browser, &SchemaBrowser::currentObjectChanged, this, &DataWorkbench::updateActions);
    }
    updateActions();
}

DataWorkbench::~DataWorkbench() = default;

QString DataWorkbench::currentTable() const
{
    if (!m_browser)
        return {};
    const SchemaTreeModel::ObjectRef ref = m_browser->currentObject();
    if (ref.kind == SchemaTreeModel::Kind::Table)
        return ref.name;
    return ref.kind == SchemaTreeModel::Kind::View || ref.table.isEmpty() ? QString() : ref.table;
}

void DataWorkbench::updateActions()
{
    const bool hasData = !m_database().isEmpty();
    m_browse->setEnabled(hasData && !currentTable().isEmpty());
    m_runSql->setEnabled(hasData);
}

void DataWorkbench::show()
{
    m_dock->show();
    m_dock->raise();
}

TableBrowser* DataWorkbench::browse(const QString& table)
{
    const QString path = m_database();
    if (path.isEmpty())
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* existing = qobject_cast<TableBrowser*>(m_tabs->widget(i));
        if (existing && m_tabs->tabText(i) == table && existing->property("database").toString() == path) {
            m_tabs->setCurrentIndex(i);
            show();
            return existing;
        }
    }
    auto* browser = new TableBrowser(m_tabs);
    browser->setProperty("database", path);
    connect(browser, &TableBrowser::sqlRequested, this, [this, table](const QString& sql) { showRows(table, sql); });
    m_tabs->setCurrentIndex(m_tabs->addTab(browser, table));
    browser->open(path, table);
    show();
    return browser;
}

SqlConsole* DataWorkbench::console(const QString& database)
{
    const QString path = database.isEmpty() ? m_database() : database;
    if (!m_console) {
        m_console = new SqlConsole(m_tabs);
        m_tabs->addTab(m_console, tr("SQL"));
    }
    if (m_consoleDatabase != path) {
        m_consoleDatabase = path;
        m_console->setDatabase(path);
    }
    m_tabs->setCurrentWidget(m_console);
    show();
    return m_console;
}

SqlConsole* DataWorkbench::showRows(const QString& title, const QString& sql, const QString& database)
{
    SqlConsole* c = console(database);
    m_tabs->setTabText(m_tabs->indexOf(c), tr("SQL: %1").arg(title));
    c->setSql(sql);
    c->run();
    return c;
}

} // namespace godwit::widgets
