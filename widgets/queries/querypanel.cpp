// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/queries/querypanel.h"

#include "core/error.h"
#include "core/textfile.h"
#include "project/pendingscript.h"
#include "queries/queryimpactjob.h"
#include "rehearsal/rehearsalplan.h"
#include "rehearsal/workloadprofile.h"
#include "schema/schemareader.h"
#include "widgets/queries/querylistmodel.h"
#include "widgets/queries/queryplanview.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace godwit::widgets {

namespace {

    constexpr int MeasuredRuns = 5;
    constexpr int SqlRole = Qt::UserRole;
    constexpr int CoveringSqlRole = Qt::UserRole + 1;

    QString sizeText(qint64 bytes, bool estimated)
    {
        if (bytes < 0)
            return {};
        const QString text = QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
        return estimated ? QueryPanel::tr("≈ %1").arg(text) : text;
    }

    QString overheadText(double microseconds)
    {
        return QueryPanel::tr("%1 µs").arg(QString::asprintf("%+.2f", microseconds));
    }

    QTreeWidget* makeTree(const QStringList& headers, QWidget* parent)
    {
        auto* tree = new QTreeWidget(parent);
        tree->setHeaderLabels(headers);
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        return tree;
    }

} // namespace

QueryPanel::QueryPanel(QWidget* parent)
    : QWidget(parent)
    , m_job(new queries::QueryImpactJob(this))
    , m_model(new QueryListModel(this))
    , m_sample(new QToolButton(this))
    , m_addQuery(new QToolButton(this))
    , m_compare(new QToolButton(this))
    , m_measure(new QCheckBox(tr("Measure"), this))
    , m_refresh(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_view(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_plans(new QueryPlanView(this))
    , m_advice(makeTree(
          { tr("Proposed index"), tr("Table"), tr("Removes"), tr("For"), tr("Insert"), tr("Update"), tr("Size") },
          this))
    , m_addToPlan(new QPushButton(tr("Add to Plan"), this))
    , m_addCovering(new QPushButton(tr("Add Covering Variant"), this))
    , m_indexes(makeTree({ tr("Index"), tr("Table"), tr("Finding"), tr("Insert"), tr("Update"), tr("Size") }, this))
{
    setObjectName(QStringLiteral("queryPanel"));
    m_sample->setText(tr("Sample Queries"));
    m_sample->setToolTip(tr("The orders sample's dominant queries (its access patterns)"));
    m_sample->setPopupMode(QToolButton::MenuButtonPopup);
    auto* sampleMenu = new QMenu(m_sample);
    sampleMenu->addAction(tr("Rehearsal Workload"), this, &QueryPanel::loadRehearsalWorkload)
        ->setToolTip(tr("The statements the rehearsal's simulated application runs for this change"));
    m_sample->setMenu(sampleMenu);
    m_addQuery->setText(tr("Add Query…"));
    m_addQuery->setToolTip(tr("Type a query of the application into the list (saved to the list's file)"));
    m_compare->setText(tr("Compare With…"));
    m_compare->setToolTip(
        tr("Explain the queries on the schema after a change too: a database, SQL script or Mermaid file"));
    m_compare->setPopupMode(QToolButton::MenuButtonPopup);
    auto* compareMenu = new QMenu(m_compare);
    compareMenu->addAction(tr("No Comparison"), this, [this] { setAfterSource({}); });
    m_compare->setMenu(compareMenu);
    m_measure->setToolTip(
        tr("Run every query %1 times on a copy of the database and measure each index's write cost").arg(MeasuredRuns));
    m_refresh->setText(tr("Refresh"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QueryListModel::Name, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    auto* showRows = new QAction(tr("Show the Rows"), m_view);
    showRows->setObjectName(QStringLiteral("showRowsAction"));
    showRows->setStatusTip(tr("Run the query and show what it returns in a grid"));
    m_view->addAction(showRows);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(showRows, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT rowsRequested(m_model->index(current.row(), QueryListModel::Name).data().toString(),
                current.data(QueryListModel::SqlRole).toString());
    });

    auto* adviceTab = new QWidget(this);
    auto* adviceButtons = new QHBoxLayout;
    adviceButtons->addStretch();
    adviceButtons->addWidget(m_addCovering);
    adviceButtons->addWidget(m_addToPlan);
    auto* adviceLayout = new QVBoxLayout(adviceTab);
    adviceLayout->setContentsMargins(0, 0, 0, 0);
    adviceLayout->addWidget(m_advice);
    adviceLayout->addLayout(adviceButtons);
    m_addToPlan->setEnabled(false);
    m_addCovering->setEnabled(false);
    m_addToPlan->setToolTip(tr("Add a CREATE INDEX step for this index to the migration plan"));
    m_tabs->addTab(m_plans, tr("Plans"));
    m_tabs->addTab(adviceTab, tr("Index Advice"));
    m_tabs->addTab(m_indexes, tr("Indexes"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_sample);
    bar->addWidget(m_addQuery);
    bar->addWidget(m_compare);
    bar->addWidget(m_measure);
    bar->addWidget(m_refresh);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_progress);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_sample, &QToolButton::clicked, this, &QueryPanel::loadSampleQueries);
    connect(m_addQuery, &QToolButton::clicked, this, &QueryPanel::queryAdditionRequested);
    connect(m_compare, &QToolButton::clicked, this, &QueryPanel::afterSourceRequested);
    connect(m_measure, &QCheckBox::toggled, this, &QueryPanel::refresh);
    connect(m_refresh, &QToolButton::clicked, this, &QueryPanel::refresh);
    connect(m_job, &queries::QueryImpactJob::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_job, &queries::QueryImpactJob::finished, this, &QueryPanel::onFinished);
    connect(m_job, &queries::QueryImpactJob::failed, this, &QueryPanel::onFailed);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueryPanel::onCurrentQueryChanged);
    connect(m_advice, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_addToPlan->setEnabled(item != nullptr);
        m_addCovering->setEnabled(item && !item->data(0, CoveringSqlRole).toString().isEmpty());
    });
    connect(m_addToPlan, &QPushButton::clicked, this, [this] { requestIndex(SqlRole); });
    connect(m_addCovering, &QPushButton::clicked, this, [this] { requestIndex(CoveringSqlRole); });
    updateStatus();
}

