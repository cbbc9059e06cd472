// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowset.h"

#include "database.h"

namespace godwit::sqlite {

namespace {

    QString valueText(const QVariant& v)
    {
        if (v.isNull())
            return QStringLiteral("NULL");
        if (v.typeId() == QMetaType::QByteArray)
            return QStringLiteral("x'%1'").arg(QString::fromLatin1(v.toByteArray().left(20).toHex()));
        return v.toString().left(40);
    }

} // namespace

QString RowSet::rowText(qsizetype row) const
{
    QStringList parts;
    const QVariantList& values = rows.at(row);
    for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i)
        parts << QStringLiteral("%1=%2").arg(columns.at(i), valueText(values.at(i)));
    return parts.join(QStringLiteral(", "));
}

QStringList RowSet::rowTexts() const
{
    QStringList out;
    for (qsizetype i = 0; i < rows.size(); ++i)
        out << rowText(i);
    return out;
}

Result<RowSet> RowSet::read(const Database& db, const QString& sql, qsizetype limit, const QVariantList& params)
{
    auto st = db.prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    for (int i = 0; i < params.size(); ++i) {
        if (auto r = st->bind(i + 1, params.at(i)); !r)
            return std::unexpected(r.error());
    }
    RowSet out;
    for (int c = 0; c < st->columnCount(); ++c)
        out.columns << st->columnName(c);
    while (true) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        if (out.rows.size() >= limit) {
            out.truncated = true;
            break;
        }
        QVariantList values;
        values.reserve(st->columnCount());
        for (int c = 0; c < st->columnCount(); ++c)
            values << st->value(c);
        out.rows << std::move(values);
    }
    return out;
}

} // namespace godwit::sqlite
