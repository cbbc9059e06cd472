// SPDX-License-Identifier: GPL-3.0-or-later
#include "forwardsqlwriter.h"

#include "dependencyfinder.h"
#include "schema/ddlgenerator.h"
#include "schema/identifier.h"
#include "schema/tablerebuild.h"
#include "sqlite/commenttext.h"
#include "viewdependencies.h"

#include <algorithm>

#include <QSet>

namespace godwit::diff {

using schema::DdlGenerator;
using schema::quoteIdentifierIfNeeded;
using schema::sameIdentifier;
using schema::Table;
using sqlite::lineComment;

namespace {

    QString statement(const QString& sql) { return schema::TableRebuild::statement(sql); }

    bool isTableStructureChange(const Change& c)
    {
        return c.object != ObjectKind::Index && c.object != ObjectKind::View && c.object != ObjectKind::Trigger
            && !(c.object == ObjectKind::Table);
    }

    // Inline REFERENCES clause for a column added together with its own single-column foreign key.
    QString referencesClause(const Table& table, const QString& column)
    {
        for (const auto& fk : table.foreignKeys) {
            if (fk.columns.size() == 1 && sameIdentifier(fk.columns.front(), column)) {
                QString clause = DdlGenerator::foreignKeyClause(fk);
                return QLatin1Char(' ') + clause.mid(clause.indexOf(QLatin1String("REFERENCES")));
            }
        }
        return {};
    }

    // The direct change as one script: drop the dependents, create, alter or rebuild, drop, recreate.
    class ForwardScript {
    public:
        ForwardScript(const ChangeSet& set, const QStringList& rebuilt)
            : m_set(set)
            , m_before(set.before)
            , m_after(set.after)
            , m_rebuilt(rebuilt)
        {
            for (const Change& c : set.changes) {
                if (c.object == ObjectKind::Table && c.type == ChangeType::Renamed)
                    m_oldNameOf.insert(schema::identifierKey(c.name), c.oldName);
            }
            collectDrops();
        }

        QString write() const
        {
            QString sql = header() + dropsSql();
            for (const Change& c : m_set.changes) {
                if (c.object == ObjectKind::Table && c.type == ChangeType::Added)
                    sql += QLatin1Char('\n') + lineComment(QStringLiteral("New table %1").arg(c.name))
                        + statement(c.afterSql);
            }
            QStringList tablesInOrder;
            for (const Change& c : m_set.changes) {
                if (c.object != ObjectKind::View && !c.table.isEmpty()
                    && !schema::containsIdentifier(tablesInOrder, c.table))
                    tablesInOrder << c.table;
            }
            for (const QString& tableName : tablesInOrder)
                sql += tableSql(tableName);
            for (const Change& c : m_set.changes) {
                if (c.object == ObjectKind::Table && c.type == ChangeType::Removed)
                    sql += QLatin1Char('\n') + lineComment(QStringLiteral("Removed table %1").arg(c.name))
                        + statement(QStringLiteral("DROP TABLE %1").arg(quoteIdentifierIfNeeded(c.name)));
            }
            sql += createsSql();
            sql += QLatin1Char('\n') + schema::DdlGenerator::foreignKeyGuard()
                + QStringLiteral("COMMIT;\nPRAGMA foreign_keys = ON;\n");
            return sql;
        }

    private:
        QString beforeName(const QString& table) const
        {
            return m_oldNameOf.value(schema::identifierKey(table), table);
        }

