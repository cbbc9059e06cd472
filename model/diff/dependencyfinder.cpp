// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencyfinder.h"

#include "schema/identifier.h"
#include "schema/sqltokenizer.h"

#include <algorithm>

namespace godwit::diff {

using schema::sameIdentifier;
using schema::SqlToken;
using schema::SqlTokenizer;

namespace {

    bool containsName(const QStringList& names, const QString& name)
    {
        return std::ranges::any_of(names, [&](const QString& n) { return sameIdentifier(n, name); });
    }

    QString fkName(const schema::ForeignKey& fk)
    {
        return QStringLiteral("(%1) -> %2").arg(fk.columns.join(QStringLiteral(", ")), fk.parentTable);
    }

} // namespace

bool DependencyFinder::mentions(const QString& sql, const QString& name)
{
    for (const SqlToken& t : SqlTokenizer::significantTokens(sql)) {
        if ((t.kind == SqlToken::Kind::Word || t.kind == SqlToken::Kind::QuotedIdentifier)
            && sameIdentifier(t.identifier(), name))
            return true;
    }
    return false;
}

bool DependencyFinder::mentionsColumn(const QString& sql, const QString& column)
{
    const QList<SqlToken> tokens = SqlTokenizer::significantTokens(sql);
    // Skip the trigger header ("... ON table BEGIN"): only the body uses columns.
    qsizetype start = 0;
    if (!tokens.isEmpty() && tokens.front().is(QLatin1StringView("CREATE"))) {
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (tokens[i].is(QLatin1StringView("TRIGGER"))) {
                while (i < tokens.size() && !tokens[i].is(QLatin1StringView("BEGIN"))
                    && !tokens[i].is(QLatin1StringView("WHEN")))
                    ++i;
                start = i;
                break;
            }
        }
    }
    bool inFrom = false;
    int depth = 0;
    int fromDepth = 0;
    for (qsizetype i = start; i < tokens.size(); ++i) {
        const SqlToken& t = tokens[i];
        if (t.isPunct(QLatin1Char('(')))
            ++depth;
        if (t.isPunct(QLatin1Char(')'))) {
            --depth;
            if (inFrom && depth < fromDepth)
                inFrom = false;
        }
        static const QLatin1StringView clauseEnds[] = { QLatin1StringView("WHERE"), QLatin1StringView("GROUP"),
            QLatin1StringView("ORDER"), QLatin1StringView("LIMIT"), QLatin1StringView("HAVING"),
            QLatin1StringView("WINDOW"), QLatin1StringView("UNION"), QLatin1StringView("EXCEPT"),
            QLatin1StringView("INTERSECT"), QLatin1StringView("ON"), QLatin1StringView("USING"),
            QLatin1StringView("SET"), QLatin1StringView("VALUES") };
        if (std::ranges::any_of(clauseEnds, [&](QLatin1StringView k) { return t.is(k); }))
            inFrom = false;
        if (t.is(QLatin1StringView("FROM")) || t.is(QLatin1StringView("JOIN"))) {
            inFrom = true;
            fromDepth = depth;
        }
        const bool isName = t.kind == SqlToken::Kind::Word || t.kind == SqlToken::Kind::QuotedIdentifier;
        if (!isName || !sameIdentifier(t.identifier(), column))
            continue;
        const SqlToken* prev = i > 0 ? &tokens[i - 1] : nullptr;
        const SqlToken* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
        // "address.city_id" names the table, not a column; so do FROM/JOIN/INTO/UPDATE targets.
        if (next && next->isPunct(QLatin1Char('.')))
            continue;
        if (prev
            && (prev->is(QLatin1StringView("INTO")) || prev->is(QLatin1StringView("UPDATE"))
                || prev->is(QLatin1StringView("TABLE"))
                || (inFrom
                    && (prev->is(QLatin1StringView("FROM")) || prev->is(QLatin1StringView("JOIN"))
                        || prev->isPunct(QLatin1Char(','))))))
            continue;
        return true;
    }
    return false;
}

