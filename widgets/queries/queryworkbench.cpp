// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/queries/queryworkbench.h"

#include "widgets/canvas/diagramscene.h"
#include "widgets/canvas/diagramwidget.h"
#include "widgets/canvas/tableitem.h"
#include "widgets/common/scrollpage.h"
#include "widgets/queries/querydialog.h"
#include "widgets/queries/querypanel.h"

#include <algorithm>

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>

namespace godwit::widgets {

QueryWorkbench::QueryWorkbench(QMainWindow* window, QMenu* fileMenu, QMenu* viewMenu, DiagramWidget* diagram)
    : QObject(window)
    , m_window(window)
    , m_diagram(diagram)
    , m_panel(new QueryPanel(window))
{
    m_dock = new QDockWidget(tr("Queries"), window);
    m_dock->setObjectName(QStringLiteral("queriesDock"));
    // The panel scrolls in a short dock rather than making the window taller than the screen.
    m_dock->setWidget(scrollPage(m_panel, m_dock));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();

    m_loadQueriesAction = new QAction(tr("Load &Queries…"), this);
    m_loadQueriesAction->setStatusTip(
        tr("Read the application's dominant queries (one SQL statement each) and explain them"));
    connect(m_loadQueriesAction, &QAction::triggered, this, &QueryWorkbench::chooseQueries);
    if (fileMenu) {
        const QList<QAction*> actions = fileMenu->actions();
        const auto separator = std::ranges::find_if(actions, [](QAction* a) { return a->isSeparator(); });
        fileMenu->insertAction(separator == actions.end() ? nullptr : *separator, m_loadQueriesAction);
    }
    if (viewMenu)
        viewMenu->addAction(m_dock->toggleViewAction());

    connect(m_panel, &QueryPanel::errorOccurred, this, &QueryWorkbench::errorOccurred);
    connect(m_panel, &QueryPanel::afterSourceRequested, this, &QueryWorkbench::chooseAfterSource);
    connect(m_panel, &QueryPanel::queryAdditionRequested, this, &QueryWorkbench::typeQuery);
    connect(m_panel, &QueryPanel::indexHighlightCleared, this, &QueryWorkbench::clearHighlight);
    connect(m_panel, &QueryPanel::indexesHighlightRequested, this, &QueryWorkbench::highlight);
    connect(m_panel, &QueryPanel::indexAdditionRequested, this, &QueryWorkbench::addRequestedIndex);
}

QueryWorkbench::~QueryWorkbench() = default;

void QueryWorkbench::addRequestedIndex(const plan::RequestedIndex& index)
{
    const bool known = std::ranges::any_of(m_requested, [&](const plan::RequestedIndex& r) {
        return r.sql.simplified().compare(index.sql.simplified(), Qt::CaseInsensitive) == 0;
    });
    if (!known)
        m_requested << index;
    if (m_window->statusBar())
        m_window->statusBar()->showMessage(known
                ? tr("Already in the migration plan: %1").arg(index.sql)
                : tr("Added to the migration plan (%n index(es) requested): %1", nullptr, int(m_requested.size()))
                      .arg(index.sql),
            8000);
    if (!known)
        Q_EMIT indexAdditionRequested(index);
}

bool QueryWorkbench::dialogsEnabled() const
{
    const QVariant enabled = m_window->property("dialogsEnabled");
    return !enabled.isValid() || enabled.toBool();
}

void QueryWorkbench::setDatabase(const QString& path)
{
    clearHighlight();
    m_panel->setDatabase(path);
}

bool QueryWorkbench::loadQueries(const QString& path)
{
    if (!m_panel->loadQueries(path))
        return false;
    Q_EMIT queriesLoaded();
    m_dock->show();
    m_dock->raise();
    return true;
}

void QueryWorkbench::chooseQueries()
{
    if (!dialogsEnabled())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Load Queries"),
        settings.value(QStringLiteral("Queries/lastFolder")).toString(), tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("Queries/lastFolder"), QFileInfo(path).absolutePath());
    loadQueries(path);
}

void QueryWorkbench::chooseAfterSource()
{
    if (!dialogsEnabled())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Compare Queries With"), {},
        tr("Databases, SQL scripts and Mermaid diagrams (*.db *.sqlite *.sqlite3 *.sql *.mmd *.md);;All files (*)"));
    if (!path.isEmpty())
        m_panel->setAfterSource(path);
}

void QueryWorkbench::typeQuery()
{
    if (!dialogsEnabled())
        return;
    QueryDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_panel->addQuery(dialog.query());
}

// Until the canvas has an index highlight of its own, the rows of the indexes' columns are
// marked on the table's card (TableItem::setHighlightedRows), the same mark a hovered
// foreign key path gets.
void QueryWorkbench::highlight(const QString& table, const QStringList& indexes)
{
    if (!m_diagram || !m_diagram->scene())
        return;
    const DiagramScene* scene = m_diagram->scene();
    const layout::Card* card = scene->content().card(table);
    TableItem* item = scene->tableItem(table);
    const schema::Table* t = m_diagram->schema().table(table);
    if (!card || !item || !t)
        return;
    QSet<int> rows = item->highlightedRows();
    for (const QString& name : indexes) {
        if (const schema::Index* index = t->index(name)) {
            for (const schema::IndexPart& part : index->parts) {
                const qsizetype row = part.isExpression() ? -1 : card->rowIndex(part.column);
                if (row >= 0)
                    rows.insert(int(row));
            }
        }
    }
    item->setHighlightedRows(rows);
}

void QueryWorkbench::clearHighlight()
{
    if (!m_diagram || !m_diagram->scene())
        return;
    for (TableItem* item : m_diagram->scene()->tableItems()) {
        if (!item->highlightedRows().isEmpty())
            item->setHighlightedRows({});
    }
}

QHash<QString, QSet<int>> QueryWorkbench::highlightedRows() const
{
    QHash<QString, QSet<int>> out;
    if (!m_diagram || !m_diagram->scene())
        return out;
    for (const TableItem* item : m_diagram->scene()->tableItems()) {
        if (!item->highlightedRows().isEmpty())
            out.insert(item->key(), item->highlightedRows());
    }
    return out;
}

} // namespace godwit::widgets
