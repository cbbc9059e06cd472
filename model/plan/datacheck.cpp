// SPDX-License-Identifier: GPL-3.0-or-later
#include "datacheck.h"

#include "schema/identifier.h"

namespace godwit::plan {

using diff::Change;
using diff::ChangeType;
using diff::ObjectKind;
using schema::quoteIdentifierIfNeeded;
using schema::sameIdentifier;

namespace {

    QString q(const QString& name) { return quoteIdentifierIfNeeded(name); }

    QString beforeNameOf(const diff::ChangeSet& set, const QString& table)
    {
        for (const Change& c : set.changes) {
            if (c.object == ObjectKind::Table && c.type == ChangeType::Renamed && sameIdentifier(c.name, table))
                return c.oldName;
        }
        return table;
    }

    DataCheck make(
        DataCheck::Kind kind, const Change& change, const QString& table, QString description, const QString& where)
    {
        DataCheck d;
        d.kind = kind;
        d.changeId = change.id();
        d.table = table;
        d.description = std::move(description);
        d.countSql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(q(table), where);
        d.rowsSql = QStringLiteral("SELECT * FROM %1 WHERE %2").arg(q(table), where);
        return d;
    }

    // The values of `column` that keep their storage class under the new affinity, as SQLite's
    // affinity rules decide (datatype3.html §3.4): numeric affinities convert only TEXT that is a
    // well-formed integer or real literal (spaces around it allowed, hex not), TEXT affinity
    // converts every number, and no affinity converts a BLOB. Comparing the column with
    // CAST(x AS NUMERIC) applies NUMERIC affinity to the column's TEXT (§4.2), so the two are
    // equal exactly when that conversion succeeds. Empty: the new affinity converts nothing.
    QString keepsStorage(const QString& column, schema::Affinity affinity)
    {
        switch (affinity) {
        case schema::Affinity::Integer:
        case schema::Affinity::Real:
        case schema::Affinity::Numeric:
            return QStringLiteral("(typeof(%1) = 'blob' OR (typeof(%1) = 'text' AND NOT %1 = CAST(%1 AS NUMERIC)))")
                .arg(column);
        case schema::Affinity::Text:
            return QStringLiteral("typeof(%1) = 'blob'").arg(column);
        case schema::Affinity::Blob:
            return {};
        }
        return {};
    }

} // namespace

QString DataCheck::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Nulls:
        return QStringLiteral("nulls");
    case Kind::MissingValues:
        return QStringLiteral("missing-values");
    case Kind::Duplicates:
        return QStringLiteral("duplicates");
    case Kind::Orphans:
        return QStringLiteral("orphans");
    case Kind::CheckFails:
        return QStringLiteral("check-fails");
    case Kind::TypeMismatch:
        return QStringLiteral("type-mismatch");
    }
    return {};
}

QList<DataCheck> DataCheck::forChangeSet(const diff::ChangeSet& set)
{
    QList<DataCheck> out;
    for (const Change& c : set.changes)
        out << forChange(set, c);
    return out;
}

