// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeset.h"

#include "schema/identifier.h"

#include <algorithm>

namespace godwit::diff {

QList<const Change*> ChangeSet::forTable(QStringView table) const
{
    QList<const Change*> out;
    for (const Change& c : changes) {
        if (schema::sameIdentifier(c.table, table)
            || (c.type == ChangeType::Renamed && c.object == ObjectKind::Table
                && schema::sameIdentifier(c.oldName, table)))
            out.append(&c);
    }
    return out;
}

const Change* ChangeSet::find(QStringView id) const
{
    auto it = std::ranges::find_if(changes, [&](const Change& c) { return c.id() == id; });
    return it == changes.end() ? nullptr : &*it;
}

QList<const Change*> ChangeSet::proposals() const
{
    QList<const Change*> out;
    for (const Change& c : changes) {
        if (c.isProposal)
            out.append(&c);
    }
    return out;
}

bool ChangeSet::hasImpact(Impact impact) const
{
    return std::ranges::any_of(changes, [&](const Change& c) { return c.classification.impact == impact; });
}

} // namespace godwit::diff