QueryPanel::~QueryPanel() = default;

void QueryPanel::setDatabase(const QString& path)
{
    if (path == m_database)
        return;
    m_database = path;
    refresh();
}

void QueryPanel::setQueries(const queries::QueryList& queries, const QString& source)
{
    m_source = source;
    m_queryFile.clear();
    m_model->setQueries(queries);
    m_plans->clear();
    refresh();
}

bool QueryPanel::loadQueries(const QString& path)
{
    auto list = queries::QueryList::readFile(path);
    if (!list) {
        Q_EMIT errorOccurred(tr("The query list could not be read."), list.error().toString());
        return false;
    }
    setQueries(*list, path);
    m_queryFile = path;
    return true;
}

QString QueryPanel::addQuery(const queries::Query& query)
{
    queries::QueryList list = m_model->queries();
    const QString name = list.add(query);
    const QString file = m_queryFile;
    setQueries(list, m_source);
    m_queryFile = file;
    if (!m_queryFile.isEmpty())
        saveQueries(m_queryFile);
    selectQuery(int(list.size()) - 1);
    return name;
}

bool QueryPanel::saveQueries(const QString& path)
{
    if (auto saved = TextFile::write(path, m_model->queries().toSql()); !saved) {
        Q_EMIT errorOccurred(tr("The query list could not be saved."), saved.error().toString());
        return false;
    }
    return true;
}

void QueryPanel::loadSampleQueries()
{
    auto list = queries::QueryList::ordersSample();
    if (!list) {
        Q_EMIT errorOccurred(tr("The sample query list is missing."), list.error().toString());
        return;
    }
    setQueries(*list, list->isEmpty() ? QString() : list->at(0).file);
}

bool QueryPanel::loadRehearsalWorkload()
{
    if (m_database.isEmpty() || m_after.isEmpty()) {
        Q_EMIT errorOccurred(tr("The rehearsal workload needs a database and a schema to compare with."),
            tr("Open a database and choose Compare With… first."));
        return false;
    }
    auto plan = rehearsal::RehearsalPlan::forTarget(m_database, m_after);
    auto schema
        = plan ? schema::SchemaReader::readFile(m_database) : Result<schema::Schema>(std::unexpected(plan.error()));
    if (!schema) {
        Q_EMIT errorOccurred(tr("The rehearsal workload could not be derived."), schema.error().toString());
        return false;
    }
    // Weights of operations the current list names (the orders sample's do) carry over.
    const queries::QueryList current = m_model->queries();
    const rehearsal::WorkloadProfile profile = rehearsal::WorkloadProfile::forPlan(*schema, *plan, &current);
    if (plan->isEmpty() || profile.isEmpty()) {
        Q_EMIT errorOccurred(tr("The change moves no column, so the rehearsal simulates no application."),
            tr("%1 → %2").arg(m_database, m_after));
        return false;
    }
    setQueries(profile.toQueryList(false));
    return true;
}

