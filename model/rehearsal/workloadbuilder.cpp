// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadbuilder.h"

#include "schema/identifier.h"
#include "schema/schema.h"

#include <QHash>

namespace godwit::rehearsal {

using queries::QueryKind;
using schema::quoteIdentifier;
using schema::sameIdentifier;

namespace {

    QString q(const QString& name) { return quoteIdentifier(name); }

    // One client version's view of a shape: its names, or nothing when the version lacks the table.
    class Names {
    public:
        Names(const TableShape& shape, bool newVersion)
            : m_shape(shape)
            , m_new(newVersion)
        {
        }

        [[nodiscard]] bool present() const { return m_new ? m_shape.hasNew() : m_shape.hasOld(); }
        [[nodiscard]] QString table() const { return q(m_new ? m_shape.newName : m_shape.oldName); }
        [[nodiscard]] QString column(const ColumnShape& c) const { return m_new ? c.newName : c.oldName; }
        [[nodiscard]] QString key() const
        {
            if (m_shape.key.isEmpty() || m_shape.key == QLatin1String("rowid"))
                return m_shape.key;
            if (const ColumnShape* c = m_shape.column(m_shape.key))
                return column(*c).isEmpty() ? QString() : q(column(*c));
            return q(m_shape.key); // a split table's link column (new clients only)
        }
        [[nodiscard]] bool isKey(const ColumnShape& c) const
        {
            return !m_shape.key.isEmpty() && sameIdentifier(c.oldName.isEmpty() ? c.newName : c.oldName, m_shape.key);
        }
        // The columns this version reads and copies: its own, the key first.
        [[nodiscard]] QList<const ColumnShape*> columns() const
        {
            QList<const ColumnShape*> out;
            for (const ColumnShape& c : m_shape.columns) {
                if (!column(c).isEmpty())
                    out << &c;
            }
            return out;
        }
        [[nodiscard]] QString selectList() const
        {
            QStringList out;
            if (!key().isEmpty())
                out << key();
            for (const ColumnShape* c : columns()) {
                if (!isKey(*c))
                    out << q(column(*c));
            }
            return out.join(QStringLiteral(", "));
        }

    private:
        const TableShape& m_shape;
        bool m_new;
    };

    // Builds one operation from a statement per version; a version without the SQL does not run it.
    WorkloadOperation operation(const TableShape& shape, const QString& name, QueryKind kind, double weight,
        const QString& oldSql, const QString& newSql)
    {
        WorkloadOperation op;
        op.name = name;
        op.kind = kind;
        op.weight = weight;
        op.table = shape.keyTable;
        op.keyColumn
            = shape.hasOld() ? (shape.key.isEmpty() ? QStringLiteral("rowid") : shape.key) : QStringLiteral("rowid");
        op.swapMarker = shape.swapMarker;
        if (!shape.swapMarker.isEmpty()) {
            // Before the swap every client uses the old shape, after it the new one.
            op.statements << WorkloadStatement { oldSql, newSql.isEmpty() ? oldSql : newSql };
            return op;
        }
        op.versions = oldSql.isEmpty() ? ClientVersions::NewOnly
            : newSql.isEmpty()         ? ClientVersions::OldOnly
                                       : ClientVersions::Both;
        op.statements << WorkloadStatement { oldSql.isEmpty() ? newSql : oldSql, newSql.isEmpty() ? oldSql : newSql };
        return op;
    }

    QString readByKey(const Names& n)
    {
        if (!n.present() || n.key().isEmpty())
            return {};
        return QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :key").arg(n.selectList(), n.table(), n.key());
    }

    QString readByLead(const Names& n, const QString& lead)
    {
        if (!n.present() || lead.isEmpty())
            return {};
        return QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :lead LIMIT 20").arg(n.selectList(), n.table(), q(lead));
    }