        // Views and triggers that change, go away, or read a rebuilt table are dropped first and
        // recreated last: SQLite refuses to rename a table while a view refers to a missing one.
        void collectDrops()
        {
            for (const Change& c : m_set.changes) {
                if (c.object == ObjectKind::View && c.type != ChangeType::Added)
                    m_dropViews.insert(schema::identifierKey(c.name));
                if (c.object == ObjectKind::Trigger && c.type != ChangeType::Added)
                    m_dropTriggers.insert(schema::identifierKey(c.name));
            }
            for (const QString& table : m_rebuilt) {
                for (const auto& v : m_before.views) {
                    if (DependencyFinder::mentions(v.sql, beforeName(table)))
                        m_dropViews.insert(schema::identifierKey(v.name));
                }
                for (const auto& t : m_before.triggers) {
                    if (sameIdentifier(t.table, beforeName(table))
                        || DependencyFinder::mentions(t.sql, beforeName(table)))
                        m_dropTriggers.insert(schema::identifierKey(t.name));
                }
            }
            // A view that reads a dropped view goes too, and triggers on or using any of them.
            m_droppedViews = QStringList(m_dropViews.begin(), m_dropViews.end());
            m_droppedViews << ViewDependencies::dependentViews(m_before, m_droppedViews);
            for (const QString& v : m_droppedViews)
                m_dropViews.insert(schema::identifierKey(v));
            for (const QString& t : ViewDependencies::triggersUsing(m_before, m_droppedViews))
                m_dropTriggers.insert(schema::identifierKey(t));
        }

        QString header() const
        {
            QString sql = lineComment(
                QStringLiteral("Godwit: forward DDL from %1 to %2.").arg(m_before.source, m_after.source));
            sql += QStringLiteral(
                "-- One transaction with foreign keys off, as SQLite's table rebuild requires. This is the\n"
                "-- direct change, not the expand-contract plan: old clients break at COMMIT.\n");
            if (!m_set.proposals().isEmpty())
                sql += QStringLiteral("-- Renames are proposals: check them (godwit diff --renames accept|reject).\n");
            return sql + QStringLiteral("PRAGMA foreign_keys = OFF;\nBEGIN;\n");
        }

        QString dropsSql() const
        {
            QString drops;
            for (const auto& t : m_before.triggers) {
                if (m_dropTriggers.contains(schema::identifierKey(t.name)))
                    drops += statement(QStringLiteral("DROP TRIGGER %1").arg(quoteIdentifierIfNeeded(t.name)));
            }
            // Dependents first: the reverse of the order that creates them.
            const QStringList viewDropOrder = ViewDependencies::creationOrder(m_before, m_droppedViews);
            for (auto v = viewDropOrder.crbegin(); v != viewDropOrder.crend(); ++v)
                drops += statement(QStringLiteral("DROP VIEW %1").arg(quoteIdentifierIfNeeded(*v)));
            if (drops.isEmpty())
                return {};
            return QStringLiteral("\n-- Views and triggers that change or read a rebuilt table (recreated below)\n")
                + drops;
        }

        // The changes of one table that is neither added nor removed: rebuilt, or altered in place.
        QString tableSql(const QString& tableName) const
        {
            const Table* afterTable = m_after.table(tableName);
            const Table* beforeTable = m_before.table(beforeName(tableName));
            if (!afterTable || !beforeTable)
                return {}; // added or removed tables are handled on their own
            const QList<const Change*> changes = m_set.forTable(tableName);
            const QString block = schema::containsIdentifier(m_rebuilt, tableName)
                ? rebuildSql(*beforeTable, *afterTable, changes)
                : alterSql(*afterTable, changes);
            if (block.isEmpty())
                return {};
            return QLatin1Char('\n') + lineComment(QStringLiteral("Table %1").arg(tableName)) + block;
        }

        // The 12-step rebuild: new table, copy, drop, rename, then indexes (schema::TableRebuild).
        static QString rebuildSql(
            const Table& beforeTable, const Table& afterTable, const QList<const Change*>& changes)
        {
            schema::TableRebuild rebuild(afterTable, beforeTable.name);
            rebuild.setCopyRowid(!afterTable.withoutRowid && !beforeTable.withoutRowid);
            for (const auto& col : afterTable.columns) {
                if (col.isGenerated() || col.hidden)
                    continue;
                QString source;
                if (beforeTable.column(col.name) && !beforeTable.column(col.name)->isGenerated())
                    source = col.name;
                for (const Change* c : changes) {
                    if (c->object == ObjectKind::Column && c->type == ChangeType::Renamed
                        && sameIdentifier(c->name, col.name))
                        source = c->oldName;
                }
                if (!source.isEmpty()) // otherwise a new column: takes its default
                    rebuild.setSourceExpression(col.name, quoteIdentifierIfNeeded(source));
            }
            QStringList reasons;
            for (const Change* c : changes) {
                if (isTableStructureChange(*c) && c->classification.capability == Capability::Rebuild)
                    reasons
                        << QStringLiteral("%1 %2 %3").arg(changeTypeName(c->type), objectKindName(c->object), c->name);
            }
            return lineComment(QStringLiteral("Rebuild (%1)").arg(reasons.join(QStringLiteral("; "))))
                + rebuild.statements();
        }

