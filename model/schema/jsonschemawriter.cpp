// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonschemawriter.h"

#include <algorithm>

#include <QJsonArray>

namespace godwit::schema {

namespace {

    // Format version: bump when a key changes meaning or disappears (adding keys does not).
    constexpr int formatVersion = 1;

    QJsonValue optionalText(const QString& text)
    {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }

    QJsonArray names(const QStringList& list)
    {
        QJsonArray out;
        for (const QString& s : list)
            out.append(s);
        return out;
    }

    QJsonObject columnJson(const Column& column)
    {
        QJsonObject generated;
        if (column.isGenerated()) {
            generated.insert(QLatin1String("expression"), column.generatedExpression);
            generated.insert(QLatin1String("stored"), column.generated == Generated::Stored);
        }
        return {
            { QLatin1String("name"), column.name },
            { QLatin1String("type"), optionalText(column.declaredType) },
            { QLatin1String("affinity"), affinityName(column.affinity) },
            { QLatin1String("notNull"), column.notNull },
            { QLatin1String("default"),
                column.hasDefault ? QJsonValue(column.defaultValue) : QJsonValue(QJsonValue::Null) },
            { QLatin1String("primaryKeyPosition"), column.primaryKeyPosition },
            { QLatin1String("autoIncrement"), column.autoIncrement },
            { QLatin1String("collation"), optionalText(column.collation) },
            { QLatin1String("generated"), column.isGenerated() ? QJsonValue(generated) : QJsonValue(QJsonValue::Null) },
            { QLatin1String("hidden"), column.hidden },
        };
    }

    QString originName(IndexOrigin origin)
    {
        switch (origin) {
        case IndexOrigin::CreateIndex:
            return QStringLiteral("index");
        case IndexOrigin::PrimaryKey:
            return QStringLiteral("primaryKey");
        case IndexOrigin::Unique:
            return QStringLiteral("unique");
        }
        return {};
    }

    QJsonObject indexJson(const Index& index)
    {
        QJsonArray parts;
        for (const IndexPart& part : index.parts) {
            parts.append(QJsonObject {
                { QLatin1String("column"), optionalText(part.column) },
                { QLatin1String("expression"),
                    part.isExpression() ? QJsonValue(part.expression) : QJsonValue(QJsonValue::Null) },
                { QLatin1String("descending"), part.descending },
                { QLatin1String("collation"), optionalText(part.collation) },
            });
        }
        return {
            { QLatin1String("name"), index.name },
            { QLatin1String("table"), index.table },
            { QLatin1String("unique"), index.unique },
            { QLatin1String("origin"), originName(index.origin) },
            { QLatin1String("parts"), parts },
            { QLatin1String("where"), optionalText(index.where) },
            { QLatin1String("sql"), optionalText(index.sql) },
        };
    }

    QJsonObject foreignKeyJson(const ForeignKey& fk)
    {
        QJsonArray parentColumns;
        for (const QString& c : fk.parentColumns)
            parentColumns.append(optionalText(c));
        return {
            { QLatin1String("id"), fk.id },
            { QLatin1String("columns"), names(fk.columns) },
            { QLatin1String("parentTable"), fk.parentTable },
            { QLatin1String("parentColumns"), parentColumns },
            { QLatin1String("onDelete"), foreignKeyActionSql(fk.onDelete) },
            { QLatin1String("onUpdate"), foreignKeyActionSql(fk.onUpdate) },
            { QLatin1String("deferrable"), fk.deferrable },
            { QLatin1String("initiallyDeferred"), fk.initiallyDeferred },
        };
    }