    // The copy of the row at :key, each unique column (alone or last of a composite key) varied so
    // the new row is one the constraints accept: integers become the largest + 1, text gets a suffix
    // no other row has, a foreign key takes another parent. Varied foreign keys are guarded by
    // NOT EXISTS so a combination already taken inserts nothing rather than failing.
    QString insertCopy(const Names& n, const TableShape& shape)
    {
        if (!n.present() || n.key().isEmpty() || !shape.hasOld())
            return {};
        QStringList varied;
        QHash<QString, QStringList> partners; // a varied column of a composite key: the key's other columns
        for (const ColumnShape& c : shape.columns) {
            if (c.unique)
                varied << schema::identifierKey(n.column(c));
        }
        for (const QStringList& u : shape.compositeUniques) {
            const ColumnShape* c = shape.column(u.back());
            if (!c || n.column(*c).isEmpty())
                continue;
            varied << schema::identifierKey(n.column(*c));
            for (const QString& other : u.mid(0, u.size() - 1)) {
                if (const ColumnShape* p = shape.column(other); p && !n.column(*p).isEmpty())
                    partners[schema::identifierKey(n.column(*c))] << n.column(*p);
            }
        }
        QStringList targets;
        QStringList values;
        QStringList guards;
        QStringList ctes;
        for (const ColumnShape* c : n.columns()) {
            const QString name = n.column(*c);
            if (n.isKey(*c) && shape.key != QLatin1String("rowid"))
                continue; // the INTEGER PRIMARY KEY: SQLite gives the new row its key
            targets << q(name);
            if (!varied.contains(schema::identifierKey(name))) {
                values << QStringLiteral("o.%1").arg(q(name));
            } else if (!c->parentTable.isEmpty()) {
                const QString alias = QStringLiteral("v%1").arg(ctes.size());
                ctes << QStringLiteral("%1(x) AS (SELECT %2 FROM %3 ORDER BY random() LIMIT 1)")
                            .arg(alias, c->parentColumn.isEmpty() ? QStringLiteral("rowid") : q(c->parentColumn),
                                q(c->parentTable));
                values << alias + QStringLiteral(".x");
                QString same = QStringLiteral("g.%1 = %2.x").arg(q(name), alias);
                for (const QString& p : partners.value(schema::identifierKey(name)))
                    same += QStringLiteral(" AND g.%1 IS o.%1").arg(q(p));
                guards << QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 AS g WHERE %2)").arg(n.table(), same);
            } else if (c->integer) {
                values << QStringLiteral("(SELECT coalesce(max(%1), 0) + 1 FROM %2)").arg(q(name), n.table());
            } else {
                values << QStringLiteral("o.%1 || ' #' || :serial").arg(q(name));
            }
        }
        if (targets.isEmpty())
            return {};
        QString from = QStringLiteral("%1 AS o").arg(n.table());
        for (qsizetype i = 0; i < ctes.size(); ++i)
            from += QStringLiteral(", v%1").arg(i);
        return QStringLiteral("%1INSERT INTO %2 (%3) SELECT %4 FROM %5 WHERE o.%6 = :key%7")
            .arg(ctes.isEmpty() ? QString()
                                : QStringLiteral("WITH ") + ctes.join(QStringLiteral(", ")) + QLatin1Char(' '),
                n.table(), targets.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), from, n.key(),
                guards.isEmpty() ? QString() : QStringLiteral(" AND ") + guards.join(QStringLiteral(" AND ")));
    }

    // Another row's values for the changed columns and one the plan leaves alone.
    QString updateCopy(const Names& n, const TableShape& shape, bool changedOnly)
    {
        if (!n.present() || n.key().isEmpty())
            return {};
        QStringList sets;
        bool other = changedOnly;
        auto inCompositeKey = [&](const ColumnShape& c) {
            return std::ranges::any_of(
                shape.compositeUniques, [&](const QStringList& u) { return schema::containsIdentifier(u, c.oldName); });
        };
        for (const ColumnShape* c : n.columns()) {
            if (n.isKey(*c) || c->unique || inCompositeKey(*c) || (!c->changed && other))
                continue;
            other = other || !c->changed;
            const QString name = q(n.column(*c));
            sets << QStringLiteral("%1 = coalesce((SELECT %1 FROM %2 WHERE %3 = :other_key), %1)")
                        .arg(name, n.table(), n.key());
        }
        if (sets.isEmpty())
            return {};
        return QStringLiteral("UPDATE %1 SET %2 WHERE %3 = :key")
            .arg(n.table(), sets.join(QStringLiteral(", ")), n.key());
    }

    // The newest row the application inserted, unless a child row still points at it.
    QString deleteOwn(const Names& n, const TableShape& shape, const schema::Schema& before,
        const QList<TableShape>& shapes, bool newVersion)
    {
        if (!n.present() || n.key().isEmpty() || !shape.hasOld())
            return {};
        QString sql = QStringLiteral("DELETE FROM %1 WHERE %2 = (SELECT max(%2) FROM %1) AND %2 >= :first_new_key")
                          .arg(n.table(), n.key());
        for (const schema::Table& child : before.tables) {
            for (const schema::ForeignKey& fk : child.foreignKeys) {
                if (!sameIdentifier(fk.parentTable, shape.oldName) || fk.columns.size() != 1)
                    continue;
                QString table = child.name;
                QString column = fk.columns.front();
                QString parent = fk.parentColumns.value(0).isEmpty() ? shape.key : fk.parentColumns.value(0);
                for (const TableShape& s : shapes) {
                    if (!newVersion || !sameIdentifier(s.oldName, child.name))
                        continue;
                    if (!s.hasNew())
                        table.clear();
                    else
                        table = s.newName;
                    if (const ColumnShape* c = s.column(column))
                        column = c->newName;
                }
                if (const ColumnShape* p = shape.column(parent); p && newVersion)
                    parent = p->newName;
                // A child only the old shape has (merged away, dropped) may still hold a row until the
                // contract, and a new client cannot name it: new clients do not delete here.
                if (table.isEmpty() || column.isEmpty())
                    return {};
                if (parent.isEmpty())
                    continue;
                sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 AS c WHERE c.%2 = %3.%4)")
                           .arg(q(table), q(column), n.table(), parent == QLatin1String("rowid") ? parent : q(parent));
            }
        }
        // A table split out of this one points at it too; only new clients know it.
        for (const TableShape& s : shapes) {
            if (newVersion && !s.hasOld() && !s.linkColumn.isEmpty() && sameIdentifier(s.keyTable, shape.oldName))
                sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 AS c WHERE c.%2 = %3.%4)")
                           .arg(q(s.newName), q(s.linkColumn), n.table(), n.key());
        }
        return sql;
    }

    QList<WorkloadOperation> operations(
        const TableShape& shape, const schema::Schema& before, const QList<TableShape>& shapes, bool changedOnly)
    {
        const Names o(shape, false);
        const Names n(shape, true);
        const QString label = shape.hasOld() ? shape.oldName : shape.newName;
        const double scale = shape.neighbour ? 0.3 : 1.0;
        QList<WorkloadOperation> out;
        auto add = [&](WorkloadOperation op) {
            if (!op.statements.isEmpty() && !op.statements.front().oldSql.isEmpty())
                out << op;
        };
        if (!changedOnly) {
            WorkloadOperation read = operation(shape, QStringLiteral("read %1 by key").arg(label), QueryKind::Read,
                6 * scale, readByKey(o), readByKey(n));
            read.nullColumnNew = shape.nullColumnNew;
            read.nullProbe = shape.nullProbe;
            add(read);
            for (const QStringList& lead : shape.indexLeads) {
                WorkloadOperation byLead = operation(shape, QStringLiteral("read %1 by %2").arg(label, lead.front()),
                    QueryKind::Read, 2 * scale, readByLead(o, lead.front()), readByLead(n, lead.value(1)));
                byLead.picks << WorkloadPick { QStringLiteral("lead"), shape.oldName, lead.front() };
                add(byLead);
            }
            add(operation(shape, QStringLiteral("insert into %1").arg(label), QueryKind::Write, 1 * scale,
                insertCopy(o, shape), insertCopy(n, shape)));
            add(operation(shape, QStringLiteral("delete from %1").arg(label), QueryKind::Write, 0.5 * scale,
                deleteOwn(o, shape, before, shapes, false), deleteOwn(n, shape, before, shapes, true)));
        }
        add(operation(shape, QStringLiteral("update %1").arg(label), QueryKind::Write, 2 * scale,
            updateCopy(o, shape, changedOnly), updateCopy(n, shape, changedOnly)));
        return out;
    }

} // namespace

QList<WorkloadOperation> WorkloadBuilder::operationsFor(
    const TableShape& shape, const schema::Schema& before, bool writesOfChangedOnly)
{
    return operations(shape, before, { shape }, writesOfChangedOnly);
}

WorkloadProfile WorkloadBuilder::fromSchema(const schema::Schema& before, const RehearsalPlan& plan)
{
    WorkloadProfile p;
    p.name = QStringLiteral("schema");
    const QList<TableShape> shapes = TableShape::derive(before, plan);
    for (const TableShape& s : shapes)
        p.operations << operations(s, before, shapes, false);
    return p;
}

} // namespace godwit::rehearsal