        // ALTER TABLE where SQLite can: rename, drop indexes, columns, then the new indexes.
        static QString alterSql(const Table& afterTable, const QList<const Change*>& changes)
        {
            const QString table = quoteIdentifierIfNeeded(afterTable.name);
            QString block;
            for (const Change* c : changes) {
                if (c->object == ObjectKind::Table && c->type == ChangeType::Renamed)
                    block += statement(QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                                           .arg(quoteIdentifierIfNeeded(c->oldName), quoteIdentifierIfNeeded(c->name)));
            }
            // Indexes go before column drops: SQLite will not drop an indexed column.
            for (const Change* c : changes) {
                if (c->object == ObjectKind::Index && c->type != ChangeType::Added)
                    block += statement(
                        QStringLiteral("DROP INDEX %1")
                            .arg(quoteIdentifierIfNeeded(c->type == ChangeType::Renamed ? c->oldName : c->name)));
            }
            for (const Change* c : changes) {
                if (c->object != ObjectKind::Column)
                    continue;
                if (c->type == ChangeType::Renamed)
                    block += statement(
                        QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
                            .arg(table, quoteIdentifierIfNeeded(c->oldName), quoteIdentifierIfNeeded(c->name)));
                else if (c->type == ChangeType::Added)
                    block += statement(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2%3")
                                           .arg(table, c->afterSql, referencesClause(afterTable, c->name)));
                else if (c->type == ChangeType::Removed)
                    block += statement(
                        QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(table, quoteIdentifierIfNeeded(c->name)));
            }
            for (const Change* c : changes) {
                if (c->object == ObjectKind::Index && c->type != ChangeType::Removed)
                    block += statement(c->afterSql);
            }
            return block;
        }

        // New views and triggers, and the ones dropped above, in an order that creates each after what it reads.
        QString createsSql() const
        {
            QString creates;
            QStringList createViews;
            for (const auto& v : m_after.views) {
                const bool added = std::ranges::none_of(
                    m_before.views, [&](const schema::View& b) { return sameIdentifier(b.name, v.name); });
                if (added || m_dropViews.contains(schema::identifierKey(v.name)))
                    createViews << v.name;
            }
            for (const QString& v : ViewDependencies::creationOrder(m_after, createViews))
                creates += statement(m_after.view(v)->sql);
            for (const auto& t : m_after.triggers) {
                const bool added = std::ranges::none_of(
                    m_before.triggers, [&](const schema::Trigger& b) { return sameIdentifier(b.name, t.name); });
                if (added || m_dropTriggers.contains(schema::identifierKey(t.name)))
                    creates += statement(t.sql);
            }
            if (creates.isEmpty())
                return {};
            return QStringLiteral("\n-- Views and triggers\n") + creates;
        }

        const ChangeSet& m_set;
        const schema::Schema& m_before;
        const schema::Schema& m_after;
        const QStringList m_rebuilt;
        QHash<QString, QString> m_oldNameOf; // identifier key of the after-name -> before-name, for renamed tables
        QSet<QString> m_dropViews;
        QSet<QString> m_dropTriggers;
        QStringList m_droppedViews;
    };

} // namespace

QString ForwardSqlWriter::renameCreateStatement(const QString& createSql, const QString& newName)
{
    return schema::TableRebuild::renameCreateStatement(createSql, newName);
}

QStringList ForwardSqlWriter::rebuiltTables(const ChangeSet& set)
{
    QStringList tables;
    for (const Change& c : set.changes) {
        if (isTableStructureChange(c) && c.classification.capability == Capability::Rebuild
            && !schema::containsIdentifier(tables, c.table))
            tables << c.table;
    }
    return tables;
}

QString ForwardSqlWriter::write(const ChangeSet& set) { return ForwardScript(set, rebuiltTables(set)).write(); }

} // namespace godwit::diff
