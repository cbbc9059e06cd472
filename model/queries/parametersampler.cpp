// SPDX-License-Identifier: GPL-3.0-or-later
#include "parametersampler.h"

#include "schema/identifier.h"
#include "schema/schema.h"
#include "sqlite/database.h"

namespace godwit::queries {

namespace {

    using schema::quoteIdentifier;

    constexpr qint64 OffsetRange = 1000; // sample among the first rows: cheap to reach on any table
    constexpr int DefaultLimit = 20;

    // FNV-1a: a hash that is the same in every process (qHash is seeded per process).
    quint64 stableHash(const QString& text)
    {
        quint64 h = 1469598103934665603ULL;
        for (const QChar c : text) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        return h;
    }

    bool isInUniqueIndex(const schema::Table& table, const QString& column)
    {
        for (const schema::Index& index : table.indexes) {
            if (!index.unique || index.isPartial())
                continue;
            for (const schema::IndexPart& part : index.parts) {
                if (schema::sameIdentifier(part.column, column))
                    return true;
            }
        }
        return table.isUniqueColumn(column);
    }

    bool isRowidAlias(const schema::Table& table, const QString& column)
    {
        const QStringList pk = table.primaryKey();
        const schema::Column* c = table.column(column);
        return !table.withoutRowid && pk.size() == 1 && c && c->name == pk.first()
            && c->declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
    }

    QVariant existingValue(const sqlite::Database& data, const QString& table, const QString& column, int parameter)
    {
        const QString t = quoteIdentifier(table);
        const QString c = quoteIdentifier(column);
        auto available
            = data.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 IS NOT NULL LIMIT %3)")
                              .arg(t, c)
                              .arg(OffsetRange));
        if (!available || available->toLongLong() == 0)
            return {};
        const qint64 offset = qint64(stableHash(table + QLatin1Char('.') + column + QString::number(parameter))
            % quint64(available->toLongLong()));
        auto value = data.scalar(
            QStringLiteral("SELECT %2 FROM %1 WHERE %2 IS NOT NULL LIMIT 1 OFFSET ?1").arg(t, c), { offset });
        return value ? *value : QVariant();
    }

    // A value no row has yet, for a column a UNIQUE index or the primary key guards.
    QVariant freshValue(const sqlite::Database& data, const schema::Table& table, const QString& column, int parameter)
    {
        const schema::Column* c = table.column(column);
        if (c
            && (c->affinity == schema::Affinity::Integer || c->affinity == schema::Affinity::Real
                || c->affinity == schema::Affinity::Numeric)) {
            auto next = data.scalar(QStringLiteral("SELECT coalesce(max(%2), 0) + 1 FROM %1")
                                        .arg(quoteIdentifier(table.name), quoteIdentifier(column)));
            return next ? *next : QVariant();
        }
        const QVariant existing = existingValue(data, table.name, column, parameter);
        return existing.isValid() ? QVariant(existing.toString() + QStringLiteral("-godwit"))
                                  : QVariant(QStringLiteral("godwit-%1").arg(parameter));
    }

} // namespace

QVariantList ParameterSampler::sample(
    const sqlite::Database& data, const QueryShape& shape, const schema::Schema& schema)
{
    int count = 0;
    for (const ParameterUse& p : shape.parameters)
        count = std::max(count, p.index);
    QVariantList values(count);
    for (const ParameterUse& p : shape.parameters) {
        QVariant& value = values[p.index - 1];
        const schema::Table* table = p.table.isEmpty() ? nullptr : schema.table(p.table);
        switch (p.role) {
        case ParameterRole::Limit:
            value = DefaultLimit;
            break;
        case ParameterRole::Offset:
            value = 0;
            break;
        case ParameterRole::Unknown:
            break;
        case ParameterRole::Assignment:
        case ParameterRole::InsertValue:
            if (!table)
                break;
            // An INTEGER PRIMARY KEY left NULL takes the next rowid, as an application's INSERT would.
            if (p.role == ParameterRole::InsertValue && isRowidAlias(*table, p.column))
                break;
            if (isInUniqueIndex(*table, p.column)) {
                value = freshValue(data, *table, p.column, p.index);
                break;
            }
            value = existingValue(data, table->name, p.column, p.index);
            break;
        case ParameterRole::Equality:
        case ParameterRole::Range:
        case ParameterRole::Pattern:
            if (table)
                value = existingValue(data, table->name, p.column, p.index);
            break;
        }
    }
    return values;
}

} // namespace godwit::queries