QList<DataCheck> DataCheck::forChange(const diff::ChangeSet& set, const Change& change)
{
    QList<DataCheck> out;
    const QString table = beforeNameOf(set, change.table);
    const schema::Table* before = set.before.table(table);
    const schema::Table* after = set.after.table(change.table);
    if (!before || !after)
        return out;
    if (change.object == ObjectKind::Column) {
        const schema::Column* a = after->column(change.name);
        const QString source = change.type == ChangeType::Renamed ? change.oldName : change.name;
        const schema::Column* b = before->column(source);
        if (change.type == ChangeType::Added && a && a->notNull && !a->hasDefault && !a->isGenerated())
            out << make(Kind::MissingValues, change, table,
                QStringLiteral("rows of %1 that need a value for the new NOT NULL column %2").arg(table, change.name),
                QStringLiteral("1"));
        if (b && a && a->notNull && !b->notNull && change.type != ChangeType::Added)
            out << make(Kind::Nulls, change, table,
                QStringLiteral("NULLs in %1.%2, which becomes NOT NULL (%3)").arg(table, source, change.name),
                QStringLiteral("%1 IS NULL").arg(q(source)));
        if (b && a && change.has(diff::Attribute::Type) && a->affinity != b->affinity) {
            const QString keeps = keepsStorage(q(source), a->affinity);
            if (!keeps.isEmpty())
                out << make(Kind::TypeMismatch, change, table,
                    QStringLiteral("values in %1.%2 that the new type %3 would store as they are (SQLite converts "
                                   "only text that is a well-formed number, and no blob)")
                        .arg(table, source, a->declaredType),
                    keeps);
        }
    }
    if ((change.object == ObjectKind::Unique || change.object == ObjectKind::Index)
        && change.type != ChangeType::Removed) {
        QStringList columns;
        if (change.object == ObjectKind::Index) {
            const schema::Index* index = after->index(change.name);
            if (!index || !index->unique)
                return out;
            for (const auto& p : index->parts)
                columns << (p.isExpression() ? QStringLiteral("(%1)").arg(p.expression) : q(p.column));
        } else {
            for (const auto& u : after->uniques) {
                if (change.name == QStringLiteral("UNIQUE (%1)").arg(u.columns.join(QLatin1Char(','))))
                    for (const QString& c : u.columns)
                        columns << q(c);
            }
        }
        if (columns.isEmpty())
            return out;
        QStringList notNull;
        for (const QString& c : columns)
            notNull << c + QStringLiteral(" IS NOT NULL");
        const QString keys = columns.join(QStringLiteral(", "));
        DataCheck d;
        d.kind = Kind::Duplicates;
        d.changeId = change.id();
        d.table = table;
        d.description = QStringLiteral("duplicate values of (%1) in %2, which becomes unique").arg(keys, table);
        d.countSql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 GROUP BY %3 HAVING count(*) > 1)")
                         .arg(q(table), notNull.join(QStringLiteral(" AND ")), keys);
        // The rows holding a duplicated value, side by side (row values: SQLite 3.15, rowvalue.html).
        d.rowsSql = QStringLiteral("SELECT * FROM %1 WHERE (%3) IN (SELECT %3 FROM %1 WHERE %2 GROUP BY %3 HAVING "
                                   "count(*) > 1) ORDER BY %3")
                        .arg(q(table), notNull.join(QStringLiteral(" AND ")), keys);
        out << d;
    }
    if (change.object == ObjectKind::ForeignKey && change.type != ChangeType::Removed) {
        for (const auto& fk : after->foreignKeys) {
            if (change.name != QStringLiteral("(%1) -> %2").arg(fk.columns.join(QStringLiteral(", ")), fk.parentTable))
                continue;
            if (!std::ranges::all_of(fk.columns, [&](const QString& c) { return before->column(c) != nullptr; }))
                continue; // a new column: every existing row holds NULL
            const schema::Table* parent = set.before.table(beforeNameOf(set, fk.parentTable));
            QStringList parentColumns = fk.parentColumns;
            if (parent && (parentColumns.isEmpty() || parentColumns.front().isEmpty()))
                parentColumns = parent->primaryKey();
            QStringList notNull;
            QStringList match;
            for (qsizetype i = 0; i < fk.columns.size(); ++i) {
                notNull << QStringLiteral("c.%1 IS NOT NULL").arg(q(fk.columns[i]));
                match << QStringLiteral("p.%1 = c.%2").arg(q(parentColumns.value(i)), q(fk.columns[i]));
            }
            QString where = notNull.join(QStringLiteral(" AND "));
            if (parent && parentColumns.size() == fk.columns.size())
                where += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 AS p WHERE %2)")
                             .arg(q(parent->name), match.join(QStringLiteral(" AND ")));
            DataCheck d;
            d.kind = Kind::Orphans;
            d.changeId = change.id();
            d.table = table;
            d.description = QStringLiteral("rows of %1 whose (%2) has no match in %3")
                                .arg(table, fk.columns.join(QStringLiteral(", ")), fk.parentTable);
            d.countSql = QStringLiteral("SELECT count(*) FROM %1 AS c WHERE %2").arg(q(table), where);
            d.rowsSql = QStringLiteral("SELECT c.* FROM %1 AS c WHERE %2").arg(q(table), where);
            out << d;
        }
    }
    if (change.object == ObjectKind::Check && change.type != ChangeType::Removed) {
        for (const auto& check : after->checks) {
            const QString name = check.name.isEmpty() ? QStringLiteral("CHECK (%1)").arg(check.expression) : check.name;
            if (name != change.name)
                continue;
            // A CHECK fails only when its expression is false; NULL passes.
            out << make(Kind::CheckFails, change, table,
                QStringLiteral("rows of %1 that fail the new %2").arg(table, name),
                QStringLiteral("NOT (%1)").arg(check.expression));
        }
    }
    return out;
}

} // namespace godwit::plan
