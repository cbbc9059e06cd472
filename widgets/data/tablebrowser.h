// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace godwit::widgets {

class TableModel;

// Browse one table: a grid over TableModel with a filter box above each column, sorting by a
// click on a header (the status line says when that order has no index and SQLite must scan),
// and a viewer for the whole of a long text or BLOB on double-click.
class TableBrowser final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableBrowser)
public:
    explicit TableBrowser(QWidget* parent = nullptr);
    ~TableBrowser() override;

    void open(const QString& path, const QString& table);

    [[nodiscard]] TableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] QList<QLineEdit*> filterEdits() const { return m_filters; }

    // The viewer for one cell (a dialog, returned so a test can inspect and close it).
    QWidget* showCell(const QModelIndex& index);

Q_SIGNALS:
    // "Open in the SQL editor": the statement that lists the rows as they are filtered and sorted.
    void sqlRequested(const QString& sql);
    void failed(const godwit::Error& error);

private:
    void rebuildFilters();
    void placeFilters();
    void updateStatus(qint64 rows, bool orderUsesIndex);

    TableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QWidget* m_filterBar = nullptr;
    QList<QLineEdit*> m_filters;
    QLabel* m_status = nullptr;
    QTimer* m_filterDelay = nullptr;
    bool m_sized = false; // columns fitted to the first rows
};

} // namespace godwit::widgets
