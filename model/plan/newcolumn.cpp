// SPDX-License-Identifier: GPL-3.0-or-later
#include "newcolumn.h"

#include "diff/classifier.h"
#include "plancontext.h"
#include "plansql.h"
#include "schema/ddlgenerator.h"
#include "schema/identifier.h"
#include "schema/sqltokenizer.h"

namespace godwit::plan {

using diff::Change;
using diff::ChangeType;
using diff::Classifier;
using schema::Column;
using schema::quoteIdentifierIfNeeded;
using schema::sameIdentifier;
using schema::Table;

namespace {

    QString q(const QString& name) { return quoteIdentifierIfNeeded(name); }

    QString inlineReferences(const Table& table, const Column& column)
    {
        for (const auto& fk : table.foreignKeys) {
            if (fk.columns.size() == 1 && sameIdentifier(fk.columns.front(), column.name)) {
                const QString clause = schema::DdlGenerator::foreignKeyClause(fk);
                return QLatin1Char(' ') + clause.mid(clause.indexOf(QLatin1String("REFERENCES")));
            }
        }
        return {};
    }

} // namespace

NewColumn NewColumn::describe(const PlanContext& ctx, const Change& change, const Table& after, QStringList* warnings)
{
    NewColumn n;
    n.change = &change;
    n.after = *after.column(change.name);
    n.oldName = change.type == ChangeType::Renamed ? change.oldName : QString();
    const ChangeAnswers answers = ctx.answersFor(change);
    n.contractOnly = n.after.generated == schema::Generated::Stored;
    // A renamed column starts without its default: the dual-write and the backfill recognise the
    // rows still to copy by their NULL, which a default would hide.
    n.isFinal = !n.contractOnly && Classifier::addColumnRestriction(n.after, after).isEmpty()
        && !(change.type == ChangeType::Renamed && n.after.hasDefault);
    n.expand = n.after;
    if (!n.isFinal) {
        n.expand.notNull = false;
        n.expand.primaryKeyPosition = 0;
        n.expand.autoIncrement = false;
        Table plain;
        plain.name = after.name;
        if (change.type == ChangeType::Renamed || !Classifier::addColumnRestriction(n.expand, plain).isEmpty()) {
            n.expand.hasDefault = false;
            n.expand.defaultValue.clear();
        }
    }
    n.references = inlineReferences(after, n.expand);
    if (!n.references.isEmpty() && n.expand.hasDefault
        && schema::SqlTokenizer::normalized(n.expand.defaultValue) != QLatin1String("NULL"))
        n.references.clear(); // ADD COLUMN ... REFERENCES needs a NULL default; the contract adds the key
    if (n.isFinal || n.contractOnly)
        n.references = inlineReferences(after, n.after);

    QString fill = answers.fill;
    n.fillSource = QStringLiteral("the answer 'fill'");
    if (fill.isEmpty() && !PlanSql::defaultExpression(n.after).isEmpty()) {
        fill = PlanSql::defaultExpression(n.after);
        n.fillSource = QStringLiteral("the column's DEFAULT");
    }
    if (change.type == ChangeType::Renamed) {
        n.up = answers.up.isEmpty() ? q(n.oldName) : QStringLiteral("(%1)").arg(answers.up);
        n.down = answers.down.isEmpty() ? q(n.after.name) : QStringLiteral("(%1)").arg(answers.down);
        if (n.after.notNull && !fill.isEmpty())
            n.up = QStringLiteral("coalesce(%1, %2)").arg(n.up, fill);
        const Column* old = ctx.changeSet().before.table(ctx.beforeName(after.name))
            ? ctx.changeSet().before.table(ctx.beforeName(after.name))->column(n.oldName)
            : nullptr;
        if (n.after.notNull && old && !old->notNull && answers.fill.isEmpty() && fill.isEmpty())
            *warnings << QStringLiteral(
                "%1.%2 allows NULL but %3 is NOT NULL: rows where it is NULL stop the contract. "
                "Give a value for them (answer 'fill') or fix them before the contract.")
                             .arg(after.name, n.oldName, n.after.name);
    } else if (!n.isFinal && !n.contractOnly && (n.after.notNull || !fill.isEmpty())) {
        if (fill.isEmpty()) {
            fill = PlanSql::placeholderValue(n.after);
            n.fillSource = QStringLiteral("a placeholder for its type");
            *warnings << QStringLiteral(
                "%1.%2 is NOT NULL without a default: existing rows get %3 unless you give a value "
                "(answer 'fill').")
                             .arg(after.name, n.after.name, fill);
        }
        n.up = fill;
    }
    return n;
}

} // namespace godwit::plan