    QJsonObject tableJson(const Table& table)
    {
        QJsonArray columns, indexes, foreignKeys, checks, uniques;
        for (const Column& c : table.columns)
            columns.append(columnJson(c));
        for (const Index& i : table.indexes)
            indexes.append(indexJson(i));
        for (const ForeignKey& fk : table.foreignKeys)
            foreignKeys.append(foreignKeyJson(fk));
        for (const CheckConstraint& check : table.checks) {
            checks.append(QJsonObject {
                { QLatin1String("name"), optionalText(check.name) },
                { QLatin1String("column"), optionalText(check.column) },
                { QLatin1String("expression"), check.expression },
            });
        }
        for (const UniqueConstraint& u : table.uniques)
            uniques.append(QJsonObject {
                { QLatin1String("name"), optionalText(u.name) }, { QLatin1String("columns"), names(u.columns) } });
        QJsonObject out {
            { QLatin1String("name"), table.name },
            { QLatin1String("strict"), table.strict },
            { QLatin1String("withoutRowid"), table.withoutRowid },
            { QLatin1String("virtual"), table.isVirtual },
            { QLatin1String("columns"), columns },
            { QLatin1String("indexes"), indexes },
            { QLatin1String("foreignKeys"), foreignKeys },
            { QLatin1String("checks"), checks },
            { QLatin1String("uniques"), uniques },
            { QLatin1String("sql"), table.sql },
        };
        if (table.rowCount) {
            out.insert(QLatin1String("rowCount"),
                QJsonObject { { QLatin1String("value"), table.rowCount->value },
                    { QLatin1String("exact"), table.rowCount->exact } });
        }
        return out;
    }

    // One list for every object: each object type uses a subset, and the subsets come out in
    // the order docs/json-format.md lists them. Unknown keys sort alphabetically after these.
    const QStringList& keyOrder()
    {
        static const QStringList order {
            QStringLiteral("format"),
            QStringLiteral("version"),
            QStringLiteral("source"),
            QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("table"),
            QStringLiteral("type"),
            QStringLiteral("affinity"),
            QStringLiteral("notNull"),
            QStringLiteral("default"),
            QStringLiteral("primaryKeyPosition"),
            QStringLiteral("autoIncrement"),
            QStringLiteral("column"),
            QStringLiteral("expression"),
            QStringLiteral("descending"),
            QStringLiteral("collation"),
            QStringLiteral("stored"),
            QStringLiteral("generated"),
            QStringLiteral("hidden"),
            QStringLiteral("unique"),
            QStringLiteral("origin"),
            QStringLiteral("parts"),
            QStringLiteral("where"),
            QStringLiteral("timing"),
            QStringLiteral("event"),
            QStringLiteral("updateOf"),
            QStringLiteral("strict"),
            QStringLiteral("withoutRowid"),
            QStringLiteral("virtual"),
            QStringLiteral("rowCount"),
            QStringLiteral("value"),
            QStringLiteral("exact"),
            QStringLiteral("columns"),
            QStringLiteral("indexes"),
            QStringLiteral("foreignKeys"),
            QStringLiteral("checks"),
            QStringLiteral("uniques"),
            QStringLiteral("parentTable"),
            QStringLiteral("parentColumns"),
            QStringLiteral("onDelete"),
            QStringLiteral("onUpdate"),
            QStringLiteral("deferrable"),
            QStringLiteral("initiallyDeferred"),
            QStringLiteral("tables"),
            QStringLiteral("views"),
            QStringLiteral("triggers"),
            QStringLiteral("sql"),
        };
        return order;
    }

