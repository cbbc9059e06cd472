// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryanalyzer.h"

#include "schema/schema.h"
#include "shapebuilder.h"

namespace godwit::queries {

namespace {

    using Scope = ShapeBuilder::Scope;

    // The statement-level half: WITH, compound SELECTs, INSERT, UPDATE and DELETE, handing
    // clauses and expressions to the ShapeBuilder.
    class StatementReader {
    public:
        StatementReader(ShapeBuilder& builder, const schema::Schema& schema)
            : m_b(builder)
            , m_t(builder.tokens())
            , m_schema(schema)
        {
            m_b.setStatementReader([this](int b, int e, const Scope* parent) { statement(b, e, parent); });
        }

        void statement(int b, int e, const Scope* parent)
        {
            int i = b;
            if (m_t.word(i, "EXPLAIN"))
                i += m_t.word(i + 1, "QUERY") ? 3 : 1;
            if (m_t.word(i, "WITH"))
                i = withClause(i + 1, e, parent);
            if (i >= e)
                return;
            if (m_t.word(i, "SELECT") || m_t.word(i, "VALUES"))
                compound(i, e, parent);
            else if (m_t.word(i, "INSERT") || m_t.word(i, "REPLACE"))
                insert(i, e, parent);
            else if (m_t.word(i, "UPDATE"))
                update(i, e, parent);
            else if (m_t.word(i, "DELETE"))
                remove(i, e, parent);
            else if (m_t.punct(i, u'('))
                statement(i + 1, std::min(m_t.closing(i), e), parent);
        }

    private:
        int withClause(int i, int e, const Scope* parent)
        {
            if (m_t.word(i, "RECURSIVE"))
                ++i;
            while (i < e && m_t.isIdentifier(i)) {
                m_b.addCte(m_t.identifier(i));
                ++i;
                if (m_t.punct(i, u'('))
                    i = m_t.closing(i) + 1;
                for (const char* word : { "AS", "NOT", "MATERIALIZED" }) {
                    if (m_t.word(i, word))
                        ++i;
                }
                if (m_t.punct(i, u'(')) {
                    statement(i + 1, std::min(m_t.closing(i), e), parent);
                    i = m_t.closing(i) + 1;
                }
                if (!m_t.punct(i, u','))
                    break;
                ++i;
            }
            return i;
        }

        void compound(int b, int e, const Scope* parent)
        {
            QList<std::pair<int, int>> cores;
            int start = b;
            for (int i = b; i < e; i = m_t.next(i)) {
                if (m_t.word(i, "UNION") || m_t.word(i, "INTERSECT") || m_t.word(i, "EXCEPT")) {
                    cores << std::pair { start, i };
                    start = m_t.word(i + 1, "ALL") ? i + 2 : i + 1;
                    i = start - 1;
                }
            }
            cores << std::pair { start, e };
            // A compound's ORDER BY sorts the union of all parts, which no one table's index delivers.
            for (const auto& [cb, ce] : std::as_const(cores))
                selectCore(cb, ce, parent, cores.size() == 1);
        }

        // The end of the clause starting at `start`: the next of `marks` after it, else `e`.
        static int clauseEnd(const QList<int>& marks, int start, int e)
        {
            int end = e;
            for (int m : marks) {
                if (m > start)
                    end = std::min(end, m);
            }
            return end;
        }

