// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexadvisor.h"

#include "plannerdatabase.h"
#include "queryanalyzer.h"
#include "querylist.h"
#include "queryplanner.h"
#include "schema/identifier.h"
#include "schema/schema.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"

#include <QRegularExpression>
#include <QSet>

namespace godwit::queries {

namespace {

    using schema::Index;
    using schema::quoteIdentifier;
    using schema::quoteIdentifierIfNeeded;
    using schema::sameIdentifier;
    using schema::Table;

    struct Candidate {
        int access = -1; // index into the shape's tables
        QString table;
        QStringList equality;
        QList<OrderTerm> tail;
        QString name; // on the planner copy while it is tried
    };

    bool containsColumn(const QStringList& list, const QString& column)
    {
        return std::any_of(list.begin(), list.end(), [&](const QString& c) { return sameIdentifier(c, column); });
    }

    bool sameColumnSet(QStringList a, QStringList b)
    {
        if (a.size() != b.size())
            return false;
        for (QString& s : a)
            s = schema::identifierKey(s);
        for (QString& s : b)
            s = schema::identifierKey(s);
        a.sort();
        b.sort();
        return a == b;
    }

    bool sameKey(const Candidate& a, const Candidate& b)
    {
        if (!sameIdentifier(a.table, b.table) || !sameColumnSet(a.equality, b.equality)
            || a.tail.size() != b.tail.size())
            return false;
        for (qsizetype i = 0; i < a.tail.size(); ++i) {
            if (!sameIdentifier(a.tail.at(i).column, b.tail.at(i).column)
                || a.tail.at(i).descending != b.tail.at(i).descending)
                return false;
        }
        return true;
    }

    // The rowid (or the INTEGER PRIMARY KEY that names it) ends every index already.
    bool isRowid(const Table& table, const QString& column)
    {
        if (schema::sameIdentifier(column, u"rowid"))
            return true;
        const QStringList pk = table.primaryKey();
        const schema::Column* c = table.column(column);
        return !table.withoutRowid && pk.size() == 1 && c && sameIdentifier(c->name, pk.first())
            && c->declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
    }

    // An existing index that already serves the candidate: the equality columns in any order,
    // then the tail in order (sqlite3expert's idxFindCompatible test).
    bool isCompatible(const Index& index, const Candidate& c)
    {
        if (index.isPartial() || index.parts.size() < c.equality.size() + c.tail.size())
            return false;
        QStringList prefix;
        for (qsizetype i = 0; i < c.equality.size(); ++i)
            prefix << index.parts.at(i).column;
        if (!sameColumnSet(prefix, c.equality))
            return false;
        for (qsizetype j = 0; j < c.tail.size(); ++j) {
            const schema::IndexPart& part = index.parts.at(c.equality.size() + j);
            if (!sameIdentifier(part.column, c.tail.at(j).column))
                return false;
            if (!c.tail.at(j).collation.isEmpty() && !schema::sameIdentifier(part.collation, c.tail.at(j).collation))
                return false;
        }
        return true;
    }

    QString partsSql(const Candidate& c, const QStringList& include, bool quoteAll)
    {
        auto quote
            = [quoteAll](const QString& n) { return quoteAll ? quoteIdentifier(n) : quoteIdentifierIfNeeded(n); };
        QStringList parts;
        for (const QString& e : c.equality)
            parts << quote(e);
        for (const OrderTerm& t : c.tail) {
            QString part = quote(t.column);
            if (!t.collation.isEmpty())
                part += QLatin1String(" COLLATE ") + quote(t.collation);
            if (t.descending)
                part += QLatin1String(" DESC");
            parts << part;
        }
        for (const QString& i : include)
            parts << quote(i);
        return parts.join(QLatin1String(", "));
    }

