// SPDX-License-Identifier: GPL-3.0-or-later
#include "splitmergeplanner.h"

#include "schema/identifier.h"
#include "tablemergeplan.h"
#include "tablesplitplan.h"

namespace godwit::plan {

using diff::Change;
using diff::ChangeType;
using diff::ObjectKind;
using schema::sameIdentifier;
using schema::Table;

using Link = SplitMergeSupport::Link;

QList<PlanUnit> SplitMergePlanner::plan(PlanContext& ctx, QSet<const Change*>* planned)
{
    QList<PlanUnit> units;
    const diff::ChangeSet& set = ctx.changeSet();
    auto removedColumns = [&](const QString& table) {
        QList<const Change*> out;
        for (const Change& c : set.changes) {
            if (c.object == ObjectKind::Column && c.type == ChangeType::Removed && sameIdentifier(c.table, table))
                out << &c;
        }
        return out;
    };
    auto onlyChangesAre = [&](const QString& table, const QList<const Change*>& allowed) {
        for (const Change& c : set.changes) {
            if (sameIdentifier(c.table, table) && c.object != ObjectKind::Table && c.object != ObjectKind::View
                && c.object != ObjectKind::Trigger && c.object != ObjectKind::Index && !allowed.contains(&c))
                return false;
        }
        return true;
    };
    for (const Change& added : set.changes) {
        if (added.object != ObjectKind::Table || added.type != ChangeType::Added || planned->contains(&added))
            continue;
        const Table* target = set.after.table(added.name);
        for (const auto& fk : target ? target->foreignKeys : QList<schema::ForeignKey> {}) {
            const Table* after = set.after.table(fk.parentTable);
            const auto before = after ? ctx.beforeTable(after->name) : std::nullopt;
            const auto link = after ? SplitMergeSupport::linkBetween(*target, *after) : std::nullopt;
            if (!before || !link)
                continue;
            QList<const Change*> moved;
            QStringList columns;
            for (const Change* c : removedColumns(after->name)) {
                if (target->column(c->name)) {
                    moved << c;
                    columns << c->name;
                }
            }
            if (moved.isEmpty() || !onlyChangesAre(after->name, moved))
                continue;
            // The new table's other columns must fill themselves (NULL, a default or the key).
            const bool insertable = std::ranges::all_of(target->columns, [&](const schema::Column& c) {
                return !c.notNull || c.hasDefault || schema::containsIdentifier(columns, c.name)
                    || sameIdentifier(c.name, link->childColumn)
                    || (c.isPrimaryKey() && target->primaryKey().size() == 1
                        && c.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
            });
            if (!insertable)
                continue;
            QStringList ids { added.id() };
            for (const Change* c : moved)
                ids << c->id();
            units << TableSplitPlan::plan(ctx, *before, *after, *target, *link, columns, ids);
            planned->insert(&added);
            for (const Change* c : moved)
                planned->insert(c);
            break;
        }
    }
    for (const Change& removed : set.changes) {
        if (removed.object != ObjectKind::Table || removed.type != ChangeType::Removed || planned->contains(&removed))
            continue;
        const Table* source = set.before.table(removed.name);
        for (const auto& fk : source ? source->foreignKeys : QList<schema::ForeignKey> {}) {
            QString afterName = fk.parentTable;
            for (const Change& c : set.changes) {
                if (c.object == ObjectKind::Table && c.type == ChangeType::Renamed
                    && sameIdentifier(c.oldName, fk.parentTable))
                    afterName = c.name;
            }
            const Table* after = set.after.table(afterName);
            const auto before = after ? ctx.beforeTable(after->name) : std::nullopt;
            const Table* parentBefore = set.before.table(fk.parentTable);
            const auto link = parentBefore ? SplitMergeSupport::linkBetween(*source, *parentBefore) : std::nullopt;
            if (!before || !link)
                continue;
            QList<const Change*> moved;
            QStringList columns;
            for (const Change& c : set.changes) {
                if (c.object == ObjectKind::Column && c.type == ChangeType::Added
                    && sameIdentifier(c.table, after->name) && source->column(c.name)
                    && !sameIdentifier(c.name, link->childColumn)) {
                    moved << &c;
                    columns << c.name;
                }
            }
            if (moved.isEmpty() || !onlyChangesAre(after->name, moved))
                continue;
            // Only columns ADD COLUMN can give their final definition (nullable or constant default).
            if (!std::ranges::all_of(columns,
                    [&](const QString& c) { return !after->column(c)->notNull && !after->column(c)->isGenerated(); }))
                continue;
            QStringList ids { removed.id() };
            for (const Change* c : moved)
                ids << c->id();
            Link merged = *link;
            merged.parentKey = after->primaryKey().value(0);
            units << TableMergePlan::plan(ctx, *before, *after, *source, merged, columns, ids, removed.beforeSql);
            planned->insert(&removed);
            for (const Change* c : moved)
                planned->insert(c);
            break;
        }
    }
    return units;
}

} // namespace godwit::plan
