// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "identifier.h"

#include <algorithm>

namespace godwit::schema {

const Table* Schema::table(QStringView name) const
{
    auto it = std::ranges::find_if(tables, [&](const Table& t) { return sameIdentifier(t.name, name); });
    return it == tables.end() ? nullptr : &*it;
}

const View* Schema::view(QStringView name) const
{
    auto it = std::ranges::find_if(views, [&](const View& v) { return sameIdentifier(v.name, name); });
    return it == views.end() ? nullptr : &*it;
}

QList<const Trigger*> Schema::triggersOn(QStringView tableOrView) const
{
    QList<const Trigger*> out;
    for (const Trigger& t : triggers) {
        if (sameIdentifier(t.table, tableOrView))
            out.append(&t);
    }
    return out;
}

qsizetype Schema::indexCount() const
{
    qsizetype n = 0;
    for (const Table& t : tables)
        n += std::ranges::count_if(t.indexes, [](const Index& i) { return i.origin == IndexOrigin::CreateIndex; });
    return n;
}

} // namespace godwit::schema