    QString proposalName(const Candidate& c, QSet<QString>* taken)
    {
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_]+"));
        QStringList words { c.table };
        words << c.equality;
        for (const OrderTerm& t : c.tail)
            words << t.column;
        const QString base = words.join(QLatin1Char('_')).replace(unsafe, QStringLiteral("_"));
        QString name = base;
        for (int n = 2; taken->contains(schema::identifierKey(name)); ++n)
            name = QStringLiteral("%1_%2").arg(base).arg(n);
        taken->insert(schema::identifierKey(name));
        return name;
    }

    // SQLite's own guess for an index it has no statistics for (sqlite3DefaultRowEst): about ten
    // rows per value of the first column, a little fewer for each further column.
    QString defaultStat(qint64 rows, qsizetype columns)
    {
        QString stat = QString::number(rows);
        for (qsizetype k = 0; k < columns; ++k)
            stat += QLatin1Char(' ') + QString::number(std::max<qint64>(1, std::min<qint64>(rows, 10 - k)));
        return stat;
    }

    QList<Candidate> candidatesFor(const QueryShape& shape, const schema::Schema& schema)
    {
        QList<Candidate> out;
        for (int a = 0; a < shape.tables.size(); ++a) {
            const TableAccess& ta = shape.tables.at(a);
            const Table* table = schema.table(ta.table);
            if (!table || table->isVirtual)
                continue;
            auto keep = [&](const QStringList& columns, const QStringList& except) {
                QStringList kept;
                for (const QString& c : columns) {
                    if (!isRowid(*table, c) && !containsColumn(except, c) && !containsColumn(kept, c))
                        kept << c;
                }
                return kept;
            };
            QList<OrderTerm> order = ta.order;
            while (!order.isEmpty() && isRowid(*table, order.last().column))
                order.removeLast();
            if (std::any_of(order.begin(), order.end(), [&](const OrderTerm& t) { return isRowid(*table, t.column); }))
                order.clear();
            auto add = [&](const QStringList& equality, const QList<OrderTerm>& tail) {
                Candidate c { a, table->name, equality, tail, {} };
                if (equality.isEmpty() && tail.isEmpty())
                    return;
                if (std::any_of(out.begin(), out.end(), [&](const Candidate& o) { return sameKey(o, c); }))
                    return;
                if (std::any_of(table->indexes.begin(), table->indexes.end(),
                        [&](const Index& i) { return isCompatible(i, c); }))
                    return;
                out << c;
            };
            // Constants first, join columns last: then one index serves the table as the outer loop
            // (a prefix lookup) and as the inner one. With and without the join's columns, as which
            // loop is outer is the planner's choice.
            const QStringList local = keep(ta.equality, ta.joinEquality);
            QList<QStringList> equalitySets { local + keep(ta.joinEquality, local) };
            if (!ta.joinEquality.isEmpty())
                equalitySets << keep(ta.equality, ta.joinEquality);
            for (const QStringList& equality : std::as_const(equalitySets)) {
                add(equality, {});
                for (const QString& r : keep(ta.range, equality))
                    add(equality, { OrderTerm { r, false, {} } });
                if (!order.isEmpty()) {
                    QStringList orderColumns;
                    for (const OrderTerm& t : order)
                        orderColumns << t.column;
                    add(keep(equality, orderColumns), order);
                }
            }
        }
        return out;
    }

    QString reasonFor(const QueryPlan& plan, const QString& label, const Candidate& c)
    {
        for (const PlanStep& s : plan.steps) {
            if (s.isAccess() && sameIdentifier(s.table, label) && s.kind == StepKind::Scan)
                return QStringLiteral("scan");
        }
        if (!c.tail.isEmpty() && plan.hasTempBTree())
            return QStringLiteral("sort");
        if (plan.hasAutomaticIndex())
            return QStringLiteral("automatic-index");
        return QStringLiteral("search");
    }

