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

    // `column`'s value as a copy into a column of `affinity` stores it, for a value the affinity
    // converts (keepsStorage false): a numeric affinity reads well-formed text as a number and
    // turns an integral REAL into an INTEGER (datatype3.html §3.4), REAL makes every number a
    // REAL, TEXT writes numbers as text. The CAST gives the expression the new affinity, so a
    // comparison against it applies the affinity as one against the new column would (§4.2).
    QString storedAs(const QString& column, schema::Affinity affinity)
    {
        switch (affinity) {
        case schema::Affinity::Integer:
        case schema::Affinity::Numeric:
            return QStringLiteral("CAST(CASE WHEN typeof(%1) = 'real' AND %1 = CAST(%1 AS INTEGER) AND %1 > "
                                  "-9223372036854775808 THEN CAST(%1 AS INTEGER) ELSE %1 END AS NUMERIC)")
                .arg(column);
        case schema::Affinity::Real:
            return QStringLiteral("CAST(%1 AS REAL)").arg(column);
        case schema::Affinity::Text:
            return QStringLiteral("CAST(%1 AS TEXT)").arg(column);
        case schema::Affinity::Blob:
            return column;
        }
        return column;
    }

    // The values `affinity` converts but no longer shows as they were written: TEXT that becomes
    // a number whose own text differs (leading zeros, a sign, spaces, an exponent, digits beyond
    // a double's), or a number that TEXT writes with fewer digits than it has (SQLite prints a
    // REAL with 15 significant digits). '499' becoming 499, or 499.0 under REAL, reads the same.
    QString changesText(const QString& column, schema::Affinity affinity)
    {
        const QString number = QStringLiteral("CAST(%1 AS NUMERIC)").arg(column);
        switch (affinity) {
        case schema::Affinity::Integer:
        case schema::Affinity::Real:
        case schema::Affinity::Numeric:
            // The number written, as text both ways SQLite writes a number, and the number stored.
            return QStringLiteral("(typeof(%1) = 'text' AND %1 = %2 AND (NOT %1 IN (CAST(%2 AS TEXT), "
                                  "CAST(CAST(%2 AS REAL) AS TEXT)) OR %2 <> %3))")
                .arg(column, number, storedAs(column, affinity));
        case schema::Affinity::Text:
            return QStringLiteral("(typeof(%1) = 'real' AND CAST(CAST(%1 AS TEXT) AS REAL) <> %1)").arg(column);
        case schema::Affinity::Blob:
            return {};
        }
        return {};
    }

    // What identifies a row of `table`: its rowid, or the PRIMARY KEY of a WITHOUT ROWID table.
    QStringList rowKey(const schema::Table& table)
    {
        if (!table.withoutRowid)
            return { QStringLiteral("rowid") };
        QStringList key;
        for (const QString& c : table.primaryKey())
            key << q(c);
        return key;
    }

    // The rows of `before` as the rebuilt `after` table receives them, in the columns of `after`:
    // a renamed column by its old name, a new one with its DEFAULT, a column changing affinity
    // converted as the copy converts it. A row holding a value the new affinity keeps as it is
    // (text that is not a number under INTEGER, a blob) goes in a second SELECT that gives such
    // columns no affinity (unary +, datatype3.html §3.2): the value then compares as the new column
    // would against a number or another column, and against a numeric-looking text literal as text
    // where the new column would turn the literal into a number. GW105 reports those values.
    // Each SELECT leads with the row's key (rowKey) as godwit_key_1, …. Empty: nothing to convert.
    QStringList convertedRows(const diff::ChangeSet& set, const schema::Table& before, const schema::Table& after)
    {
        QStringList converted;
        QStringList raw;
        QStringList keeps;
        bool differs = false;
        for (const schema::Column& c : after.columns) {
            const Change* renamed = nullptr;
            for (const Change* ch : set.forTable(after.name)) {
                if (ch->object == ObjectKind::Column && ch->type == ChangeType::Renamed
                    && sameIdentifier(ch->name, c.name))
                    renamed = ch;
            }
            const QString source = renamed ? renamed->oldName : c.name;
            const schema::Column* from = before.column(source);
            QString value;
            if (!from) {
                const QString fill = c.hasDefault && !c.isGenerated() ? c.defaultValue : QString();
                value = fill.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("(%1)").arg(fill);
                differs = true;
            } else {
                value = q(source);
                differs = differs || renamed;
            }
            QString convertedValue = value;
            QString rawValue = value;
            if (from && from->affinity != c.affinity) {
                convertedValue = storedAs(value, c.affinity);
                rawValue = QLatin1Char('+') + value;
                if (const QString k = keepsStorage(value, c.affinity); !k.isEmpty())
                    keeps << k;
                differs = true;
            }
            converted << QStringLiteral("%1 AS %2").arg(convertedValue, q(c.name));
            raw << QStringLiteral("%1 AS %2").arg(rawValue, q(c.name));
        }
        if (!differs)
            return {};
        QString head = QStringLiteral("SELECT ");
        const QStringList key = rowKey(before);
        for (qsizetype i = 0; i < key.size(); ++i)
            head += QStringLiteral("%1 AS godwit_key_%2, ").arg(key[i]).arg(i + 1);
        if (keeps.isEmpty())
            return { head + converted.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + q(before.name) };
        const QString kept = keeps.join(QStringLiteral(" OR "));
        return { QStringLiteral("%1%2 FROM %3 WHERE NOT (%4)")
                     .arg(head, converted.join(QStringLiteral(", ")), q(before.name), kept),
            QStringLiteral("%1%2 FROM %3 WHERE %4").arg(head, raw.join(QStringLiteral(", ")), q(before.name), kept) };
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
    case Kind::LossyConversion:
        return QStringLiteral("lossy-conversion");
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

namespace {

    using Kind = DataCheck::Kind;

    // A column that becomes NOT NULL, is added NOT NULL without a default, or changes its type.
    void columnChecks(QList<DataCheck>& out, const Change& change, const QString& table, const schema::Table& before,
        const schema::Table& after)
    {
        const schema::Column* a = after.column(change.name);
        const QString source = change.type == ChangeType::Renamed ? change.oldName : change.name;
        const schema::Column* b = before.column(source);
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
            if (const QString changes = changesText(q(source), a->affinity); !changes.isEmpty())
                out << make(Kind::LossyConversion, change, table,
                    QStringLiteral("values in %1.%2 that the new type %3 converts into something that reads "
                                   "differently (as '01007' becomes 1007)")
                        .arg(table, source, a->declaredType),
                    changes);
        }
    }

    // A new UNIQUE constraint or unique index: the duplicates it would refuse.
    void uniqueChecks(QList<DataCheck>& out, const Change& change, const QString& table, const schema::Table& after)
    {
        QStringList columns;
        if (change.object == ObjectKind::Index) {
            const schema::Index* index = after.index(change.name);
            if (!index || !index->unique)
                return;
            for (const auto& p : index->parts)
                columns << (p.isExpression() ? QStringLiteral("(%1)").arg(p.expression) : q(p.column));
        } else {
            for (const auto& u : after.uniques) {
                if (change.name == QStringLiteral("UNIQUE (%1)").arg(u.columns.join(QLatin1Char(','))))
                    for (const QString& c : u.columns)
                        columns << q(c);
            }
        }
        if (columns.isEmpty())
            return;
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

    // A new foreign key: the rows whose parent is missing.
    void foreignKeyChecks(QList<DataCheck>& out, const diff::ChangeSet& set, const Change& change, const QString& table,
        const schema::Table& before, const schema::Table& after)
    {
        for (const auto& fk : after.foreignKeys) {
            if (change.name != QStringLiteral("(%1) -> %2").arg(fk.columns.join(QStringLiteral(", ")), fk.parentTable))
                continue;
            if (!std::ranges::all_of(fk.columns, [&](const QString& c) { return before.column(c) != nullptr; }))
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

    // A new CHECK: the rows that would fail it, as the rebuilt table holds them.
    void checkChecks(QList<DataCheck>& out, const diff::ChangeSet& set, const Change& change, const QString& table,
        const schema::Table& before, const schema::Table& after)
    {
        for (const auto& check : after.checks) {
            const QString name = check.name.isEmpty() ? QStringLiteral("CHECK (%1)").arg(check.expression) : check.name;
            if (name != change.name)
                continue;
            // A CHECK fails only when its expression is false; NULL passes. It judges the values the
            // rebuilt table holds: converted to their new types, by their new names.
            const QString description = QStringLiteral("rows of %1 that fail the new %2").arg(table, name);
            const QStringList rows = convertedRows(set, before, after);
            if (rows.isEmpty()) {
                out << make(
                    Kind::CheckFails, change, table, description, QStringLiteral("NOT (%1)").arg(check.expression));
                continue;
            }
            const QStringList key = rowKey(before);
            QStringList keyColumns;
            for (qsizetype i = 0; i < key.size(); ++i)
                keyColumns << QStringLiteral("godwit_key_%1").arg(i + 1);
            QStringList counts;
            QStringList keys;
            for (const QString& select : rows) {
                counts << QStringLiteral("(SELECT count(*) FROM (%1) WHERE NOT (%2))").arg(select, check.expression);
                keys << QStringLiteral("(%1) IN (SELECT %2 FROM (%3) WHERE NOT (%4))")
                            .arg(key.join(QStringLiteral(", ")), keyColumns.join(QStringLiteral(", ")), select,
                                check.expression);
            }
            DataCheck d;
            d.kind = Kind::CheckFails;
            d.changeId = change.id();
            d.table = table;
            d.description = description;
            d.countSql = QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + "));
            d.rowsSql = QStringLiteral("SELECT * FROM %1 WHERE %2").arg(q(table), keys.join(QStringLiteral(" OR ")));
            out << d;
        }
    }

} // namespace

QList<DataCheck> DataCheck::forChange(const diff::ChangeSet& set, const Change& change)
{
    QList<DataCheck> out;
    const QString table = beforeNameOf(set, change.table);
    const schema::Table* before = set.before.table(table);
    const schema::Table* after = set.after.table(change.table);
    if (!before || !after)
        return out;
    const bool kept = change.type != ChangeType::Removed;
    if (change.object == ObjectKind::Column)
        columnChecks(out, change, table, *before, *after);
    if ((change.object == ObjectKind::Unique || change.object == ObjectKind::Index) && kept)
        uniqueChecks(out, change, table, *after);
    if (change.object == ObjectKind::ForeignKey && kept)
        foreignKeyChecks(out, set, change, table, *before, *after);
    if (change.object == ObjectKind::Check && kept)
        checkChecks(out, set, change, table, *before, *after);
    return out;
}

} // namespace godwit::plan
