// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "query.h"

#include <QList>
#include <QString>

namespace godwit::queries {

// The query list of a project: typed in, read from a `.sql` file with one query per statement
// and `-- name:` / `-- weight:` / `-- kind:` comments before each, or captured from the
// rehearsal workload through add().
class QueryList final {
public:
    QueryList() = default;

    // Splits `text` into statements with the SQL tokenizer, so a `;` inside a string, quoted
    // name or comment never ends a query. Errors carry fileName:line:col.
    [[nodiscard]] static Result<QueryList> parse(const QString& text, const QString& fileName = {});
    [[nodiscard]] static Result<QueryList> readFile(const QString& path);
    // The bundled orders sample's list (resources/samples/orders/queries.sql).
    [[nodiscard]] static Result<QueryList> ordersSample();
    [[nodiscard]] static QString ordersSampleFileName() { return QStringLiteral("queries.sql"); }

    // Read or write, from the statement's first keyword (after any WITH clause).
    [[nodiscard]] static QueryKind kindOf(QStringView sql);

    // Appends `query`; a name is simplified and its control characters escaped as in a comment
    // line, an empty name becomes "query N" and a name already taken gets " (2)", " (3)"…
    // so names identify queries in reports. Returns the name used.
    QString add(Query query);
    void removeAt(qsizetype index);
    void clear() { m_queries.clear(); }

    [[nodiscard]] const QList<Query>& queries() const { return m_queries; }
    [[nodiscard]] qsizetype size() const { return m_queries.size(); }
    [[nodiscard]] bool isEmpty() const { return m_queries.isEmpty(); }
    [[nodiscard]] const Query& at(qsizetype index) const { return m_queries.at(index); }
    [[nodiscard]] const Query* find(QStringView name) const;
    // The query's share of all traffic (0..1): percent weights as given, per-minute weights
    // relative to the sum of per-minute weights left after the percentages.
    [[nodiscard]] double share(qsizetype index) const;

    // The list in the file format parse() reads; parse(toSql()) gives the same list back.
    [[nodiscard]] QString toSql() const;

    auto begin() const { return m_queries.begin(); }
    auto end() const { return m_queries.end(); }

    bool operator==(const QueryList&) const = default;

private:
    QList<Query> m_queries;
};

} // namespace godwit::queries