    std::optional<qint64> plannerRowCount(const sqlite::Database& planner, const QString& table)
    {
        auto stat = planner.scalar(QStringLiteral("SELECT stat FROM sqlite_stat1 WHERE tbl = ?1 LIMIT 1"), { table });
        if (!stat || stat->isNull())
            return std::nullopt;
        bool ok = false;
        const qint64 n = stat->toString().section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }

} // namespace

Result<QList<IndexProposal>> IndexAdvisor::advise(const sqlite::Database& planner, const schema::Schema& schema,
    const sqlite::Database* data, const Query& query, const Options& options)
{
    const QueryPlan current = QueryPlanner::explain(planner, query.sql);
    if (current.isBroken())
        return QList<IndexProposal> {};
    const QueryShape shape = QueryAnalyzer::analyze(query.sql, schema);
    QList<Candidate> candidates = candidatesFor(shape, schema);
    if (candidates.isEmpty())
        return QList<IndexProposal> {};

    auto statsCount = planner.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'"));
    if (!statsCount)
        return std::unexpected(statsCount.error());
    const bool hasStats = statsCount->toInt() > 0;

    QueryPlan withCandidates;
    {
        auto transaction = sqlite::Transaction::begin(planner);
        if (!transaction)
            return std::unexpected(transaction.error());
        QList<StatRow> stats;
        for (int i = 0; i < candidates.size(); ++i) {
            Candidate& c = candidates[i];
            c.name = QStringLiteral("godwit_candidate_%1").arg(i);
            const QString sql = QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
                                    .arg(quoteIdentifier(c.name), quoteIdentifier(c.table), partsSql(c, {}, true));
            if (auto r = planner.exec(sql); !r)
                return std::unexpected(r.error());
            if (!hasStats)
                continue; // a database without statistics plans its candidates with defaults, like SQLite would
            QStringList columns = c.equality;
            for (const OrderTerm& t : c.tail)
                columns << t.column;
            Result<QString> stat = data ? PlannerDatabase::measureStat(*data, c.table, columns, false)
                                        : fail(Error::Code::InvalidArgument, QString());
            if (stat)
                stats << StatRow { c.table, c.name, *stat };
            else if (const auto rows = plannerRowCount(planner, c.table))
                stats << StatRow { c.table, c.name, defaultStat(*rows, columns.size()) };
        }
        if (hasStats) {
            if (auto r = PlannerDatabase::writeStats(planner, stats); !r)
                return std::unexpected(r.error());
        }
        withCandidates = QueryPlanner::explain(planner, query.sql);
        transaction->rollback();
    }
    if (hasStats) {
        if (auto r = planner.exec(QStringLiteral("ANALYZE sqlite_schema")); !r)
            return std::unexpected(r.error());
    }

    QSet<QString> taken;
    for (const Table& t : schema.tables) {
        for (const Index& i : t.indexes)
            taken.insert(schema::identifierKey(i.name));
    }
    QList<IndexProposal> proposals;
    const QStringList used = withCandidates.indexesUsed();
    for (const Candidate& c : std::as_const(candidates)) {
        if (!used.contains(c.name))
            continue;
        const TableAccess& ta = shape.tables.at(c.access);
        IndexProposal p;
        p.table = c.table;
        p.equality = c.equality;
        p.tail = c.tail;
        p.name = proposalName(c, &taken);
        p.sql = QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
                    .arg(quoteIdentifierIfNeeded(p.name), quoteIdentifierIfNeeded(c.table), partsSql(c, {}, false));
        const Table* table = schema.table(c.table);
        const QStringList key = p.keyColumns();
        for (const QString& column : ta.columns) {
            if (!containsColumn(key, column) && !isRowid(*table, column))
                p.include << column;
        }
        const bool cheap = !ta.allColumns && !p.include.isEmpty() && p.include.size() <= options.maxIncludeColumns
            && key.size() + p.include.size() < table->columns.size() - 1;
        if (cheap)
            p.coveringSql = QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
                                .arg(quoteIdentifierIfNeeded(p.name + QStringLiteral("_covering")),
                                    quoteIdentifierIfNeeded(c.table), partsSql(c, p.include, false));
        else
            p.include.clear();
        p.queries << query.name;
        p.reason = reasonFor(current, ta.label(), c);
        p.planWith = withCandidates;
        for (PlanStep& s : p.planWith.steps) {
            if (s.index == c.name) {
                s.index = p.name;
                s.detail.replace(c.name, p.name);
            }
        }
        proposals << p;
    }
    return proposals;
}

