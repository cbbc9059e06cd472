// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite/rowset.h"

#include <QAbstractTableModel>

namespace godwit::widgets {

// The rows of one statement's result (a RowSet held in memory) as a grid, with NULLs, BLOBs
// and long text shown as the table browser shows them (CellFormat).
class RowSetModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowSetModel)
public:
    enum Roles { ValueRole = Qt::UserRole + 1 };

    explicit RowSetModel(QObject* parent = nullptr);
    ~RowSetModel() override;

    void setRows(const sqlite::RowSet& rows);
    [[nodiscard]] const sqlite::RowSet& rows() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    sqlite::RowSet m_rows;
};

} // namespace godwit::widgets
