// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableshape.h"

#include "diff/schemadiff.h"
#include "schema/identifier.h"

#include <QHash>
#include <QSet>

namespace godwit::rehearsal {

using schema::quoteIdentifier;
using schema::sameIdentifier;

namespace {

    constexpr int MaxNeighbours = 8;

    // The renames the plan makes (not those it was told to reject): old lower-cased name -> new name.
    struct Renames {
        QHash<QString, QString> tables;
        QHash<QString, QString> columns; // "oldtable.oldcolumn", lower-cased

        [[nodiscard]] QString table(const QString& old) const { return tables.value(schema::identifierKey(old)); }
        [[nodiscard]] QString column(const QString& table, const QString& old) const
        {
            return columns.value(schema::identifierKey(table) + QLatin1Char('.') + schema::identifierKey(old));
        }
    };

    Renames renamesOf(const schema::Schema& before, const RehearsalPlan& plan)
    {
        Renames r;
        QSet<QString> planned;
        for (const plan::DecisionWalk& w : plan.plan.walks) {
            for (const QString& id : w.changeIds)
                planned.insert(id);
        }
        for (const plan::PlanStep& s : plan.plan.steps) {
            for (const QString& id : s.changeIds)
                planned.insert(id);
        }
        if (!plan.after.tables.isEmpty()) {
            diff::DiffOptions options;
            options.renames = diff::RenamePolicy::Accept;
            const diff::ChangeSet set = diff::SchemaDiff::compare(before, plan.after, options);
            for (const diff::Change& c : set.changes) {
                if (c.type == diff::ChangeType::Renamed && c.object == diff::ObjectKind::Table
                    && planned.contains(c.id()))
                    r.tables.insert(schema::identifierKey(c.oldName), c.name);
            }
            for (const diff::Change& c : set.changes) {
                if (c.type != diff::ChangeType::Renamed || c.object != diff::ObjectKind::Column
                    || !planned.contains(c.id()))
                    continue;
                QString oldTable = c.table;
                for (auto it = r.tables.begin(); it != r.tables.end(); ++it) {
                    if (sameIdentifier(it.value(), c.table))
                        oldTable = it.key();
                }
                r.columns.insert(
                    schema::identifierKey(oldTable) + QLatin1Char('.') + schema::identifierKey(c.oldName), c.name);
            }
        }
        for (const ColumnMapping& m : plan.mappings)
            r.columns.insert(
                schema::identifierKey(m.table) + QLatin1Char('.') + schema::identifierKey(m.oldColumn), m.newColumn);
        return r;
    }

