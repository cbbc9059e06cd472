// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryshape.h"
#include "tokencursor.h"

#include <functional>

#include <QMap>

namespace godwit::schema {
struct Schema;
struct Table;
}

namespace godwit::queries {

// The expression-level half of QueryAnalyzer: resolves column references against the tables in
// scope and records constraints, ordering, mentions and parameter roles into a QueryShape.
// Token ranges are half-open [b, e) indexes into the statement's TokenCursor.
class ShapeBuilder final {
public:
    // The tables one SELECT (or UPDATE/DELETE) can see, and the enclosing query's for correlation.
    struct Scope {
        QList<int> tables; // indexes into the shape's tables
        const Scope* parent = nullptr;
    };
    struct ColumnRef {
        int access = -1; // -1: a column of something the shape does not track (a subquery alias)
        QString column;
    };
    enum class Op { None, Equality, Range, Pattern };
    // Reads a nested statement in [b, e) (a subquery); set by QueryAnalyzer.
    using StatementReader = std::function<void(int b, int e, const Scope* parent)>;

    ShapeBuilder(const QString& sql, const schema::Schema& schema);

    [[nodiscard]] const TokenCursor& tokens() const { return m_t; }
    void setStatementReader(StatementReader reader) { m_statement = std::move(reader); }
    [[nodiscard]] QueryShape result() const;

    void addCte(const QString& name) { m_ctes << name; }
    void setWriteTable(const QString& table) { m_shape.writeTable = table; }
    void setInsertColumns(const QStringList& columns) { m_shape.insertColumns = columns; }
    [[nodiscard]] const TableAccess& access(int index) const { return m_shape.tables.at(index); }

    // The schema's spelling of `name` as a column of the access's table ("rowid" and its
    // aliases name the INTEGER PRIMARY KEY column when there is one); empty when it is none.
    [[nodiscard]] QString columnOf(int access, const QString& name) const;
    // Resolves `name` or `qualifier.name` at `i`; returns the tokens it spans, 0 when it is not
    // a column of any table in scope (a function, keyword, result alias).
    [[nodiscard]] int columnAt(int i, const Scope& scope, ColumnRef* out) const;

    // Registers the table named at `i` (`name` or `schema.name`, optional alias, INDEXED BY)
    // in `scope`; returns the index after it. *access is -1 for CTEs, views and unknown names.
    int tableName(int i, int e, Scope& scope, int* access);
    // A FROM clause; ON conditions are returned so they are read once every table is known.
    void fromClause(int b, int e, Scope& scope, QList<std::pair<int, int>>* onTerms);
    // WHERE / ON: AND-ed terms, each a possible index constraint.
    void conjuncts(int b, int e, const Scope& scope);
    void orderTerms(int b, int e, const Scope& scope, bool applies, bool fromGroupBy);
    void limitClause(int b, int e, const Scope& scope);
    // Column mentions, stars and subqueries of any expression or list.
    void mentions(int b, int e, const Scope& scope);
    void mention(const ColumnRef& ref);
    void assignRoles(int b, int e, ParameterRole role, const ColumnRef& ref);
    // The parameter at `i`, when it is the whole value of an INSERT's column.
    void assignInsertValue(int i, const QString& table, const QString& column);

private:
    [[nodiscard]] const schema::Table* tableOf(int access) const;
    [[nodiscard]] bool simpleColumn(int b, int e, const Scope& scope, ColumnRef* out) const;
    [[nodiscard]] bool refersTo(int b, int e, const Scope& scope, int access) const;
    [[nodiscard]] bool joinBoundary(int i) const;
    void term(int b, int e, const Scope& scope);
    void addConstraint(const ColumnRef& ref, Op kind, bool join);
    void subquery(int b, int e, const Scope* parent);

    TokenCursor m_t;
    const schema::Schema& m_schema;
    QMap<int, ParameterUse> m_params;
    QStringList m_ctes;
    QueryShape m_shape;
    StatementReader m_statement;
};

} // namespace godwit::queries
