// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonschemawriter.h"

#include "core/jsontext.h"

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
            QStringLiteral("dialect"),
            QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("schema"),
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

    // PostgreSQL's additions, written only for a PostgreSQL schema so SQLite output keeps its shape.
    void addPostgres(QJsonObject& root, const Schema& schema)
    {
        QJsonArray tables = root.value(QLatin1String("tables")).toArray();
        for (qsizetype i = 0; i < schema.tables.size(); ++i) {
            const Table& t = schema.tables[i];
            QJsonObject table = tables.at(i).toObject();
            table.insert(QLatin1String("schema"), t.schemaName);
            table.insert(QLatin1String("comment"), optionalText(t.comment));
            table.insert(QLatin1String("partitionKey"), optionalText(t.partitionKey));
            table.insert(QLatin1String("partitionOf"), optionalText(t.partitionOf));
            table.insert(QLatin1String("partitionBound"), optionalText(t.partitionBound));
            QJsonArray columns = table.value(QLatin1String("columns")).toArray();
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                QJsonObject column = columns.at(c).toObject();
                const Identity identity = t.columns[c].identity;
                column.insert(QLatin1String("identity"),
                    identity == Identity::Always          ? QJsonValue(QStringLiteral("always"))
                        : identity == Identity::ByDefault ? QJsonValue(QStringLiteral("by default"))
                                                          : QJsonValue());
                column.insert(QLatin1String("volatileDefault"), t.columns[c].volatileDefault);
                column.insert(QLatin1String("comment"), optionalText(t.columns[c].comment));
                columns.replace(c, column);
            }
            table.insert(QLatin1String("columns"), columns);
            QJsonArray indexes = table.value(QLatin1String("indexes")).toArray();
            for (qsizetype x = 0; x < t.indexes.size(); ++x) {
                QJsonObject index = indexes.at(x).toObject();
                index.insert(QLatin1String("method"),
                    t.indexes[x].method.isEmpty() ? QStringLiteral("btree") : t.indexes[x].method);
                index.insert(QLatin1String("include"), names(t.indexes[x].include));
                index.insert(QLatin1String("valid"), t.indexes[x].valid);
                indexes.replace(x, index);
            }
            table.insert(QLatin1String("indexes"), indexes);
            QJsonArray fks = table.value(QLatin1String("foreignKeys")).toArray();
            for (qsizetype f = 0; f < t.foreignKeys.size(); ++f) {
                QJsonObject fk = fks.at(f).toObject();
                fk.insert(QLatin1String("constraint"), t.foreignKeys[f].name);
                fk.insert(QLatin1String("notValid"), t.foreignKeys[f].notValid);
                fks.replace(f, fk);
            }
            table.insert(QLatin1String("foreignKeys"), fks);
            QJsonArray checks = table.value(QLatin1String("checks")).toArray();
            for (qsizetype k = 0; k < t.checks.size(); ++k) {
                QJsonObject check = checks.at(k).toObject();
                check.insert(QLatin1String("notValid"), t.checks[k].notValid);
                checks.replace(k, check);
            }
            table.insert(QLatin1String("checks"), checks);
            tables.replace(i, table);
        }
        root.insert(QLatin1String("tables"), tables);
        QJsonArray views = root.value(QLatin1String("views")).toArray();
        for (qsizetype i = 0; i < schema.views.size(); ++i) {
            QJsonObject view = views.at(i).toObject();
            view.insert(QLatin1String("schema"), schema.views[i].schemaName);
            view.insert(QLatin1String("materialized"), schema.views[i].materialized);
            views.replace(i, view);
        }
        root.insert(QLatin1String("views"), views);
        QJsonArray triggers = root.value(QLatin1String("triggers")).toArray();
        for (qsizetype i = 0; i < schema.triggers.size(); ++i) {
            QJsonObject trigger = triggers.at(i).toObject();
            trigger.insert(QLatin1String("function"), schema.triggers[i].function);
            triggers.replace(i, trigger);
        }
        root.insert(QLatin1String("triggers"), triggers);
        QJsonArray types;
        for (const UserType& t : schema.types) {
            types.append(QJsonObject { { QLatin1String("name"), t.name }, { QLatin1String("schema"), t.schemaName },
                { QLatin1String("kind"),
                    t.kind == UserType::Kind::Enum ? QStringLiteral("enum") : QStringLiteral("domain") },
                { QLatin1String("labels"), names(t.labels) }, { QLatin1String("type"), optionalText(t.baseType) },
                { QLatin1String("notNull"), t.notNull }, { QLatin1String("default"), optionalText(t.defaultValue) },
                { QLatin1String("checks"), names(t.checks) }, { QLatin1String("comment"), optionalText(t.comment) } });
        }
        QJsonArray sequences;
        for (const Sequence& s : schema.sequences) {
            sequences.append(QJsonObject { { QLatin1String("name"), s.name }, { QLatin1String("schema"), s.schemaName },
                { QLatin1String("type"), s.dataType }, { QLatin1String("start"), s.start },
                { QLatin1String("increment"), s.increment }, { QLatin1String("minValue"), s.minValue },
                { QLatin1String("maxValue"), QString::number(s.maxValue) }, { QLatin1String("cycle"), s.cycle },
                { QLatin1String("ownedBy"), optionalText(s.ownedBy) } });
        }
        root.insert(QLatin1String("dialect"), QStringLiteral("postgresql"));
        root.insert(QLatin1String("types"), types);
        root.insert(QLatin1String("sequences"), sequences);
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
    QJsonObject root {
        { QLatin1String("format"), QStringLiteral("godwit.schema") },
        { QLatin1String("version"), formatVersion },
        { QLatin1String("source"), schema.source },
        { QLatin1String("tables"), tables },
        { QLatin1String("views"), views },
        { QLatin1String("triggers"), triggers },
    };
    if (schema.dialect == Dialect::PostgreSQL)
        addPostgres(root, schema);
    return root;
}

QString JsonSchemaWriter::toText(const QJsonValue& value) { return JsonText::write(value, keyOrder()); }

QString JsonSchemaWriter::write(const Schema& schema) { return toText(toJson(schema)); }

} // namespace godwit::schema
