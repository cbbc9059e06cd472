// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/answers.h"
#include "queries/querylist.h"
#include "queries/queryreport.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace godwit {
struct Error;
}
namespace godwit::queries {
class QueryImpactJob;
}

namespace godwit::widgets {

class QueryListModel;
class QueryPlanView;

// The query-driven view (query-first modelling: "start from queries, not tables"): the list of
// dominant queries with weights and verdicts, the selected query's plans before and after side
// by side, measured times, and the index advice with "Add to Plan". All SQLite work runs in a
// QueryImpactJob; the panel only shows its report.
class QueryPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryPanel)
public:
    explicit QueryPanel(QWidget* parent = nullptr);
    ~QueryPanel() override;

    // The database (or schema script) the queries run against; empty clears.
    void setDatabase(const QString& path);
    [[nodiscard]] QString database() const { return m_database; }
    void setQueries(const queries::QueryList& queries, const QString& source = {});
    // Reads a query file; a bad file is reported through errorOccurred and changes nothing.
    bool loadQueries(const QString& path);
    void loadSampleQueries();
    // The rehearsal's simulated application as the list (WorkloadProfile::toQueryList): the
    // workload the plan from the database to the after side is rehearsed with, as today's clients
    // send it. Needs both sides and a plan that moves a column; otherwise errorOccurred.
    bool loadRehearsalWorkload();
    // Appends a typed-in query (QueryList::add gives it a unique name) and explains again. A list
    // read from a file (loadQueries) is saved back to it in the query file format
    // (QueryList::toSql()); the bundled sample never is. Returns the name used.
    QString addQuery(const queries::Query& query);
    // Writes the list to `path` in the query file format; failures go to errorOccurred.
    bool saveQueries(const QString& path);
    // The file the list was read from and is saved to; empty for the sample or a typed list.
    [[nodiscard]] QString queryFile() const { return m_queryFile; }
    [[nodiscard]] const queries::QueryList& queries() const;
    // The after side: a database, script or Mermaid file; empty: plans of the database alone.
    void setAfterSource(const QString& path);
    [[nodiscard]] QString afterSource() const { return m_after; }
    // Also run every query on a copy and price the indexes (slower).
    void setMeasured(bool measured);
    [[nodiscard]] bool isMeasured() const;

    // Explains (and measures) again; a running request is superseded.
    void refresh();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] bool hasReport() const;
    [[nodiscard]] const queries::QueryReport& report() const;
    void selectQuery(int row);

    [[nodiscard]] QueryListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* queryView() const { return m_view; }
    [[nodiscard]] QueryPlanView* planView() const { return m_plans; }
    [[nodiscard]] QTreeWidget* adviceTree() const { return m_advice; }
    [[nodiscard]] QTreeWidget* indexTree() const { return m_indexes; }
    [[nodiscard]] QPushButton* addToPlanButton() const { return m_addToPlan; }
    [[nodiscard]] QToolButton* addQueryButton() const { return m_addQuery; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void reportUpdated();
    // "Show the Rows" on a query: its SQL, to run (and edit) in a results grid.
    void rowsRequested(const QString& title, const QString& sql);
    void errorOccurred(const QString& message, const QString& details);
    // "Add to Plan" on an index proposal: the CREATE INDEX (or its covering variant) and the
    // queries it serves, for the plan builder's Answers::indexes.
    void indexAdditionRequested(const godwit::plan::RequestedIndex& index);
    // The indexes the selected query's plan reads (the after side's when there is one), one
    // signal per table after a clear: what the ER canvas highlights.
    void indexHighlightCleared();
    void indexesHighlightRequested(const QString& table, const QStringList& indexes);
    // "Compare With…" was chosen; the window asks for a file (dialogs are its business).
    void afterSourceRequested();
    // "Add Query…" was chosen; the window asks for the query and calls addQuery().
    void queryAdditionRequested();

private:
    void onFinished(const queries::QueryReport& report);
    void onFailed(const godwit::Error& error);
    void onCurrentQueryChanged();
    void fillAdvice();
    void requestIndex(int role);
    void fillIndexes();
    void updateStatus();

    queries::QueryImpactJob* m_job = nullptr;
    QueryListModel* m_model = nullptr;
    QString m_database;
    QString m_after;
    QString m_source;
    QString m_queryFile;

    QToolButton* m_sample = nullptr;
    QToolButton* m_addQuery = nullptr;
    QToolButton* m_compare = nullptr;
    QCheckBox* m_measure = nullptr;
    QToolButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableView* m_view = nullptr;
    QTabWidget* m_tabs = nullptr;
    QueryPlanView* m_plans = nullptr;
    QTreeWidget* m_advice = nullptr;
    QPushButton* m_addToPlan = nullptr;
    QPushButton* m_addCovering = nullptr;
    QTreeWidget* m_indexes = nullptr;
};

} // namespace godwit::widgets
