// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::postgres {

// The rows of one query in text form, copied out of the PGresult so no libpq type leaks past
// model/postgres. A NULL reads as an empty string; isNull() tells them apart.
class QueryResult final {
public:
    // One row, as Connection::forEachRow hands it over: the same accessors without the row index.
    class Row final {
    public:
        Row(const QueryResult& result, qsizetype row)
            : m_result(result)
            , m_row(row)
        {
        }
        [[nodiscard]] QString text(qsizetype column) const { return m_result.text(m_row, column); }
        [[nodiscard]] bool isNull(qsizetype column) const { return m_result.isNull(m_row, column); }
        [[nodiscard]] bool boolean(qsizetype column) const { return m_result.boolean(m_row, column); }
        [[nodiscard]] qint64 integer(qsizetype column) const { return m_result.integer(m_row, column); }
        [[nodiscard]] QStringList stringList(qsizetype column) const { return m_result.stringList(m_row, column); }

    private:
        const QueryResult& m_result;
        qsizetype m_row;
    };

    QueryResult() = default;
    QueryResult(QStringList columns, QList<QStringList> rows, QList<QList<bool>> nulls);

    [[nodiscard]] qsizetype rowCount() const { return m_rows.size(); }
    [[nodiscard]] const QStringList& columns() const { return m_columns; }
    [[nodiscard]] QString text(qsizetype row, qsizetype column) const { return m_rows.at(row).at(column); }
    [[nodiscard]] bool isNull(qsizetype row, qsizetype column) const { return m_nulls.at(row).at(column); }
    // PostgreSQL's text form of a boolean is "t" or "f".
    [[nodiscard]] bool boolean(qsizetype row, qsizetype column) const
    {
        return text(row, column) == QLatin1String("t");
    }
    [[nodiscard]] qint64 integer(qsizetype row, qsizetype column) const { return text(row, column).toLongLong(); }
    // A json/jsonb array of strings in the text form (how the catalog queries return name lists).
    [[nodiscard]] QStringList stringList(qsizetype row, qsizetype column) const;

private:
    QStringList m_columns;
    QList<QStringList> m_rows;
    QList<QList<bool>> m_nulls;
};

} // namespace godwit::postgres
