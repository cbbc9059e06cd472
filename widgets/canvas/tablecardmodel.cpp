// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/tablecardmodel.h"

#include "schema/identifier.h"

#include <QLocale>

namespace godwit::widgets {

TableCardModel::TableCardModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

TableCardModel::~TableCardModel() = default;

void TableCardModel::setSchema(const schema::Schema& schema)
{
    beginResetModel();
    m_cards.clear();
    for (const schema::Table& t : schema.tables) {
        Card card;
        card.name = t.name;
        card.columns = static_cast<int>(t.columns.size());
        card.rows = t.rowCount;
        card.indexes = static_cast<int>(std::ranges::count_if(
            t.indexes, [](const schema::Index& i) { return i.origin == schema::IndexOrigin::CreateIndex; }));
        card.foreignKeys = static_cast<int>(t.foreignKeys.size());
        for (const schema::Table& other : schema.tables) {
            card.referencedBy += std::ranges::any_of(other.foreignKeys,
                [&](const schema::ForeignKey& fk) { return schema::sameIdentifier(fk.parentTable, t.name); });
        }
        m_cards.append(card);
    }
    for (const schema::View& v : schema.views) {
        Card card;
        card.name = v.name;
        card.isView = true;
        card.columns = static_cast<int>(v.columns.size());
        m_cards.append(card);
    }
    endResetModel();
}

void TableCardModel::clear()
{
    beginResetModel();
    m_cards.clear();
    endResetModel();
}

int TableCardModel::rowOf(QStringView name) const
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (schema::sameIdentifier(m_cards[i].name, name))
            return i;
    }
    return -1;
}

int TableCardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

QVariant TableCardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Card& card = m_cards[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return card.name;
    case Qt::ToolTipRole: {
        if (card.isView)
            return (card.columns == 1 ? tr("View %1: %n column", nullptr, card.columns)
                                      : tr("View %1: %n columns", nullptr, card.columns))
                .arg(card.name);
        QString rows;
        if (card.rows) {
            rows = (card.rows->exact ? QString() : QStringLiteral("≈ ")) + QLocale().toString(card.rows->value);
            rows = tr(", %1 rows").arg(rows);
        }
        return (card.columns == 1 ? tr("Table %1: %n column", nullptr, card.columns)
                                  : tr("Table %1: %n columns", nullptr, card.columns))
                   .arg(card.name)
            + rows;
    }
    case IsViewRole:
        return card.isView;
    case ColumnCountRole:
        return card.columns;
    case RowCountRole:
        return card.rows ? QVariant(card.rows->value) : QVariant();
    case RowCountExactRole:
        return card.rows ? card.rows->exact : false;
    case IndexCountRole:
        return card.indexes;
    case ForeignKeyCountRole:
        return card.foreignKeys;
    case ReferencedByCountRole:
        return card.referencedBy;
    default:
        return {};
    }
}

} // namespace godwit::widgets
