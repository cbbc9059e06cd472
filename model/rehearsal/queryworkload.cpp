// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryworkload.h"

#include "queries/querylist.h"
#include "schema/identifier.h"
#include "schema/schema.h"
#include "schema/sqltokenizer.h"
#include "tableshape.h"
#include "workloadbuilder.h"

namespace godwit::rehearsal {

using schema::quoteIdentifier;
using schema::sameIdentifier;
using schema::SqlToken;

namespace {

    bool isName(const SqlToken& t)
    {
        return t.kind == SqlToken::Kind::Word || t.kind == SqlToken::Kind::QuotedIdentifier;
    }

    bool isComparison(const SqlToken& t)
    {
        static const QStringList ops { QStringLiteral("="), QStringLiteral("=="), QStringLiteral("<"),
            QStringLiteral(">"), QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("<>"),
            QStringLiteral("!=") };
        return (t.kind == SqlToken::Kind::Punctuation && ops.contains(t.text)) || t.is(QLatin1StringView("LIKE"))
            || t.is(QLatin1StringView("GLOB")) || t.is(QLatin1StringView("IS"));
    }

    // The tables a statement names after FROM, JOIN, INTO or UPDATE (before-schema tables only).
    QStringList tablesOf(const QList<SqlToken>& tokens, const schema::Schema& before)
    {
        QStringList out;
        for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
            const SqlToken& t = tokens[i];
            if (!(t.is(QLatin1StringView("FROM")) || t.is(QLatin1StringView("JOIN")) || t.is(QLatin1StringView("INTO"))
                    || t.is(QLatin1StringView("UPDATE"))))
                continue;
            if (const schema::Table* table = isName(tokens[i + 1]) ? before.table(tokens[i + 1].identifier()) : nullptr)
                out << table->name;
        }
        out.removeDuplicates();
        return out;
    }

    class Converter {
    public:
        Converter(const schema::Schema& before, const QList<TableShape>& shapes)
            : m_before(before)
            , m_shapes(shapes)
        {
        }

        std::optional<WorkloadOperation> convert(const queries::Query& query, double weight)
        {
            const QList<SqlToken> all = schema::SqlTokenizer::tokenize(query.sql);
            QList<SqlToken> significant;
            for (const SqlToken& t : all) {
                if (!t.isTrivia())
                    significant << t;
            }
            const QStringList tables = tablesOf(significant, m_before);
            if (tables.isEmpty())
                return std::nullopt;
            WorkloadOperation op;
            op.name = query.name;
            op.kind = query.kind;
            op.weight = weight;
            op.table = tables.front();
            const schema::Table* first = m_before.table(op.table);
            const TableShape* shape = shapeOf(op.table);
            op.keyColumn = first->withoutRowid ? QStringLiteral("rowid") : keyOf(*first);
            bool oldOnly = false;
            QString oldSql;
            QString newSql;
            QStringList insertColumns;
            int valuesPosition = -1;
            int depth = 0;
            qsizetype s = 0; // index into significant
            for (const SqlToken& t : all) {
                const bool trivia = t.isTrivia();
                const qsizetype at = trivia ? -1 : s++;
                QString oldText = t.text;
                QString newText = t.text;
                if (!trivia && t.isPunct(QLatin1Char('(')))
                    ++depth;
                if (!trivia && t.isPunct(QLatin1Char(')')))
                    --depth;
                if (!trivia && t.is(QLatin1StringView("VALUES")))
                    valuesPosition = 0;
                else if (!trivia && valuesPosition >= 0 && depth == 1 && t.isPunct(QLatin1Char(',')))
                    ++valuesPosition;
                if (!trivia && valuesPosition < 0 && depth == 1 && at > 0
                    && significant[at - 1].isPunct(QLatin1Char('(')) && insertColumns.isEmpty() && at > 2
                    && significant[at - 3].is(QLatin1StringView("INTO"))) {
                    // INSERT INTO t (a, b, …): the list the VALUES positions refer to
                    for (qsizetype j = at; j < significant.size() && !significant[j].isPunct(QLatin1Char(')')); ++j) {
                        if (isName(significant[j]))
                            insertColumns << significant[j].identifier();
                    }
                }
                if (!trivia && isName(t)) {
                    const QString renamed = rename(t.identifier(), tables, &oldOnly);
                    if (!renamed.isEmpty())
                        newText = schema::quoteIdentifierIfNeeded(renamed);
                } else if (!trivia && t.kind == SqlToken::Kind::Variable) {
                    const QString column
                        = valuesPosition >= 0 ? insertColumns.value(valuesPosition) : comparedColumn(significant, at);
                    const QString previous = at > 0 ? significant[at - 1].text.toUpper() : QString();
                    if (previous == QLatin1String("LIMIT")) {
                        oldText = newText = QStringLiteral("20");
                    } else if (previous == QLatin1String("OFFSET")) {
                        oldText = newText = QStringLiteral("0");
                    } else if (!column.isEmpty()) {
                        const QString name = parameterFor(op, column, tables);
                        oldText = newText = name.isEmpty() ? t.text : QLatin1Char(':') + name;
                    }
                }
                oldSql += oldText;
                newSql += newText;
            }
            if (shape && !shape->swapMarker.isEmpty())
                op.swapMarker = shape->swapMarker;
            else if (oldOnly)
                op.versions = ClientVersions::OldOnly;
            op.statements << WorkloadStatement { oldSql, oldOnly ? QString() : newSql };
            // A NULL read needs the row's key to look at the old value.
            if (shape && !shape->nullColumnNew.isEmpty() && oldSql.contains(QLatin1String(":key"))
                && newSql.contains(shape->nullColumnNew, Qt::CaseInsensitive)) {
                op.nullColumnNew = shape->nullColumnNew;
                op.nullProbe = shape->nullProbe;
            }
            return op;
        }