    QString keyOf(const schema::Table& t)
    {
        if (t.withoutRowid)
            return {};
        const QStringList pk = t.primaryKey();
        if (pk.size() == 1) {
            const schema::Column* c = t.column(pk.front());
            if (c && c->declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                return c->name;
        }
        return QStringLiteral("rowid");
    }

    // The before-name of `name`, which may be the table's name after a rename.
    QString beforeName(const schema::Schema& before, const Renames& renames, const QString& name)
    {
        if (const schema::Table* t = before.table(name))
            return t->name;
        for (auto it = renames.tables.begin(); it != renames.tables.end(); ++it) {
            if (sameIdentifier(it.value(), name)) {
                for (const schema::Table& t : before.tables) {
                    if (schema::identifierKey(t.name) == it.key())
                        return t.name;
                }
            }
        }
        return {};
    }

    bool differs(const schema::Column& a, const schema::Column& b)
    {
        return a.declaredType.compare(b.declaredType, Qt::CaseInsensitive) != 0 || a.notNull != b.notNull
            || a.defaultValue != b.defaultValue || !schema::sameIdentifier(a.collation, b.collation);
    }

    bool inChecks(const schema::Table* t, const QString& column)
    {
        if (!t)
            return false;
        return std::ranges::any_of(
            t->checks, [&](const auto& c) { return c.expression.contains(column, Qt::CaseInsensitive); });
    }

    TableShape shapeOf(const schema::Table& b, const RehearsalPlan& plan, const Renames& renames, bool dropped)
    {
        TableShape s;
        s.oldName = b.name;
        s.key = keyOf(b);
        s.keyTable = b.name;
        const QString renamed = renames.table(b.name);
        const bool knowsAfter = !plan.after.tables.isEmpty();
        if (!dropped)
            s.newName = !renamed.isEmpty() ? renamed : (!knowsAfter || plan.after.table(b.name) ? b.name : QString());
        const schema::Table* a = s.hasNew() && knowsAfter ? plan.after.table(s.newName) : nullptr;
        QStringList matched;
        for (const schema::Column& c : b.columns) {
            if (c.hidden || c.isGenerated())
                continue;
            ColumnShape cs;
            cs.oldName = c.name;
            cs.unique = b.isUniqueColumn(c.name);
            cs.integer = c.affinity == schema::Affinity::Integer || c.affinity == schema::Affinity::Real;
            const QString to = renames.column(b.name, c.name);
            if (s.hasNew())
                cs.newName = !to.isEmpty() ? to : (!knowsAfter || (a && a->column(c.name)) ? c.name : QString());
            const schema::Column* after = a && !cs.newName.isEmpty() ? a->column(cs.newName) : nullptr;
            cs.changed = !to.isEmpty() || cs.newName.isEmpty() || (after && differs(c, *after))
                || (a && a->checks != b.checks && inChecks(a, cs.newName));
            for (const schema::ForeignKey& fk : b.foreignKeys) {
                if (fk.columns.size() == 1 && sameIdentifier(fk.columns.front(), c.name)) {
                    cs.parentTable = fk.parentTable;
                    cs.parentColumn = fk.parentColumns.value(0);
                }
            }
            matched << schema::identifierKey(cs.newName);
            s.columns << cs;
        }
        if (a) {
            for (const schema::Column& c : a->columns) {
                if (!c.hidden && !c.isGenerated() && !matched.contains(schema::identifierKey(c.name)))
                    s.columns << ColumnShape { {}, c.name, true, false,
                        c.affinity == schema::Affinity::Integer || c.affinity == schema::Affinity::Real, {}, {} };
            }
        }
        for (const schema::UniqueConstraint& u : b.uniques) {
            if (u.columns.size() > 1)
                s.compositeUniques << u.columns;
        }
        for (const schema::Index& i : b.indexes) {
            QStringList columns;
            for (const schema::IndexPart& p : i.parts)
                columns << p.column;
            if (i.unique && columns.size() > 1 && !columns.contains(QString()) && !s.compositeUniques.contains(columns))
                s.compositeUniques << columns;
            if (i.parts.isEmpty() || i.parts.front().isExpression() || sameIdentifier(i.parts.front().column, s.key))
                continue;
            const ColumnShape* lead = s.column(i.parts.front().column);
            if (lead
                && !std::ranges::any_of(s.indexLeads, [&](const QStringList& l) { return l.front() == lead->oldName; }))
                s.indexLeads << QStringList { lead->oldName, lead->newName };
        }
        return s;
    }

} // namespace

const ColumnShape* TableShape::column(QStringView name) const
{
    for (const ColumnShape& c : columns) {
        if (!c.oldName.isEmpty() && sameIdentifier(c.oldName, name))
            return &c;
    }
    return nullptr;
}

QList<TableShape> TableShape::derive(const schema::Schema& before, const RehearsalPlan& plan)
{
    const Renames renames = renamesOf(before, plan);
    QStringList touched; // before names
    QSet<QString> dropped;
    QList<std::pair<QString, QString>> splits; // new table, the table it comes out of
    auto touch = [&](const QString& name) {
        const QString b = beforeName(before, renames, name);
        if (!b.isEmpty() && !schema::containsIdentifier(touched, b))
            touched << b;
        return b;
    };
    for (const plan::DecisionWalk& w : plan.plan.walks) {
        if (w.strategy == QLatin1String("split")) {
            const QString from = touch(w.table);
            if (!from.isEmpty() && !before.table(w.id))
                splits.emplace_back(w.id, from);
        } else if (w.strategy == QLatin1String("merge")) {
            touch(w.table);
            dropped.insert(schema::identifierKey(touch(w.id)));
        } else {
            const QString t = touch(w.table.isEmpty() ? w.id.section(QLatin1Char(':'), 1) : w.table);
            if (w.strategy == QLatin1String("drop"))
                dropped.insert(schema::identifierKey(t));
        }
    }
    for (const ColumnMapping& m : plan.mappings)
        touch(m.table);
    QStringList neighbours;
    for (const schema::Table& t : before.tables) {
        for (const schema::ForeignKey& fk : t.foreignKeys) {
            const bool childTouched = schema::containsIdentifier(touched, t.name);
            const bool parentTouched = schema::containsIdentifier(touched, fk.parentTable);
            const QString other = childTouched ? fk.parentTable : t.name;
            if (childTouched != parentTouched && before.table(other) && neighbours.size() < MaxNeighbours
                && !schema::containsIdentifier(neighbours, before.table(other)->name))
                neighbours << before.table(other)->name;
        }
    }
    QList<TableShape> out;
    for (const QString& name : touched + neighbours) {
        const schema::Table* b = before.table(name);
        if (!b || b->isVirtual || name.startsWith(QLatin1String("sqlite_")))
            continue;
        TableShape s = shapeOf(*b, plan, renames, dropped.contains(schema::identifierKey(name)));
        s.neighbour = neighbours.contains(name);
        for (const plan::DecisionWalk& w : plan.plan.walks) {
            if (w.strategy == QLatin1String("shadow-table")
                && sameIdentifier(beforeName(before, renames, w.table), name))
                s.swapMarker = name + QStringLiteral("_godwit_new");
        }
        if (const ColumnMapping* m = plan.mappingFor(name)) {
            s.nullColumnNew = m->newColumn;
            // Qualified: once the column is gone a bare "name" would read as a string (SQLite's DQS).
            s.nullProbe
                = QStringLiteral("SELECT 1 FROM %1 WHERE %2 = :key AND %1.%3 IS NOT NULL")
                      .arg(quoteIdentifier(name), s.key == QLatin1String("rowid") ? s.key : quoteIdentifier(s.key),
                          quoteIdentifier(m->oldColumn));
        }
        for (const CopyCheck& c : plan.copies) {
            // A merge: the merged column's old value is in the absorbed table, at the same key.
            if (!c.everyRow && sameIdentifier(c.newTable, name) && !c.pairs.isEmpty() && s.nullColumnNew.isEmpty()) {
                s.nullColumnNew = c.pairs.front().first;
                s.nullProbe = QStringLiteral("SELECT 1 FROM %1 AS o WHERE o.%2 = :key AND o.%3 IS NOT NULL")
                                  .arg(quoteIdentifier(c.oldTable), quoteIdentifier(c.oldKey), c.pairs.front().second);
            }
        }
        out << s;
    }
    for (const auto& [table, from] : splits) {
        const schema::Table* a = plan.after.table(table);
        const schema::Table* parent = before.table(from);
        if (!a || !parent)
            continue;
        TableShape s;
        s.newName = a->name;
        s.keyTable = parent->name;
        for (const schema::ForeignKey& fk : a->foreignKeys) {
            if (fk.columns.size() == 1
                && sameIdentifier(fk.parentTable, renames.table(from).isEmpty() ? from : renames.table(from)))
                s.linkColumn = fk.columns.front();
        }
        if (s.linkColumn.isEmpty())
            continue;
        s.key = s.linkColumn;
        for (const schema::Column& c : a->columns) {
            if (c.hidden || c.isGenerated() || sameIdentifier(c.name, s.linkColumn))
                continue;
            s.columns << ColumnShape { {}, c.name, true, false, false, {}, {} };
            if (s.nullColumnNew.isEmpty() && parent->column(c.name)) {
                s.nullColumnNew = c.name;
                const QString parentKey = keyOf(*parent);
                s.nullProbe = QStringLiteral("SELECT 1 FROM %1 AS o WHERE o.%2 = :key AND o.%3 IS NOT NULL")
                                  .arg(quoteIdentifier(parent->name),
                                      parentKey == QLatin1String("rowid") ? parentKey : quoteIdentifier(parentKey),
                                      quoteIdentifier(c.name));
            }
        }
        out << s;
    }
    return out;
}

} // namespace godwit::rehearsal