Result<QList<IndexProposal>> IndexAdvisor::adviseAll(const sqlite::Database& planner, const schema::Schema& schema,
    const sqlite::Database* data, const QueryList& queries, const Options& options)
{
    QList<IndexProposal> merged;
    for (const Query& q : queries) {
        auto proposals = advise(planner, schema, data, q, options);
        if (!proposals)
            return std::unexpected(proposals.error());
        for (const IndexProposal& p : std::as_const(*proposals)) {
            auto same = std::find_if(merged.begin(), merged.end(), [&](const IndexProposal& m) {
                return sameIdentifier(m.table, p.table) && sameColumnSet(m.equality, p.equality) && m.tail == p.tail;
            });
            if (same == merged.end())
                merged << p;
            else if (!same->queries.contains(q.name))
                same->queries << q.name;
        }
    }
    return merged;
}

QList<IndexFinding> IndexAdvisor::findings(
    const schema::Schema& schema, const QList<QueryPlan>& plans, const QStringList& tables)
{
    QSet<QString> used;
    for (const QueryPlan& plan : plans) {
        for (const QString& name : plan.indexesUsed())
            used.insert(schema::identifierKey(name));
    }
    QList<IndexFinding> out;
    for (const Table& t : schema.tables) {
        if (!containsColumn(tables, t.name))
            continue;
        for (const Index& index : t.indexes) {
            if (index.origin != schema::IndexOrigin::CreateIndex)
                continue;
            IndexFinding base;
            base.table = t.name;
            base.index = index.name;
            base.dropSql = QStringLiteral("DROP INDEX %1").arg(quoteIdentifierIfNeeded(index.name));
            for (const schema::ForeignKey& fk : t.foreignKeys) {
                if (fk.columns.isEmpty() || fk.columns.size() > index.parts.size())
                    continue;
                QStringList lead;
                for (qsizetype i = 0; i < fk.columns.size(); ++i)
                    lead << index.parts.at(i).column;
                base.supportsForeignKey = base.supportsForeignKey || sameColumnSet(lead, fk.columns);
            }
            const bool plain = !index.unique && !index.isPartial()
                && std::none_of(index.parts.begin(), index.parts.end(),
                    [](const schema::IndexPart& p) { return p.isExpression(); });
            for (const Index& other : t.indexes) {
                if (!plain || &other == &index || other.isPartial() || other.parts.size() < index.parts.size())
                    continue;
                // Two identical indexes: only the second (by name) is the redundant one.
                if (other.parts.size() == index.parts.size() && !other.unique && other.name > index.name)
                    continue;
                bool prefix = true;
                for (qsizetype k = 0; k < index.parts.size() && prefix; ++k)
                    prefix = sameIdentifier(index.parts.at(k).column, other.parts.at(k).column)
                        && schema::sameIdentifier(index.parts.at(k).collation, other.parts.at(k).collation);
                if (prefix) {
                    IndexFinding f = base;
                    f.type = IndexFinding::Type::RedundantPrefix;
                    f.coveredBy = other.name;
                    out << f;
                    break;
                }
            }
            if (!plans.isEmpty() && !index.unique && !used.contains(schema::identifierKey(index.name))) {
                IndexFinding f = base;
                f.type = IndexFinding::Type::Unused;
                out << f;
            }
        }
    }
    return out;
}

} // namespace godwit::queries
