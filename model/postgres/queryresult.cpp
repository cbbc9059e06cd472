// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryresult.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace godwit::postgres {

QueryResult::QueryResult(QStringList columns, QList<QStringList> rows, QList<QList<bool>> nulls)
    : m_columns(std::move(columns))
    , m_rows(std::move(rows))
    , m_nulls(std::move(nulls))
{
}

QStringList QueryResult::stringList(qsizetype row, qsizetype column) const
{
    QStringList out;
    if (isNull(row, column))
        return out;
    const QJsonArray array = QJsonDocument::fromJson(text(row, column).toUtf8()).array();
    for (const QJsonValue& v : array)
        out << v.toString();
    return out;
}

} // namespace godwit::postgres
