// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/data/tablemodel.h"

#include "data/pageloader.h"
#include "data/tablepager.h"
#include "widgets/data/cellformat.h"

#include <limits>
#include <utility>

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace godwit::widgets {

using data::TablePager;

TableModel::TableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_loader(new data::PageLoader(this))
{
    connect(m_loader, &data::PageLoader::opened, this, [this](const QStringList& columns, const QStringList& types) {
        beginResetModel();
        m_columns = columns;
        m_types = types;
        m_rows = 0;
        m_counted = false;
        m_pages.clear();
        m_recent.clear();
        m_requested.clear();
        endResetModel();
        Q_EMIT opened();
    });
    connect(m_loader, &data::PageLoader::queried, this, &TableModel::onQueried);
    connect(m_loader, &data::PageLoader::pageLoaded, this, &TableModel::onPage);
    connect(m_loader, &data::PageLoader::failed, this, &TableModel::failed);
}

TableModel::~TableModel() = default;

void TableModel::open(const QString& path, const QString& table)
{
    m_table = table;
    m_query = {};
    m_loader->open(path, table);
}

void TableModel::setFilter(int column, const QString& text)
{
    data::TableQuery q = m_query;
    if (text.trimmed().isEmpty())
        q.filters.remove(column);
    else
        q.filters.insert(column, text);
    if (q != m_query)
        apply(q);
}

void TableModel::sort(int column, Qt::SortOrder order)
{
    data::TableQuery q = m_query;
    q.sortColumn = column;
    q.descending = order == Qt::DescendingOrder;
    if (q != m_query)
        apply(q);
}

void TableModel::apply(const data::TableQuery& query)
{
    m_query = query;
    m_loader->setQuery(query);
}

void TableModel::onQueried(qint64 rows, bool orderUsesIndex, const QString& sql)
{
    rows = std::min<qint64>(rows, std::numeric_limits<int>::max());
    if (!std::exchange(m_counted, true) && rows >= m_rows) {
        // The count after open: the first page is on screen already, the other rows join it.
        m_orderUsesIndex = orderUsesIndex;
        m_sql = sql;
        if (rows > m_rows) {
            beginInsertRows({}, int(m_rows), int(rows - 1));
            m_rows = rows;
            endInsertRows();
        }
        Q_EMIT queried(rows, orderUsesIndex);
        return;
    }
    beginResetModel();
    m_rows = std::min<qint64>(rows, std::numeric_limits<int>::max());
    m_orderUsesIndex = orderUsesIndex;
    m_sql = sql;
    m_pages.clear();
    m_recent.clear();
    m_requested.clear();
    endResetModel();
    Q_EMIT queried(rows, orderUsesIndex);
}

void TableModel::onPage(qint64 index, const QList<QVariantList>& rows)
{
    m_requested.remove(index);
    const qint64 first = index * TablePager::PageSize;
    if (!m_counted && index == 0 && m_rows == 0 && !rows.isEmpty()) {
        // Open, not counted yet: the first page shows at once.
        beginInsertRows({}, 0, int(rows.size() - 1));
        m_rows = rows.size();
        m_pages.insert(0, rows);
        m_recent.append(0);
        endInsertRows();
        return;
    }
    if (rows.isEmpty() || first >= m_rows)
        return;
    m_pages.insert(index, rows);
    m_recent.removeAll(index);
    m_recent.append(index);
    // Memory stays flat: the pages shown longest ago go (a view asks again if it scrolls back).
    while (m_recent.size() > MaxPages)
        m_pages.remove(m_recent.takeFirst());
    const int last = int(std::min<qint64>(first + rows.size(), m_rows) - 1);
    Q_EMIT dataChanged(this->index(int(first), 0), this->index(last, columnCount() - 1));
}

const QVariantList* TableModel::row(int row) const
{
    const qint64 page = row / TablePager::PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        if (!m_requested.contains(page)) {
            m_requested.insert(page);
            m_loader->requestPage(page);
        }
        return nullptr;
    }
    if (m_recent.isEmpty() || m_recent.back() != page) {
        m_recent.removeAll(page);
        m_recent.append(page);
    }
    const qsizetype at = row - page * TablePager::PageSize;
    return at < it->size() ? &it->at(at) : nullptr;
}

int TableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows); }

int TableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_columns.size()); }

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList* values = row(index.row());
    if (role == IsLoadedRole)
        return values != nullptr;
    if (!values) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("…");
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    }
    const QVariant& v = values->value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return CellFormat::display(v);
    case ValueRole:
    case Qt::EditRole:
        return v;
    case IsNullRole:
        return v.isNull();
    case Qt::ToolTipRole:
        return CellFormat::isElided(v) ? tr("Double-click to see the whole value") : QVariant();
    default:
        return CellFormat::style(v, role);
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QString::number(section + 1);
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section);
    if (role == Qt::ToolTipRole)
        return m_types.at(section).isEmpty() ? m_columns.at(section)
                                             : QStringLiteral("%1 %2").arg(m_columns.at(section), m_types.at(section));
    return {};
}

} // namespace godwit::widgets
