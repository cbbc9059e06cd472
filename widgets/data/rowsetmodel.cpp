// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/data/rowsetmodel.h"

#include "widgets/data/cellformat.h"

namespace godwit::widgets {

RowSetModel::RowSetModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

RowSetModel::~RowSetModel() = default;

void RowSetModel::setRows(const sqlite::RowSet& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RowSetModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.rows.size()); }

int RowSetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.columns.size());
}

QVariant RowSetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant v = m_rows.rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return CellFormat::display(v);
    case ValueRole:
        return v;
    case Qt::ToolTipRole:
        return CellFormat::isElided(v) ? CellFormat::fullText(v).left(2000) : QVariant();
    default:
        return CellFormat::style(v, role);
    }
}

QVariant RowSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return QString::number(section + 1);
    return m_rows.columns.value(section);
}

} // namespace godwit::widgets
