// SPDX-License-Identifier: GPL-3.0-or-later
#include "shapebuilder.h"

#include "schema/identifier.h"
#include "schema/schema.h"

namespace godwit::queries {

using schema::SqlToken;
using Kind = SqlToken::Kind;

ShapeBuilder::ShapeBuilder(const QString& sql, const schema::Schema& schema)
    : m_t(sql)
    , m_schema(schema)
{
    for (const ParameterUse& p : m_t.parameters())
        m_params.insert(p.index, p);
}

QueryShape ShapeBuilder::result() const
{
    QueryShape shape = m_shape;
    shape.parameters = m_params.values();
    return shape;
}

void ShapeBuilder::subquery(int b, int e, const Scope* parent)
{
    if (m_statement)
        m_statement(b, e, parent);
}

const schema::Table* ShapeBuilder::tableOf(int access) const { return m_schema.table(m_shape.tables.at(access).table); }

QString ShapeBuilder::columnOf(int access, const QString& name) const
{
    const schema::Table* table = tableOf(access);
    if (!table)
        return {};
    if (const schema::Column* c = table->column(name))
        return c->name;
    static const QStringList rowid = { QStringLiteral("rowid"), QStringLiteral("oid"), QStringLiteral("_rowid_") };
    if (table->withoutRowid || !schema::containsIdentifier(rowid, name))
        return {};
    const QStringList pk = table->primaryKey();
    if (pk.size() == 1
        && table->column(pk.first())->declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
        return pk.first();
    return QStringLiteral("rowid");
}

int ShapeBuilder::columnAt(int i, const Scope& scope, ColumnRef* out) const
{
    if (!m_t.isIdentifier(i) || m_t.punct(i + 1, u'('))
        return 0;
    if (m_t.punct(i + 1, u'.') && m_t.isIdentifier(i + 2)) {
        const QString qualifier = m_t.identifier(i);
        const QString name = m_t.identifier(i + 2);
        for (const Scope* s = &scope; s; s = s->parent) {
            for (int a : s->tables) {
                if (schema::sameIdentifier(m_shape.tables.at(a).label(), qualifier)) {
                    *out = ColumnRef { a, columnOf(a, name) };
                    if (out->column.isEmpty())
                        out->access = -1;
                    return 3;
                }
            }
        }
        *out = ColumnRef { -1, name };
        return 3;
    }
    const QString name = m_t.identifier(i);
    for (const Scope* s = &scope; s; s = s->parent) {
        for (int a : s->tables) {
            const QString column = columnOf(a, name);
            if (!column.isEmpty()) {
                *out = ColumnRef { a, column };
                return 1;
            }
        }
    }
    return 0;
}

bool ShapeBuilder::simpleColumn(int b, int e, const Scope& scope, ColumnRef* out) const
{
    const int n = columnAt(b, scope, out);
    if (n == 0)
        return false;
    int j = b + n;
    if (m_t.word(j, "COLLATE"))
        j += 2;
    return j == e;
}

bool ShapeBuilder::refersTo(int b, int e, const Scope& scope, int access) const
{
    for (int i = b; i < e;) {
        if (m_t.punct(i, u'(') && m_t.isStatementStart(i + 1)) {
            i = m_t.closing(i) + 1;
            continue;
        }
        ColumnRef ref;
        const int n = columnAt(i, scope, &ref);
        if (n > 0 && ref.access == access)
            return true;
        i += std::max(1, n);
    }
    return false;
}

void ShapeBuilder::mention(const ColumnRef& ref)
{
    if (ref.access < 0 || ref.column.isEmpty())
        return;
    QStringList& columns = m_shape.tables[ref.access].columns;
    if (!columns.contains(ref.column))
        columns << ref.column;
}

void ShapeBuilder::assignRoles(int b, int e, ParameterRole role, const ColumnRef& ref)
{
    for (int i = b; i < e; ++i) {
        if (m_t.punct(i, u'(') && m_t.isStatementStart(i + 1)) {
            i = m_t.closing(i);
            continue;
        }
        auto it = m_params.find(m_t.parameter(i));
        if (it == m_params.end() || it->role != ParameterRole::Unknown)
            continue;
        it->role = role;
        if (ref.access >= 0) {
            it->table = m_shape.tables.at(ref.access).table;
            it->column = ref.column;
        }
    }
}

void ShapeBuilder::assignInsertValue(int i, const QString& table, const QString& column)
{
    auto it = m_params.find(m_t.parameter(i));
    if (it == m_params.end() || it->role != ParameterRole::Unknown)
        return;
    it->role = ParameterRole::InsertValue;
    it->table = table;
    it->column = column;
}

void ShapeBuilder::mentions(int b, int e, const Scope& scope)
{
    for (int i = b; i < e;) {
        if (m_t.punct(i, u'(') && m_t.isStatementStart(i + 1)) {
            subquery(i + 1, std::min(m_t.closing(i), e), &scope);
            i = m_t.closing(i) + 1;
            continue;
        }
        if (m_t.isIdentifier(i) && m_t.punct(i + 1, u'.') && m_t.op(i + 2, QLatin1StringView("*"))) {
            for (int a : scope.tables) {
                if (schema::sameIdentifier(m_shape.tables.at(a).label(), m_t.identifier(i)))
                    m_shape.tables[a].allColumns = true;
            }
            i += 3;
            continue;
        }
        // A star where a result column starts is "every column"; elsewhere it multiplies.
        if (m_t.op(i, QLatin1StringView("*"))
            && (i == b || m_t.punct(i - 1, u',') || m_t.word(i - 1, "SELECT") || m_t.word(i - 1, "DISTINCT")
                || m_t.word(i - 1, "ALL"))) {
            for (int a : scope.tables)
                m_shape.tables[a].allColumns = true;
            ++i;
            continue;
        }
        ColumnRef ref;
        const int n = columnAt(i, scope, &ref);
        if (n > 0)
            mention(ref);
        i += std::max(1, n);
    }
}

int ShapeBuilder::tableName(int i, int e, Scope& scope, int* access)
{
    QString name = m_t.identifier(i);
    ++i;
    if (m_t.punct(i, u'.') && m_t.isIdentifier(i + 1)) {
        name = m_t.identifier(i + 1);
        i += 2;
    }
    if (m_t.punct(i, u'(')) { // a table-valued function's arguments
        mentions(i + 1, std::min(m_t.closing(i), e), scope);
        i = m_t.closing(i) + 1;
    }
    QString alias;
    if (m_t.word(i, "AS") && i + 1 < e) {
        alias = m_t.identifier(i + 1);
        i += 2;
    } else if (i < e && m_t.at(i).isName() && !m_t.isClauseWord(i)) {
        alias = m_t.identifier(i);
        ++i;
    }
    *access = -1;
    const bool isCte
        = std::any_of(m_ctes.begin(), m_ctes.end(), [&](const QString& c) { return schema::sameIdentifier(c, name); });
    if (const schema::Table* table = isCte ? nullptr : m_schema.table(name)) {
        TableAccess a;
        a.table = table->name;
        a.alias = alias;
        m_shape.tables << a;
        *access = int(m_shape.tables.size() - 1);
        scope.tables << *access;
    }
    if (m_t.word(i, "INDEXED"))
        i += 3;
    else if (m_t.word(i, "NOT") && m_t.word(i + 1, "INDEXED"))
        i += 2;
    return i;
}

bool ShapeBuilder::joinBoundary(int i) const
{
    return m_t.punct(i, u',') || m_t.word(i, "JOIN") || m_t.word(i, "NATURAL") || m_t.word(i, "LEFT")
        || m_t.word(i, "RIGHT") || m_t.word(i, "FULL") || m_t.word(i, "INNER") || m_t.word(i, "CROSS");
}

void ShapeBuilder::fromClause(int b, int e, Scope& scope, QList<std::pair<int, int>>* onTerms)
{
    int previous = -1;
    for (int i = b; i < e;) {
        while (i < e && (joinBoundary(i) || m_t.word(i, "OUTER")))
            ++i;
        if (i >= e)
            break;
        int access = -1;
        if (m_t.punct(i, u'(')) {
            const int close = std::min(m_t.closing(i), e);
            if (m_t.isStatementStart(i + 1))
                subquery(i + 1, close, scope.parent);
            else
                fromClause(i + 1, close, scope, onTerms);
            i = close + 1;
            if (m_t.word(i, "AS"))
                i += 2;
            else if (i < e && m_t.at(i).isName() && !m_t.isClauseWord(i))
                ++i;
        } else if (m_t.isIdentifier(i) || m_t.at(i).kind == Kind::String) {
            i = tableName(i, e, scope, &access);
        } else {
            ++i;
            continue;
        }
        if (m_t.word(i, "ON")) {
            const int start = ++i;
            while (i < e && !joinBoundary(i))
                i = m_t.next(i);
            onTerms->append({ start, std::min(i, e) });
        } else if (m_t.word(i, "USING") && m_t.punct(i + 1, u'(')) {
            const int close = std::min(m_t.closing(i + 1), e);
            for (int c = i + 2; c < close; ++c) {
                for (int a : { access, previous }) {
                    const QString column = a >= 0 && m_t.isIdentifier(c) ? columnOf(a, m_t.identifier(c)) : QString();
                    if (!column.isEmpty())
                        addConstraint(ColumnRef { a, column }, Op::Equality, true);
                }
            }
            i = close + 1;
        }
        if (access >= 0)
            previous = access;
    }
}

void ShapeBuilder::addConstraint(const ColumnRef& ref, Op kind, bool join)
{
    if (ref.access < 0 || ref.column.isEmpty())
        return;
    TableAccess& a = m_shape.tables[ref.access];
    if (kind == Op::Equality) {
        if (!a.equality.contains(ref.column))
            a.equality << ref.column;
        if (join && !a.joinEquality.contains(ref.column))
            a.joinEquality << ref.column;
    } else if (kind == Op::Range && !a.range.contains(ref.column)) {
        a.range << ref.column;
    }
    mention(ref);
}

void ShapeBuilder::conjuncts(int b, int e, const Scope& scope)
{
    int start = b;
    bool between = false; // the AND of "x BETWEEN a AND b" joins no terms
    for (int i = b; i < e; i = m_t.next(i)) {
        if (m_t.word(i, "BETWEEN")) {
            between = true;
        } else if (m_t.word(i, "AND")) {
            if (between) {
                between = false;
            } else {
                term(start, i, scope);
                start = i + 1;
            }
        }
    }
    term(start, e, scope);
}

void ShapeBuilder::term(int b, int e, const Scope& scope)
{
    if (b >= e)
        return;
    if (m_t.punct(b, u'(') && m_t.closing(b) == e - 1 && !m_t.isStatementStart(b + 1)) {
        conjuncts(b + 1, e - 1, scope);
        return;
    }
    static const QStringList comparisons = { QStringLiteral("="), QStringLiteral("=="), QStringLiteral("<"),
        QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">="), QStringLiteral("!="), QStringLiteral("<>") };
    int at = -1;
    for (int i = b; i < e && at < 0; i = m_t.next(i)) {
        if (m_t.word(i, "OR")) { // an OR constrains no single index (at best a MULTI-INDEX OR)
            mentions(b, e, scope);
            return;
        }
        const SqlToken& t = m_t.at(i);
        if ((t.kind == Kind::Punctuation && comparisons.contains(t.text)) || m_t.word(i, "IS") || m_t.word(i, "IN")
            || m_t.word(i, "BETWEEN") || m_t.word(i, "LIKE") || m_t.word(i, "GLOB") || m_t.word(i, "MATCH")
            || m_t.word(i, "REGEXP") || m_t.word(i, "NOT"))
            at = i;
    }
    if (at < 0) {
        mentions(b, e, scope);
        return;
    }
    const QString text = m_t.at(at).text;
    Op kind = Op::None;
    bool symmetric = false; // "a = b" constrains either side; "a IN (…)" only the left
    if (text == QLatin1String("=") || text == QLatin1String("==")) {
        kind = Op::Equality;
        symmetric = true;
    } else if (text == QLatin1String("<") || text == QLatin1String("<=") || text == QLatin1String(">")
        || text == QLatin1String(">=")) {
        kind = Op::Range;
        symmetric = true;
    } else if (m_t.word(at, "IS")) {
        kind = m_t.word(at + 1, "NOT") ? Op::None : Op::Equality; // "IS NULL" seeks NULL keys like "= ?" seeks others
        symmetric = true;
    } else if (m_t.word(at, "IN")) {
        kind = Op::Equality;
    } else if (m_t.word(at, "BETWEEN")) {
        kind = Op::Range;
    } else if (m_t.word(at, "LIKE") || m_t.word(at, "GLOB")) {
        kind = Op::Pattern;
    }
    if (kind != Op::None) {
        const int rhs = at + 1;
        const ParameterRole role = kind == Op::Equality ? ParameterRole::Equality
            : kind == Op::Range                         ? ParameterRole::Range
                                                        : ParameterRole::Pattern;
        ColumnRef left, right;
        const bool leftIsColumn = simpleColumn(b, at, scope, &left);
        const bool rightIsColumn = simpleColumn(rhs, e, scope, &right);
        // Only this query's own tables take constraints: a correlated subquery's "inner.x = outer.y"
        // is checked inside the subquery, once per outer row, and seeks nothing in the outer loop.
        auto local = [&scope](int access) { return scope.tables.contains(access); };
        if (leftIsColumn && local(left.access) && !refersTo(rhs, e, scope, left.access)) {
            if (kind != Op::Pattern)
                addConstraint(left, kind, rightIsColumn);
            assignRoles(rhs, e, role, left);
        }
        if (symmetric && rightIsColumn && local(right.access) && !refersTo(b, at, scope, right.access)) {
            addConstraint(right, kind, leftIsColumn);
            assignRoles(b, at, role, right);
        }
    }
    mentions(b, e, scope);
}

void ShapeBuilder::orderTerms(int b, int e, const Scope& scope, bool applies, bool fromGroupBy)
{
    QList<OrderTerm> terms;
    int access = -1;
    bool usable = true;
    int start = b;
    for (int i = b; i <= e; i = i < e ? m_t.next(i) : e + 1) {
        if (i < e && !m_t.punct(i, u','))
            continue;
        const int end = std::min(i, e);
        ColumnRef ref;
        const int n = columnAt(start, scope, &ref);
        int j = start + n;
        OrderTerm t { ref.column, false, {} };
        if (m_t.word(j, "COLLATE")) {
            t.collation = m_t.identifier(j + 1);
            j += 2;
        }
        if (m_t.word(j, "ASC")) {
            ++j;
        } else if (m_t.word(j, "DESC")) {
            t.descending = true;
            ++j;
        }
        if (m_t.word(j, "NULLS"))
            j += 2;
        if (n == 0 || ref.access < 0 || j != end || (access >= 0 && access != ref.access))
            usable = false;
        access = ref.access;
        terms << t;
        start = i + 1;
    }
    mentions(b, e, scope);
    if (!applies || !usable || access < 0 || terms.isEmpty())
        return;
    TableAccess& a = m_shape.tables[access];
    a.order = terms;
    a.orderFromGroupBy = fromGroupBy;
}

void ShapeBuilder::limitClause(int b, int e, const Scope& scope)
{
    int split = -1;
    bool commaForm = false;
    for (int i = b; i < e; i = m_t.next(i)) {
        if (m_t.word(i, "OFFSET") || m_t.punct(i, u',')) {
            split = i;
            commaForm = m_t.punct(i, u',');
            break;
        }
    }
    // "LIMIT offset, count" puts the offset first.
    assignRoles(b, split < 0 ? e : split, commaForm ? ParameterRole::Offset : ParameterRole::Limit, {});
    if (split >= 0)
        assignRoles(split + 1, e, commaForm ? ParameterRole::Limit : ParameterRole::Offset, {});
    mentions(b, e, scope);
}

} // namespace godwit::queries
