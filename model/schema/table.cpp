// SPDX-License-Identifier: GPL-3.0-or-later
#include "table.h"

#include "identifier.h"

#include <algorithm>

namespace godwit::schema {

const Column* Table::column(QStringView name) const
{
    auto it = std::ranges::find_if(columns, [&](const Column& c) { return sameIdentifier(c.name, name); });
    return it == columns.end() ? nullptr : &*it;
}

const Index* Table::index(QStringView name) const
{
    auto it = std::ranges::find_if(indexes, [&](const Index& i) { return sameIdentifier(i.name, name); });
    return it == indexes.end() ? nullptr : &*it;
}

QStringList Table::primaryKey() const
{
    QList<const Column*> pk;
    for (const Column& c : columns) {
        if (c.isPrimaryKey())
            pk.append(&c);
    }
    std::ranges::sort(pk, {}, &Column::primaryKeyPosition);
    QStringList names;
    for (const Column* c : pk)
        names.append(c->name);
    return names;
}

bool Table::isUniqueColumn(QStringView columnName) const
{
    const QStringList pk = primaryKey();
    if (pk.size() == 1 && sameIdentifier(pk.front(), columnName))
        return true;
    return std::ranges::any_of(indexes, [&](const Index& i) {
        return i.unique && !i.isPartial() && i.parts.size() == 1 && sameIdentifier(i.parts.front().column, columnName);
    });
}

bool Table::isForeignKeyColumn(QStringView columnName) const
{
    return std::ranges::any_of(foreignKeys, [&](const ForeignKey& fk) {
        return std::ranges::any_of(fk.columns, [&](const QString& c) { return sameIdentifier(c, columnName); });
    });
}

} // namespace godwit::schema