        void selectCore(int b, int e, const Scope* parent, bool orderApplies)
        {
            Scope scope { {}, parent };
            if (m_t.word(b, "VALUES")) {
                m_b.mentions(b + 1, e, scope);
                return;
            }
            int from = -1, where = -1, group = -1, having = -1, window = -1, order = -1, limit = -1;
            for (int i = b + 1; i < e; i = m_t.next(i)) {
                if (from < 0 && m_t.word(i, "FROM"))
                    from = i;
                else if (where < 0 && m_t.word(i, "WHERE"))
                    where = i;
                else if (group < 0 && m_t.word(i, "GROUP") && m_t.word(i + 1, "BY"))
                    group = i;
                else if (having < 0 && m_t.word(i, "HAVING"))
                    having = i;
                else if (window < 0 && m_t.word(i, "WINDOW"))
                    window = i;
                else if (order < 0 && m_t.word(i, "ORDER") && m_t.word(i + 1, "BY"))
                    order = i;
                else if (limit < 0 && m_t.word(i, "LIMIT"))
                    limit = i;
            }
            const QList<int> marks = { from, where, group, having, window, order, limit };
            QList<std::pair<int, int>> onTerms;
            if (from >= 0)
                m_b.fromClause(from + 1, clauseEnd(marks, from, e), scope, &onTerms);
            m_b.mentions(b + 1, clauseEnd(marks, b, e), scope);
            for (const auto& [ob, oe] : std::as_const(onTerms))
                m_b.conjuncts(ob, oe, scope);
            if (where >= 0)
                m_b.conjuncts(where + 1, clauseEnd(marks, where, e), scope);
            if (group >= 0)
                m_b.orderTerms(group + 2, clauseEnd(marks, group, e), scope, orderApplies, true);
            if (having >= 0)
                m_b.mentions(having + 1, clauseEnd(marks, having, e), scope);
            if (window >= 0)
                m_b.mentions(window + 1, clauseEnd(marks, window, e), scope);
            // After GROUP BY the sort works on groups, which no table index delivers.
            if (order >= 0)
                m_b.orderTerms(order + 2, clauseEnd(marks, order, e), scope, orderApplies && group < 0, false);
            if (limit >= 0)
                m_b.limitClause(limit + 1, clauseEnd(marks, limit, e), scope);
        }

        // FROM, WHERE, RETURNING, ORDER BY and LIMIT of an UPDATE or DELETE.
        void tail(int b, int e, Scope& scope)
        {
            const QList<int> marks = { m_t.find(b, e, "FROM"), m_t.find(b, e, "WHERE"), m_t.find(b, e, "RETURNING"),
                m_t.find(b, e, "ORDER"), m_t.find(b, e, "LIMIT") };
            QList<std::pair<int, int>> onTerms;
            if (marks[0] >= 0)
                m_b.fromClause(marks[0] + 1, clauseEnd(marks, marks[0], e), scope, &onTerms);
            for (const auto& [ob, oe] : std::as_const(onTerms))
                m_b.conjuncts(ob, oe, scope);
            if (marks[1] >= 0)
                m_b.conjuncts(marks[1] + 1, clauseEnd(marks, marks[1], e), scope);
            if (marks[2] >= 0)
                m_b.mentions(marks[2] + 1, clauseEnd(marks, marks[2], e), scope);
            if (marks[3] >= 0)
                m_b.orderTerms(marks[3] + 2, clauseEnd(marks, marks[3], e), scope, true, false);
            if (marks[4] >= 0)
                m_b.limitClause(marks[4] + 1, clauseEnd(marks, marks[4], e), scope);
        }

        void update(int b, int e, const Scope* parent)
        {
            Scope scope { {}, parent };
            int i = m_t.word(b + 1, "OR") ? b + 3 : b + 1;
            if (!m_t.isIdentifier(i))
                return;
            int access = -1;
            i = m_b.tableName(i, e, scope, &access);
            if (access >= 0)
                m_b.setWriteTable(m_b.access(access).table);
            if (!m_t.word(i, "SET"))
                return;
            const int set = i + 1;
            int setEnd = e;
            for (int j = set; j < e; j = m_t.next(j)) {
                if (m_t.word(j, "FROM") || m_t.word(j, "WHERE") || m_t.word(j, "RETURNING") || m_t.word(j, "ORDER")
                    || m_t.word(j, "LIMIT")) {
                    setEnd = j;
                    break;
                }
            }
            int start = set;
            for (int j = set; j <= setEnd; j = j < setEnd ? m_t.next(j) : setEnd + 1) {
                if (j < setEnd && !m_t.punct(j, u','))
                    continue;
                const int end = std::min(j, setEnd);
                const QString column = access >= 0 && m_t.op(start + 1, QLatin1StringView("="))
                    ? m_b.columnOf(access, m_t.identifier(start))
                    : QString();
                if (!column.isEmpty()) {
                    m_b.mention({ access, column });
                    m_b.assignRoles(start + 2, end, ParameterRole::Assignment, { access, column });
                }
                m_b.mentions(start, end, scope);
                start = j + 1;
            }
            tail(setEnd, e, scope);
        }