const queries::QueryList& QueryPanel::queries() const { return m_model->queries(); }

void QueryPanel::setAfterSource(const QString& path)
{
    if (path == m_after)
        return;
    m_after = path;
    refresh();
}

void QueryPanel::setMeasured(bool measured) { m_measure->setChecked(measured); }

bool QueryPanel::isMeasured() const { return m_measure->isChecked(); }

bool QueryPanel::isRunning() const { return m_job->isRunning(); }

bool QueryPanel::hasReport() const { return m_model->hasReport(); }

const queries::QueryReport& QueryPanel::report() const { return m_model->report(); }

void QueryPanel::refresh()
{
    if (m_database.isEmpty() || m_model->queries().isEmpty()) {
        m_job->cancel();
        m_model->clearReport();
        m_advice->clear();
        m_indexes->clear();
        m_plans->clear();
        m_progress->hide();
        updateStatus();
        return;
    }
    queries::QueryImpact::Request request;
    request.database = m_database;
    request.queries = m_model->queries();
    request.after = m_after;
    if (QFileInfo(m_after).isDir()) {
        // A migrations folder: its pending migrations, applied to a copy, are the after side.
        auto script = project::PendingScript::read(m_database, m_after);
        if (!script) {
            Q_EMIT errorOccurred(tr("The pending migrations could not be read."), script.error().toString());
            return;
        }
        request.after.clear();
        request.migration = *script;
        request.migrationFileName = m_after;
    }
    request.runs = isMeasured() ? MeasuredRuns : 0;
    request.indexCost = isMeasured();
    m_job->start(request);
    m_progress->setRange(0, 0);
    m_progress->show();
    updateStatus();
}