    private:
        static QString keyOf(const schema::Table& t)
        {
            const QStringList pk = t.primaryKey();
            if (pk.size() == 1 && t.column(pk.front())
                && t.column(pk.front())->declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                return pk.front();
            return QStringLiteral("rowid");
        }

        const TableShape* shapeOf(const QString& table) const
        {
            for (const TableShape& s : m_shapes) {
                if (sameIdentifier(s.oldName, table))
                    return &s;
            }
            return nullptr;
        }

        // The new name of a table or column the statement names; empty when unchanged.
        QString rename(const QString& name, const QStringList& tables, bool* oldOnly) const
        {
            for (const QString& t : tables) {
                const TableShape* s = shapeOf(t);
                if (!s)
                    continue;
                if (sameIdentifier(s->oldName, name)) {
                    *oldOnly = *oldOnly || !s->hasNew();
                    return sameIdentifier(s->newName, name) ? QString() : s->newName;
                }
                if (const ColumnShape* c = s->column(name)) {
                    *oldOnly = *oldOnly || c->newName.isEmpty();
                    return sameIdentifier(c->newName, name) ? QString() : c->newName;
                }
            }
            return {};
        }

        // `col <op> ?`: the column compared with the parameter at `at`.
        static QString comparedColumn(const QList<SqlToken>& t, qsizetype at)
        {
            if (at >= 2 && isComparison(t[at - 1]) && isName(t[at - 2]))
                return t[at - 2].identifier();
            return {};
        }

        // A parameter name filled with values of `column` (in the first table that has it).
        QString parameterFor(WorkloadOperation& op, const QString& column, const QStringList& tables)
        {
            for (const QString& name : tables) {
                const schema::Table* t = m_before.table(name);
                if (!t || !t->column(column))
                    continue;
                if (sameIdentifier(name, op.table) && sameIdentifier(column, op.keyColumn))
                    return QStringLiteral("key");
                const QString parameter = QStringLiteral("qp%1").arg(op.picks.size());
                op.picks << WorkloadPick { parameter, t->name, t->column(column)->name };
                return parameter;
            }
            return {};
        }

        const schema::Schema& m_before;
        const QList<TableShape>& m_shapes;
    };

} // namespace

WorkloadProfile QueryWorkload::fromQueries(
    const schema::Schema& before, const RehearsalPlan& plan, const queries::QueryList& queries)
{
    WorkloadProfile p;
    p.name = QStringLiteral("queries");
    const QList<TableShape> shapes = TableShape::derive(before, plan);
    Converter converter(before, shapes);
    double total = 0;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        if (auto op = converter.convert(queries.at(i), 100 * queries.share(i))) {
            total += op->weight;
            p.operations << *op;
        }
    }
    QList<WorkloadOperation> migrated;
    for (const TableShape& s : shapes) {
        if (!s.neighbour)
            migrated << WorkloadBuilder::operationsFor(s, before, true);
    }
    for (WorkloadOperation& op : migrated) {
        op.weight = std::max(total, 1.0) * 0.1 / double(migrated.size());
        p.operations << op;
    }
    return p;
}

} // namespace godwit::rehearsal