QList<Dependent> DependencyFinder::columnDependents(
    const schema::Schema& schema, const QString& tableName, const QString& column)
{
    QList<Dependent> out;
    const schema::Table* table = schema.table(tableName);
    if (!table)
        return out;
    if (table->column(column) && table->column(column)->isPrimaryKey())
        out.append({ ObjectKind::PrimaryKey, table->name, QStringLiteral("PRIMARY KEY"),
            QStringLiteral("primary key column") });
    for (const schema::Index& index : table->indexes) {
        QString how;
        for (const auto& part : index.parts) {
            if (!part.isExpression() && sameIdentifier(part.column, column))
                how = QStringLiteral("indexed column");
            else if (part.isExpression() && mentionsColumn(part.expression, column))
                how = QStringLiteral("used in the index expression");
        }
        if (how.isEmpty() && index.isPartial() && mentionsColumn(index.where, column))
            how = QStringLiteral("used in the partial index WHERE");
        if (how.isEmpty())
            continue;
        const ObjectKind kind = index.origin == schema::IndexOrigin::Unique ? ObjectKind::Unique
            : index.origin == schema::IndexOrigin::PrimaryKey               ? ObjectKind::PrimaryKey
                                                                            : ObjectKind::Index;
        if (kind == ObjectKind::PrimaryKey)
            continue; // already reported above
        out.append({ kind, table->name, index.name, how });
    }
    for (const auto& u : table->uniques) {
        if (containsName(u.columns, column)
            && !std::ranges::any_of(out, [](const Dependent& d) { return d.kind == ObjectKind::Unique; }))
            out.append({ ObjectKind::Unique, table->name,
                QStringLiteral("UNIQUE (%1)").arg(u.columns.join(QStringLiteral(", "))),
                QStringLiteral("unique column") });
    }
    for (const auto& fk : table->foreignKeys) {
        if (containsName(fk.columns, column))
            out.append({ ObjectKind::ForeignKey, table->name, fkName(fk), QStringLiteral("foreign key column") });
    }
    for (const auto& check : table->checks) {
        if (mentionsColumn(check.expression, column))
            out.append({ ObjectKind::Check, table->name,
                check.name.isEmpty() ? QStringLiteral("CHECK (%1)").arg(check.expression) : check.name,
                QStringLiteral("used in the CHECK constraint") });
    }
    for (const auto& c : table->columns) {
        if (c.isGenerated() && !sameIdentifier(c.name, column) && mentionsColumn(c.generatedExpression, column))
            out.append({ ObjectKind::Column, table->name, c.name, QStringLiteral("generated from this column") });
    }
    const bool isPk = table->column(column) && table->primaryKey() == QStringList { table->column(column)->name };
    for (const auto& other : schema.tables) {
        for (const auto& fk : other.foreignKeys) {
            if (!sameIdentifier(fk.parentTable, table->name))
                continue;
            const bool explicitRef = containsName(fk.parentColumns, column);
            const bool implicitRef
                = isPk && std::ranges::all_of(fk.parentColumns, [](const QString& p) { return p.isEmpty(); });
            if (explicitRef || implicitRef)
                out.append(
                    { ObjectKind::ForeignKey, other.name, fkName(fk), QStringLiteral("references this column") });
        }
    }
    for (const auto& view : schema.views) {
        if (!mentions(view.sql, table->name))
            continue;
        if (mentionsColumn(view.sql, column))
            out.append({ ObjectKind::View, QString(), view.name, QStringLiteral("uses this column") });
        else if (view.sql.contains(QLatin1Char('*')))
            out.append({ ObjectKind::View, QString(), view.name, QStringLiteral("selects * from the table") });
    }
    for (const auto& trigger : schema.triggers) {
        const bool onTable = sameIdentifier(trigger.table, table->name);
        if ((onTable || mentions(trigger.sql, table->name))
            && (mentionsColumn(trigger.sql, column) || containsName(trigger.updateOf, column)))
            out.append({ ObjectKind::Trigger, trigger.table, trigger.name, QStringLiteral("uses this column") });
    }
    return out;
}

QList<Dependent> DependencyFinder::tableDependents(const schema::Schema& schema, const QString& tableName)
{
    QList<Dependent> out;
    for (const auto& other : schema.tables) {
        if (sameIdentifier(other.name, tableName))
            continue;
        for (const auto& fk : other.foreignKeys) {
            if (sameIdentifier(fk.parentTable, tableName))
                out.append({ ObjectKind::ForeignKey, other.name, fkName(fk), QStringLiteral("references this table") });
        }
    }
    for (const auto& view : schema.views) {
        if (mentions(view.sql, tableName))
            out.append({ ObjectKind::View, QString(), view.name, QStringLiteral("reads this table") });
    }
    for (const auto& trigger : schema.triggers) {
        if (sameIdentifier(trigger.table, tableName))
            out.append({ ObjectKind::Trigger, trigger.table, trigger.name, QStringLiteral("fires on this table") });
        else if (mentions(trigger.sql, tableName))
            out.append(
                { ObjectKind::Trigger, trigger.table, trigger.name, QStringLiteral("writes or reads this table") });
    }
    return out;
}

QList<Dependent> DependencyFinder::dependents(
    const Change& change, const schema::Schema& before, const QString& beforeTable)
{
    switch (change.object) {
    case ObjectKind::Column:
        if (change.type == ChangeType::Added)
            return {};
        return columnDependents(before, beforeTable, change.type == ChangeType::Renamed ? change.oldName : change.name);
    case ObjectKind::Table:
        if (change.type == ChangeType::Removed || change.type == ChangeType::Renamed)
            return tableDependents(before, beforeTable);
        return {};
    default:
        return {};
    }
}

} // namespace godwit::diff
