// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionedschema.h"

#include "schema/identifier.h"

#include <algorithm>

#include <QHash>
#include <QSet>

namespace godwit::diff {

using schema::Table;

schema::Schema VersionedSchema::build(const ChangeSet& set)
{
    QSet<QString> changedAfter; // lower-cased after-names of tables with changes
    QSet<QString> changedBefore; // lower-cased before-names
    QHash<QString, QString> oldNameOf;
    for (const Change& c : set.changes) {
        if (c.object == ObjectKind::Table && c.type == ChangeType::Renamed)
            oldNameOf.insert(schema::identifierKey(c.name), c.oldName);
    }
    for (const Change& c : set.changes) {
        if (c.object == ObjectKind::View || c.table.isEmpty())
            continue;
        if (c.object == ObjectKind::Trigger && !set.after.table(c.table) && !set.before.table(c.table))
            continue; // a trigger on a view
        if (c.type != ChangeType::Removed || c.object != ObjectKind::Table)
            changedAfter.insert(schema::identifierKey(c.table));
        if (c.type != ChangeType::Added || c.object != ObjectKind::Table)
            changedBefore.insert(schema::identifierKey(oldNameOf.value(schema::identifierKey(c.table), c.table)));
    }

    schema::Schema merged;
    merged.source = set.after.source;
    auto retarget = [](Table t, const QString& name, const QSet<QString>& changed, auto rename) {
        t.name = name;
        t.sql.clear(); // the stored SQL names the original table; writers rebuild it from the values
        for (auto& fk : t.foreignKeys) {
            if (changed.contains(schema::identifierKey(fk.parentTable)))
                fk.parentTable = rename(fk.parentTable);
        }
        for (auto& index : t.indexes)
            index.table = name;
        return t;
    };
    for (const Table& t : set.before.tables) {
        if (changedBefore.contains(schema::identifierKey(t.name)))
            merged.tables.append(
                retarget(t, beforeName(t.name), changedBefore, [](const QString& n) { return beforeName(n); }));
    }
    for (const Table& t : set.after.tables) {
        if (changedAfter.contains(schema::identifierKey(t.name)))
            merged.tables.append(
                retarget(t, afterName(t.name), changedAfter, [](const QString& n) { return afterName(n); }));
        else
            merged.tables.append(retarget(t, t.name, changedAfter, [](const QString& n) { return afterName(n); }));
    }
    std::ranges::sort(
        merged.tables, [](const Table& a, const Table& b) { return schema::compareIdentifiers(a.name, b.name) < 0; });
    return merged;
}

} // namespace godwit::diff