    QString quoted(QStringView text)
    {
        QString out;
        out.reserve(text.size() + 2);
        out += QLatin1Char('"');
        for (QChar c : text) {
            switch (c.unicode()) {
            case '"':
                out += QLatin1String("\\\"");
                break;
            case '\\':
                out += QLatin1String("\\\\");
                break;
            case '\b':
                out += QLatin1String("\\b");
                break;
            case '\f':
                out += QLatin1String("\\f");
                break;
            case '\n':
                out += QLatin1String("\\n");
                break;
            case '\r':
                out += QLatin1String("\\r");
                break;
            case '\t':
                out += QLatin1String("\\t");
                break;
            default:
                // U+2028/2029 are valid JSON but end a line for JavaScript and some line readers.
                if (c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                    out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    out += c;
            }
        }
        out += QLatin1Char('"');
        return out;
    }

    bool isScalar(const QJsonValue& v) { return !v.isArray() && !v.isObject(); }

    void writeValue(QString* out, const QJsonValue& value, int depth)
    {
        const QString indent(2 * (depth + 1), QLatin1Char(' '));
        const QString closing(2 * depth, QLatin1Char(' '));
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            *out += QLatin1String("null");
            break;
        case QJsonValue::Bool:
            *out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
            break;
        case QJsonValue::Double: {
            const double d = value.toDouble();
            const qint64 i = value.toInteger();
            *out += double(i) == d ? QString::number(i) : QString::number(d, 'g', 17);
            break;
        }
        case QJsonValue::String:
            *out += quoted(value.toString());
            break;
        case QJsonValue::Array: {
            const QJsonArray array = value.toArray();
            if (array.isEmpty()) {
                *out += QLatin1String("[]");
            } else if (std::ranges::all_of(array, isScalar)) {
                // Lists of names stay on one line: ["order_id", "item_id"].
                *out += QLatin1Char('[');
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (i > 0)
                        *out += QLatin1String(", ");
                    writeValue(out, array.at(i), depth + 1);
                }
                *out += QLatin1Char(']');
            } else {
                *out += QLatin1String("[\n");
                for (qsizetype i = 0; i < array.size(); ++i) {
                    *out += indent;
                    writeValue(out, array.at(i), depth + 1);
                    *out += i + 1 < array.size() ? QLatin1String(",\n") : QLatin1String("\n");
                }
                *out += closing + QLatin1Char(']');
            }
            break;
        }
        case QJsonValue::Object: {
            const QJsonObject object = value.toObject();
            if (object.isEmpty()) {
                *out += QLatin1String("{}");
                break;
            }
            QStringList keys = object.keys();
            const QStringList& order = keyOrder();
            std::ranges::stable_sort(keys, [&](const QString& a, const QString& b) {
                const qsizetype ra = order.indexOf(a), rb = order.indexOf(b);
                if (ra >= 0 && rb >= 0)
                    return ra < rb;
                if (ra >= 0 || rb >= 0)
                    return ra >= 0;
                return a < b;
            });
            *out += QLatin1String("{\n");
            for (qsizetype i = 0; i < keys.size(); ++i) {
                *out += indent + quoted(keys[i]) + QLatin1String(": ");
                writeValue(out, object.value(keys[i]), depth + 1);
                *out += i + 1 < keys.size() ? QLatin1String(",\n") : QLatin1String("\n");
            }
            *out += closing + QLatin1Char('}');
            break;
        }
        }
    }

} // namespace

QJsonObject JsonSchemaWriter::toJson(const Schema& schema)
{
    QJsonArray tables, views, triggers;
    for (const Table& table : schema.tables)
        tables.append(tableJson(table));
    for (const View& view : schema.views) {
        views.append(QJsonObject {
            { QLatin1String("name"), view.name },
            { QLatin1String("columns"), names(view.columns) },
            { QLatin1String("sql"), view.sql },
        });
    }
    for (const Trigger& trigger : schema.triggers) {
        triggers.append(QJsonObject {
            { QLatin1String("name"), trigger.name },
            { QLatin1String("table"), trigger.table },
            { QLatin1String("timing"), triggerTimingSql(trigger.timing) },
            { QLatin1String("event"), triggerEventSql(trigger.event) },
            { QLatin1String("updateOf"), names(trigger.updateOf) },
            { QLatin1String("sql"), trigger.sql },
        });
    }
    return {
        { QLatin1String("format"), QStringLiteral("godwit.schema") },
        { QLatin1String("version"), formatVersion },
        { QLatin1String("source"), schema.source },
        { QLatin1String("tables"), tables },
        { QLatin1String("views"), views },
        { QLatin1String("triggers"), triggers },
    };
}

QString JsonSchemaWriter::toText(const QJsonValue& value)
{
    QString out;
    writeValue(&out, value, 0);
    return out + QLatin1Char('\n');
}

QString JsonSchemaWriter::write(const Schema& schema) { return toText(toJson(schema)); }

} // namespace godwit::schema