        void remove(int b, int e, const Scope* parent)
        {
            Scope scope { {}, parent };
            const int i = m_t.word(b + 1, "FROM") ? b + 2 : b + 1;
            if (!m_t.isIdentifier(i))
                return;
            int access = -1;
            const int after = m_b.tableName(i, e, scope, &access);
            if (access >= 0)
                m_b.setWriteTable(m_b.access(access).table);
            tail(after, e, scope);
        }

        void insert(int b, int e, const Scope* parent)
        {
            Scope scope { {}, parent };
            int i = m_t.word(b + 1, "OR") ? b + 3 : b + 1;
            if (m_t.word(i, "INTO"))
                ++i;
            if (!m_t.isIdentifier(i))
                return;
            QString name = m_t.identifier(i++);
            if (m_t.punct(i, u'.') && m_t.isIdentifier(i + 1)) {
                name = m_t.identifier(i + 1);
                i += 2;
            }
            if (m_t.word(i, "AS"))
                i += 2;
            const schema::Table* table = m_schema.table(name);
            if (table)
                m_b.setWriteTable(table->name);
            QStringList columns;
            if (m_t.punct(i, u'(')) {
                for (int c = i + 1; c < std::min(m_t.closing(i), e); ++c) {
                    if (!m_t.isIdentifier(c))
                        continue;
                    const schema::Column* column = table ? table->column(m_t.identifier(c)) : nullptr;
                    columns << (column ? column->name : m_t.identifier(c));
                }
                i = m_t.closing(i) + 1;
            } else if (table) {
                for (const schema::Column& c : table->columns) {
                    if (!c.hidden && !c.isGenerated())
                        columns << c.name;
                }
            }
            m_b.setInsertColumns(columns);
            int upsert = e;
            for (int j = i; j < e; j = m_t.next(j)) {
                if ((m_t.word(j, "ON") && m_t.word(j + 1, "CONFLICT")) || m_t.word(j, "RETURNING")) {
                    upsert = j;
                    break;
                }
            }
            if (m_t.word(i, "VALUES")) {
                for (++i; i < upsert && m_t.punct(i, u'(');) {
                    const int close = std::min(m_t.closing(i), upsert);
                    int k = 0;
                    int start = i + 1;
                    for (int j = start; j <= close; j = j < close ? m_t.next(j) : close + 1) {
                        if (j < close && !m_t.punct(j, u','))
                            continue;
                        if (j == start + 1 && table && k < columns.size())
                            m_b.assignInsertValue(start, table->name, columns.at(k));
                        m_b.mentions(start, std::min(j, close), scope);
                        ++k;
                        start = j + 1;
                    }
                    i = close + 1;
                    if (!m_t.punct(i, u','))
                        break;
                    ++i;
                }
            } else if (m_t.isStatementStart(i)) {
                statement(i, upsert, parent);
            }
            m_b.mentions(upsert, e, scope);
        }

        ShapeBuilder& m_b;
        const TokenCursor& m_t;
        const schema::Schema& m_schema;
    };

} // namespace

QueryShape QueryAnalyzer::analyze(const QString& sql, const schema::Schema& schema)
{
    ShapeBuilder builder(sql, schema);
    StatementReader reader(builder, schema);
    reader.statement(0, builder.tokens().size(), nullptr);
    return builder.result();
}

} // namespace godwit::queries
