// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "data/tablequery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace godwit::data {
class PageLoader;
}

namespace godwit::widgets {

// A table of any size as a grid: the row count comes from the pager, rows arrive a page at a
// time from its worker when the view first asks for them (a cell not there yet shows "…"), and
// only the pages near what was last shown are kept, so scrolling a million rows keeps memory flat.
class TableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableModel)
public:
    enum Roles {
        ValueRole = Qt::UserRole + 1, // the SQLite value (NULL: invalid QVariant, BLOB: QByteArray)
        IsNullRole,
        IsLoadedRole,
    };
    static constexpr int MaxPages = 48; // kept in memory: 12,288 rows of 256

    explicit TableModel(QObject* parent = nullptr);
    ~TableModel() override;

    void open(const QString& path, const QString& table);
    void setFilter(int column, const QString& text);
    [[nodiscard]] const data::TableQuery& query() const { return m_query; }
    [[nodiscard]] const QString& table() const { return m_table; }
    [[nodiscard]] bool orderUsesIndex() const { return m_orderUsesIndex; }
    [[nodiscard]] const QString& selectSql() const { return m_sql; }
    [[nodiscard]] QStringList declaredTypes() const { return m_types; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // -1: the table's own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void opened();
    // After open, sort or filter: the rows the query leaves and whether an index serves its order.
    void queried(qint64 rows, bool orderUsesIndex);
    void failed(const godwit::Error& error);

private:
    void apply(const data::TableQuery& query);
    void onQueried(qint64 rows, bool orderUsesIndex, const QString& sql);
    void onPage(qint64 index, const QList<QVariantList>& rows);
    [[nodiscard]] const QVariantList* row(int row) const;

    data::PageLoader* m_loader = nullptr;
    QString m_table;
    QStringList m_columns;
    QStringList m_types;
    data::TableQuery m_query;
    qint64 m_rows = 0;
    bool m_counted = false; // the first page can come before the count
    bool m_orderUsesIndex = true;
    QString m_sql;
    QHash<qint64, QList<QVariantList>> m_pages;
    mutable QList<qint64> m_recent; // page indexes, most recently shown last
    mutable QSet<qint64> m_requested;
};

} // namespace godwit::widgets
