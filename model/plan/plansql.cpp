// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansql.h"

#include "schema/identifier.h"
#include "schema/sqltokenizer.h"
#include "sqlite/commenttext.h"

namespace godwit::plan {

using schema::quoteIdentifierIfNeeded;
using schema::quoteString;

QString PlanSql::keyColumn(const schema::Table& table)
{
    if (table.withoutRowid)
        return {};
    const QStringList pk = table.primaryKey();
    if (pk.size() == 1) {
        const schema::Column* c = table.column(pk.front());
        // Only exactly "INTEGER PRIMARY KEY" makes the column an alias for the rowid.
        if (c && c->declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            return c->name;
    }
    return QStringLiteral("rowid");
}

QString PlanSql::sameRow(const schema::Table& table, const QString& row)
{
    if (!table.withoutRowid)
        return QStringLiteral("rowid = %1.rowid").arg(row);
    QStringList parts;
    for (const QString& c : table.primaryKey())
        parts << QStringLiteral("%1 = %2.%1").arg(quoteIdentifierIfNeeded(c), row);
    return parts.join(QStringLiteral(" AND "));
}

BackfillSpec PlanSql::backfill(const schema::Table& table, const QString& statementHead, const QString& remaining,
    int batchSize, const QString& keyPrefix)
{
    BackfillSpec spec;
    spec.table = table.name;
    spec.batchSize = batchSize;
    const QString t = quoteIdentifierIfNeeded(table.name);
    spec.keyColumn = keyColumn(table);
    spec.remainingSql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(t, remaining);
    spec.wholeSql = QStringLiteral("%1\n WHERE %2").arg(statementHead, remaining);
    if (spec.keyColumn.isEmpty()) {
        // No integer key to range over: one batch that does it all.
        spec.batchSql = spec.wholeSql;
        spec.firstKeySql = QStringLiteral("SELECT 0");
        spec.lastKeySql = QStringLiteral("SELECT 0");
        return spec;
    }
    const QString key = keyPrefix + quoteIdentifierIfNeeded(spec.keyColumn);
    spec.batchSql = QStringLiteral("%1\n WHERE %2 > :last AND %2 <= :last + :batch\n   AND %3")
                        .arg(statementHead, key, remaining);
    spec.firstKeySql
        = QStringLiteral("SELECT coalesce(min(%1), 1) - 1 FROM %2").arg(quoteIdentifierIfNeeded(spec.keyColumn), t);
    spec.lastKeySql
        = QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2").arg(quoteIdentifierIfNeeded(spec.keyColumn), t);
    return spec;
}

QString PlanSql::columnMissing(const QString& table, const QString& column)
{
    return QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM pragma_table_info(%1) WHERE name = %2 COLLATE NOCASE)")
        .arg(quoteString(table), quoteString(column));
}

QString PlanSql::columnPresent(const QString& table, const QString& column)
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pragma_table_info(%1) WHERE name = %2 COLLATE NOCASE)")
        .arg(quoteString(table), quoteString(column));
}

QString PlanSql::objectMissing(const QString& type, const QString& name)
{
    return QStringLiteral(
        "SELECT NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = %1 AND name = %2 COLLATE NOCASE)")
        .arg(quoteString(type), quoteString(name));
}

QString PlanSql::objectPresent(const QString& type, const QString& name)
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = %1 AND name = %2 COLLATE NOCASE)")
        .arg(quoteString(type), quoteString(name));
}

QString PlanSql::foreignKeyViolations() { return QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"); }

QString PlanSql::sum(const QStringList& queries)
{
    QStringList terms;
    for (const QString& q : queries)
        terms << QLatin1Char('(') + q + QLatin1Char(')');
    return QStringLiteral("SELECT ") + terms.join(QStringLiteral(" + "));
}

QString PlanSql::placeholderValue(const schema::Column& column)
{
    switch (column.affinity) {
    case schema::Affinity::Integer:
    case schema::Affinity::Real:
    case schema::Affinity::Numeric:
        return QStringLiteral("0");
    case schema::Affinity::Text:
        return QStringLiteral("''");
    case schema::Affinity::Blob:
        return column.declaredType.isEmpty() ? QStringLiteral("''") : QStringLiteral("x''");
    }
    return QStringLiteral("''");
}

QString PlanSql::defaultExpression(const schema::Column& column)
{
    if (!column.hasDefault)
        return {};
    const QString d = column.defaultValue.trimmed();
    if (schema::SqlTokenizer::normalized(d) == QLatin1String("NULL"))
        return {};
    // CURRENT_TIMESTAMP and friends are keywords in a DEFAULT but need no change in an expression.
    return d.startsWith(QLatin1Char('(')) ? d : QStringLiteral("(%1)").arg(d);
}

QString PlanSql::comment(const QString& text)
{
    // Godwit's own line breaks are paragraphs; everything else a name or path brings is escaped.
    QString out;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : sqlite::commentText(paragraph).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + word.size() + 1 > 100) {
                out += QStringLiteral("-- ") + line + QLatin1Char('\n');
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out += (line.isEmpty() ? QStringLiteral("--") : QStringLiteral("-- ") + line) + QLatin1Char('\n');
    }
    return out;
}

QString PlanSql::ownedName(const QStringList& parts)
{
    return QStringLiteral("godwit_") + parts.join(QLatin1Char('_'));
}

} // namespace godwit::plan