void QueryPanel::selectQuery(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void QueryPanel::onFinished(const queries::QueryReport& report)
{
    m_progress->hide();
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    m_model->setReport(report);
    fillAdvice();
    fillIndexes();
    updateStatus();
    if (m_view->currentIndex().row() == row)
        onCurrentQueryChanged();
    else
        selectQuery(row);
    Q_EMIT reportUpdated();
}

void QueryPanel::onFailed(const godwit::Error& error)
{
    m_progress->hide();
    m_model->clearReport();
    m_advice->clear();
    m_indexes->clear();
    m_plans->clear();
    m_status->setText(tr("Could not explain the queries: %1").arg(error.message));
    Q_EMIT errorOccurred(tr("The queries could not be explained."), error.toString());
}

void QueryPanel::onCurrentQueryChanged()
{
    const queries::QueryResult* r = m_model->result(m_view->currentIndex().row());
    Q_EMIT indexHighlightCleared();
    if (!r) {
        m_plans->clear();
        return;
    }
    const queries::QueryReport& report = m_model->report();
    m_plans->showResult(*r, report.hasAfter);
    QHash<QString, QStringList> byTable;
    QStringList tables;
    for (const QString& index : (report.hasAfter ? r->after : r->before).indexesUsed()) {
        const QString table = report.indexTables.value(index);
        if (table.isEmpty())
            continue;
        if (!tables.contains(table))
            tables << table;
        byTable[table] << index;
    }
    for (const QString& table : std::as_const(tables))
        Q_EMIT indexesHighlightRequested(table, byTable.value(table));
}

void QueryPanel::fillAdvice()
{
    m_advice->clear();
    const queries::QueryReport& report = m_model->report();
    for (const queries::IndexProposal& p : report.proposals) {
        auto* item = new QTreeWidgetItem(m_advice, { p.name, p.table, p.reason, p.queries.join(QStringLiteral(", ")) });
        item->setData(0, SqlRole, p.sql);
        item->setData(0, CoveringSqlRole, p.coveringSql);
        item->setToolTip(
            0, p.coveringSql.isEmpty() ? p.sql : p.sql + QLatin1Char('\n') + tr("Covering: %1").arg(p.coveringSql));
        for (const queries::IndexCost& c : report.costs) {
            if (c.proposed && c.index == p.name && c.isValid()) {
                item->setText(4, overheadText(c.insertOverheadUs()));
                item->setText(5, overheadText(c.updateOverheadUs()));
                item->setText(6, sizeText(c.sizeBytes, c.sizeEstimated));
            }
        }
    }
    if (report.proposals.isEmpty())
        new QTreeWidgetItem(m_advice, { tr("No advice: every query finds an index, or none would help") });
    m_addToPlan->setEnabled(false);
    m_addCovering->setEnabled(false);
}

void QueryPanel::requestIndex(int role)
{
    QTreeWidgetItem* item = m_advice->currentItem();
    const qsizetype row = item ? m_advice->indexOfTopLevelItem(item) : -1;
    const QList<queries::IndexProposal>& proposals = m_model->report().proposals;
    if (row < 0 || row >= proposals.size())
        return;
    const queries::IndexProposal& p = proposals[row];
    const QString sql = item->data(0, role).toString();
    if (!sql.isEmpty())
        Q_EMIT indexAdditionRequested(plan::RequestedIndex { sql, p.queries, p.reason });
}

void QueryPanel::fillIndexes()
{
    m_indexes->clear();
    const queries::QueryReport& report = m_model->report();
    QHash<QString, QTreeWidgetItem*> items;
    auto itemFor = [&](const QString& index, const QString& table) {
        QTreeWidgetItem*& item = items[index];
        if (!item)
            item = new QTreeWidgetItem(m_indexes, { index, table });
        return item;
    };
    for (const queries::IndexCost& c : report.costs) {
        if (c.proposed)
            continue;
        QTreeWidgetItem* item = itemFor(c.index, c.table);
        if (!c.isValid()) {
            item->setText(3, tr("error"));
            item->setToolTip(3, c.error);
            continue;
        }
        item->setText(3, overheadText(c.insertOverheadUs()));
        item->setText(4, overheadText(c.updateOverheadUs()));
        item->setText(5, sizeText(c.sizeBytes, c.sizeEstimated));
    }
    for (const queries::IndexFinding& f : report.findings) {
        QTreeWidgetItem* item = itemFor(f.index, f.table);
        QString text = f.type == queries::IndexFinding::Type::Unused ? tr("unused by the listed queries")
                                                                     : tr("prefix of %1").arg(f.coveredBy);
        if (f.supportsForeignKey)
            text += tr(" (serves a foreign key)");
        item->setText(2, item->text(2).isEmpty() ? text : item->text(2) + QStringLiteral("; ") + text);
        item->setForeground(2, QBrush(QColor(0xb3, 0x5c, 0x00)));
        item->setToolTip(2, f.dropSql);
    }
}

void QueryPanel::updateStatus()
{
    if (m_database.isEmpty()) {
        m_status->setText(tr("Open a database to explain its queries."));
        return;
    }
    if (m_model->queries().isEmpty()) {
        m_status->setText(tr("Load a query list (File ▸ Load Queries…) or the sample queries."));
        return;
    }
    if (m_job->isRunning()) {
        m_status->setText(isMeasured() ? tr("Explaining and measuring the queries…") : tr("Explaining the queries…"));
        return;
    }
    if (!m_model->hasReport())
        return;
    const queries::QueryReport& report = m_model->report();
    QStringList counts;
    for (queries::QueryStatus s : { queries::QueryStatus::Unchanged, queries::QueryStatus::Improved,
             queries::QueryStatus::Regressed, queries::QueryStatus::Broken, queries::QueryStatus::Invalid }) {
        if (const qsizetype n = report.count(s))
            counts << QStringLiteral("%1 %2").arg(n).arg(QueryListModel::statusText(s).toLower());
    }
    const int total = int(report.queries.size());
    const QString totalText = total == 1 ? tr("%n query", nullptr, total) : tr("%n queries", nullptr, total);
    m_status->setText(tr("%1: %2").arg(totalText, counts.join(QStringLiteral(", ")))
        + (report.hasAfter ? tr(" — compared with %1").arg(QFileInfo(report.afterSource).fileName()) : QString()));
    m_status->setToolTip(report.hasAfter ? report.afterSource : QString());
}

} // namespace godwit::widgets
