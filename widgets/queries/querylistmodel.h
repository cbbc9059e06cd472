// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries/querylist.h"
#include "queries/queryreport.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace godwit::widgets {

// The query list as a table: name, kind, weight, verdict (with an icon) and measured times.
// Before a report arrives every query shows as pending.
class QueryListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryListModel)
public:
    enum Column { Name, Kind, Weight, Status, Before, After, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(queries::QueryStatus), or -1 while pending
        SqlRole,
    };

    explicit QueryListModel(QObject* parent = nullptr);
    ~QueryListModel() override;

    void setQueries(const queries::QueryList& queries);
    // The report for the current list (its queries in the same order).
    void setReport(const queries::QueryReport& report);
    void clearReport();
    [[nodiscard]] const queries::QueryList& queries() const { return m_queries; }
    [[nodiscard]] bool hasReport() const { return m_hasReport; }
    [[nodiscard]] const queries::QueryReport& report() const { return m_report; }
    // The report's entry for `row`; null while pending.
    [[nodiscard]] const queries::QueryResult* result(int row) const;

    [[nodiscard]] static QIcon statusIcon(queries::QueryStatus status);
    [[nodiscard]] static QString statusText(queries::QueryStatus status);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    queries::QueryList m_queries;
    queries::QueryReport m_report;
    bool m_hasReport = false;
};

} // namespace godwit::widgets
