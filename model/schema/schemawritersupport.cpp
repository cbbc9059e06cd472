// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemawritersupport.h"

#include "identifier.h"

#include <algorithm>

namespace godwit::schema {

namespace {

    bool containsName(const QStringList& names, QStringView name)
    {
        return std::ranges::any_of(names, [&](const QString& n) { return sameIdentifier(n, name); });
    }

    bool allIn(const QStringList& names, const QStringList& set)
    {
        return !names.isEmpty() && std::ranges::all_of(names, [&](const QString& n) { return containsName(set, n); });
    }

    // Every column set the child guarantees unique: the PRIMARY KEY, UNIQUE constraints and
    // unique indexes that are neither partial nor on expressions.
    QList<QStringList> uniqueKeys(const Table& table)
    {
        QList<QStringList> keys;
        if (const QStringList pk = table.primaryKey(); !pk.isEmpty())
            keys.append(pk);
        for (const UniqueConstraint& u : table.uniques)
            keys.append(u.columns);
        for (const Index& index : table.indexes) {
            if (!index.unique || index.isPartial())
                continue;
            QStringList columns;
            for (const IndexPart& part : index.parts) {
                if (part.isExpression()) {
                    columns.clear();
                    break;
                }
                columns.append(part.column);
            }
            if (!columns.isEmpty())
                keys.append(columns);
        }
        return keys;
    }

} // namespace

SchemaWriterSupport::Relationship SchemaWriterSupport::relationship(const Table& child, const ForeignKey& foreignKey)
{
    Relationship r;
    r.parentRequired
        = !foreignKey.columns.isEmpty() && std::ranges::all_of(foreignKey.columns, [&](const QString& name) {
              const Column* column = child.column(name);
              return column && isNeverNull(child, *column);
          });
    // A unique key inside the FK columns means no two child rows can share one parent row.
    const QList<QStringList> keys = uniqueKeys(child);
    r.childUnique = std::ranges::any_of(keys, [&](const QStringList& key) { return allIn(key, foreignKey.columns); });
    r.identifying = allIn(foreignKey.columns, child.primaryKey());
    return r;
}

bool SchemaWriterSupport::isNeverNull(const Table& table, const Column& column)
{
    if (column.notNull)
        return true;
    if (!column.isPrimaryKey())
        return false;
    // PRIMARY KEY columns of WITHOUT ROWID tables are NOT NULL (withoutrowid.html §2), and an
    // INTEGER PRIMARY KEY is the rowid itself (lang_createtable.html#rowid).
    if (table.withoutRowid)
        return true;
    return !table.isVirtual && table.primaryKey().size() == 1
        && column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
}

QStringList SchemaWriterSupport::columnMarkers(const Table& table, const Column& column)
{
    QStringList markers;
    if (column.isPrimaryKey())
        markers.append(QStringLiteral("PK"));
    if (column.notNull)
        markers.append(QStringLiteral("NN"));
    const QStringList pk = table.primaryKey();
    const bool solePrimaryKey = pk.size() == 1 && sameIdentifier(pk.front(), column.name);
    if (!solePrimaryKey && table.isUniqueColumn(column.name))
        markers.append(QStringLiteral("UQ"));
    if (table.isForeignKeyColumn(column.name))
        markers.append(QStringLiteral("FK"));
    return markers;
}

QStringList SchemaWriterSupport::parentColumns(const Schema& schema, const ForeignKey& foreignKey)
{
    if (std::ranges::none_of(foreignKey.parentColumns, &QString::isEmpty) && !foreignKey.parentColumns.isEmpty())
        return foreignKey.parentColumns;
    const Table* parent = schema.table(foreignKey.parentTable);
    if (!parent)
        return {};
    const QStringList pk = parent->primaryKey();
    if (pk.size() != foreignKey.columns.size())
        return {};
    QStringList out = foreignKey.parentColumns;
    out.resize(pk.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].isEmpty())
            out[i] = pk[i];
    }
    return out;
}

QString SchemaWriterSupport::oneLine(QStringView text)
{
    QStringList parts;
    for (QStringView line : text.tokenize(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed.toString());
    }
    QString out = parts.join(QLatin1Char(' '));
    for (QChar& c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            c = QLatin1Char(' ');
    }
    return out;
}

QString SchemaWriterSupport::uniqueName(const QString& base, QSet<QString>* taken)
{
    QString candidate = base;
    for (int n = 2; taken->contains(identifierKey(candidate)); ++n)
        candidate = base + QLatin1Char('_') + QString::number(n);
    taken->insert(identifierKey(candidate));
    return candidate;
}

} // namespace godwit::schema
