// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaidschemawriter.h"

#include "identifier.h"
#include "jsonschemawriter.h"
#include "schemawritersupport.h"

#include <numeric>

#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

namespace godwit::schema {

namespace {

    constexpr int formatVersion = 1;
    const QLatin1StringView indent("    ");

    bool isWordChar(QChar c)
    {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
    }

    bool isPlainWord(QStringView s)
    {
        return !s.isEmpty() && !s.front().isDigit() && std::ranges::all_of(s, isWordChar);
    }

    // Words Mermaid's erDiagram lexer (case-insensitive) turns into keywords or cardinalities
    // when they stand alone, so a table with one of these names needs an alias.
    bool isEntityKeyword(QStringView word)
    {
        static const QSet<QString> keywords {
            QStringLiteral("erdiagram"),
            QStringLiteral("style"),
            QStringLiteral("classdef"),
            QStringLiteral("class"),
            QStringLiteral("subgraph"),
            QStringLiteral("end"),
            QStringLiteral("one"),
            QStringLiteral("only"),
            QStringLiteral("zero"),
            QStringLiteral("many"),
            QStringLiteral("to"),
            QStringLiteral("optionally"),
            QStringLiteral("u"),
            QStringLiteral("direction"),
            QStringLiteral("title"),
            QStringLiteral("acctitle"),
            QStringLiteral("accdescr"),
        };
        return keywords.contains(word.toString().toLower());
    }

    // Inside an entity block PK, FK and UK are keys wherever they stand as whole words.
    bool isAttributeKeyword(QStringView word)
    {
        return word.compare(QLatin1String("PK"), Qt::CaseInsensitive) == 0
            || word.compare(QLatin1String("FK"), Qt::CaseInsensitive) == 0
            || word.compare(QLatin1String("UK"), Qt::CaseInsensitive) == 0;
    }

    // Mermaid's lexer reads any line containing `direction TB` (LR, ...) outside a block as a
    // direction statement, even inside quotes; an underscore keeps the text and defuses it.
    QString defuseDirection(QString text)
    {
        static const QRegularExpression direction(
            QStringLiteral("(direction)\\s+(TB|BT|RL|LR)"), QRegularExpression::CaseInsensitiveOption);
        return text.replace(direction, QStringLiteral("\\1_\\2"));
    }

    // Text for a quoted entity alias or relationship label: the quoted-name token excludes
    // `"`, `%`, `\` and line breaks.
    QString displayText(QStringView text)
    {
        QString out = SchemaWriterSupport::oneLine(text);
        out.replace(QLatin1Char('"'), QLatin1Char('\''));
        out.replace(QLatin1Char('\\'), QLatin1Char('/'));
        out.replace(QLatin1Char('%'), QChar(0xFF05)); // FULLWIDTH PERCENT SIGN
        return defuseDirection(out);
    }

    // Text for an attribute comment. Inside a block Mermaid tries its generic-type rule
    // (`List~T~`) before the comment rule, so a comment with two `~` would be torn apart.
    QString attributeComment(QStringView text)
    {
        QString out = SchemaWriterSupport::oneLine(text);
        out.replace(QLatin1Char('"'), QLatin1Char('\''));
        out.replace(QLatin1Char('~'), QChar(0x223C)); // TILDE OPERATOR
        return out;
    }

    // --- `%% godwit:` lines ----------------------------------------------------------------

    QString jsonString(const QString& text) { return JsonSchemaWriter::toText(QJsonValue(text)).chopped(1); }

    QString godwitName(const QString& name) { return isPlainWord(name) ? name : jsonString(name); }

    QString godwitValue(const QString& value)
    {
        const bool bare = !value.isEmpty() && std::ranges::none_of(value, [](QChar c) {
            return c.isSpace() || c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char(',');
        });
        return bare ? value : jsonString(value);
    }

    class GodwitLine {
    public:
        GodwitLine(QLatin1StringView kind, const QString& subject = {})
            : m_text(indent + QLatin1String("%% godwit: ") + kind)
        {
            if (!subject.isEmpty())
                m_text += QLatin1Char(' ') + subject;
        }
        GodwitLine& flag(QLatin1StringView key, bool on = true)
        {
            if (on)
                m_text += QLatin1Char(' ') + key;
            return *this;
        }
        GodwitLine& value(QLatin1StringView key, const QString& value)
        {
            m_text += QLatin1Char(' ') + key + QLatin1Char('=') + godwitValue(value);
            return *this;
        }
        GodwitLine& optional(QLatin1StringView key, const QString& v) { return v.isEmpty() ? *this : value(key, v); }
        GodwitLine& list(QLatin1StringView key, const QStringList& items)
        {
            if (items.isEmpty())
                return *this;
            QStringList encoded;
            for (const QString& item : items)
                encoded.append(godwitValue(item));
            m_text += QLatin1Char(' ') + key + QLatin1Char('=') + encoded.join(QLatin1Char(','));
            return *this;
        }
        [[nodiscard]] QString text() const { return m_text; }

    private:
        QString m_text;
    };

    QString originKey(IndexOrigin origin)
    {
        switch (origin) {
        case IndexOrigin::CreateIndex:
            return {};
        case IndexOrigin::PrimaryKey:
            return QStringLiteral("primarykey");
        case IndexOrigin::Unique:
            return QStringLiteral("unique");
        }
        return {};
    }

    QString actionValue(ForeignKeyAction action)
    {
        return action == ForeignKeyAction::NoAction ? QString() : foreignKeyActionSql(action);
    }

    // --- diagram ---------------------------------------------------------------------------

    // A PostgreSQL table outside `public` is named schema.table; Mermaid takes that as a quoted
    // entity id (`"sales.orders"`), which needs no alias and reads back as the same name.
    bool isQualifiedName(QStringView name)
    {
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        return dot > 0 && isPlainWord(name.left(dot)) && isPlainWord(name.mid(dot + 1));
    }

    // How an entity id is written in the diagram: quoted when it holds the schema's dot.
    QString entityRef(const QString& entity)
    {
        return isPlainWord(entity) ? entity : QLatin1Char('"') + entity + QLatin1Char('"');
    }

    struct Names {
        QStringList entities; // per table, in schema order
        QList<QStringList> attributes; // per table, per column
    };

    Names assignNames(const Schema& schema)
    {
        Names names;
        names.entities.resize(schema.tables.size());
        names.attributes.resize(schema.tables.size());
        // Plain names keep themselves; sanitised ones are placed after, so they never take a real name.
        QSet<QString> taken;
        for (qsizetype i = 0; i < schema.tables.size(); ++i) {
            const QString& name = schema.tables[i].name;
            if ((isPlainWord(name) && !isEntityKeyword(name)) || isQualifiedName(name))
                names.entities[i] = SchemaWriterSupport::uniqueName(name, &taken);
        }
        for (qsizetype i = 0; i < schema.tables.size(); ++i) {
            if (!names.entities[i].isEmpty())
                continue;
            QString base = MermaidSchemaWriter::sanitizedWord(schema.tables[i].name, u"table");
            if (isEntityKeyword(base))
                base += QLatin1Char('_');
            names.entities[i] = SchemaWriterSupport::uniqueName(base, &taken);
        }

        for (qsizetype i = 0; i < schema.tables.size(); ++i) {
            const QList<Column>& columns = schema.tables[i].columns;
            QStringList& attributes = names.attributes[i];
            attributes.resize(columns.size());
            QSet<QString> used;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                if (isPlainWord(columns[c].name) && !isAttributeKeyword(columns[c].name))
                    attributes[c] = SchemaWriterSupport::uniqueName(columns[c].name, &used);
            }
            for (qsizetype c = 0; c < columns.size(); ++c) {
                if (!attributes[c].isEmpty())
                    continue;
                QString base = MermaidSchemaWriter::sanitizedWord(columns[c].name, u"column");
                if (isAttributeKeyword(base))
                    base += QLatin1Char('_');
                attributes[c] = SchemaWriterSupport::uniqueName(base, &used);
            }
        }
        return names;
    }

    QString attributeType(QStringView declaredType)
    {
        // No declared type accepts any value, which is what STRICT tables call ANY.
        QString type = MermaidSchemaWriter::sanitizedWord(declaredType, u"ANY");
        if (isAttributeKeyword(type))
            type += QLatin1Char('_');
        return type;
    }

    QString attributeLine(const Table& table, const Column& column, const QString& attribute)
    {
        QString line = indent + indent + attributeType(column.declaredType) + QLatin1Char(' ') + attribute;
        QStringList keys;
        if (column.isPrimaryKey())
            keys.append(QStringLiteral("PK"));
        if (table.isForeignKeyColumn(column.name))
            keys.append(QStringLiteral("FK"));
        const QStringList pk = table.primaryKey();
        if (!(pk.size() == 1 && column.isPrimaryKey()) && table.isUniqueColumn(column.name))
            keys.append(QStringLiteral("UK"));
        if (!keys.isEmpty())
            line += QLatin1Char(' ') + keys.join(QLatin1String(", "));

        QStringList notes;
        if (attribute != column.name)
            notes.append(column.name);
        if (column.notNull)
            notes.append(QStringLiteral("NOT NULL"));
        if (column.hasDefault)
            notes.append(QStringLiteral("DEFAULT ") + column.defaultValue);
        if (column.isGenerated())
            notes.append(QStringLiteral("GENERATED"));
        if (!notes.isEmpty())
            line += QLatin1String(" \"") + attributeComment(notes.join(QLatin1String(", "))) + QLatin1Char('"');
        return line;
    }

    QStringList godwitTableLines(const Table& table, const QString& entity, const QStringList& attributes)
    {
        QStringList lines;
        GodwitLine header(QLatin1StringView("table"), godwitName(table.name));
        if (entity != table.name)
            header.value(QLatin1StringView("entity"), entity);
        header.optional(QLatin1StringView("schema"), table.schemaName);
        header.flag(QLatin1StringView("strict"), table.strict)
            .flag(QLatin1StringView("withoutrowid"), table.withoutRowid)
            .flag(QLatin1StringView("virtual"), table.isVirtual);
        if (table.rowCount) {
            header.value(QLatin1StringView("rows"),
                (table.rowCount->exact ? QString() : QStringLiteral("~")) + QString::number(table.rowCount->value));
        }
        header.optional(QLatin1StringView("sql"), table.sql);
        lines.append(header.text());

        const QString prefix = godwitName(table.name) + QLatin1Char('.');
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const Column& column = table.columns[c];
            GodwitLine line(QLatin1StringView("column"), prefix + godwitName(column.name));
            if (attributes[c] != column.name)
                line.value(QLatin1StringView("attribute"), attributes[c]);
            line.optional(QLatin1StringView("type"), column.declaredType)
                .flag(QLatin1StringView("notnull"), column.notNull);
            if (column.hasDefault)
                line.value(QLatin1StringView("default"), column.defaultValue);
            if (column.isPrimaryKey())
                line.value(QLatin1StringView("pk"), QString::number(column.primaryKeyPosition));
            line.flag(QLatin1StringView("autoincrement"), column.autoIncrement)
                .optional(QLatin1StringView("collate"), column.collation);
            if (column.isGenerated()) {
                line.value(QLatin1StringView("generated"),
                        column.generated == Generated::Stored ? QStringLiteral("stored") : QStringLiteral("virtual"))
                    .value(QLatin1StringView("expression"), column.generatedExpression);
            }
            line.flag(QLatin1StringView("hidden"), column.hidden);
            if (column.identity != Identity::None) {
                line.value(QLatin1StringView("identity"),
                    column.identity == Identity::Always ? QStringLiteral("always") : QStringLiteral("bydefault"));
            }
            lines.append(line.text());
        }
        for (const Index& index : table.indexes) {
            const QString subject = prefix + godwitName(index.name);
            lines.append(GodwitLine(QLatin1StringView("index"), subject)
                             .flag(QLatin1StringView("unique"), index.unique)
                             .optional(QLatin1StringView("origin"), originKey(index.origin))
                             .optional(QLatin1StringView("where"), index.where)
                             .optional(QLatin1StringView("sql"), index.sql)
                             .text());
            for (const IndexPart& part : index.parts) {
                GodwitLine line(QLatin1StringView("indexpart"), subject);
                if (part.isExpression())
                    line.value(QLatin1StringView("expression"), part.expression);
                else
                    line.value(QLatin1StringView("column"), part.column);
                lines.append(line.flag(QLatin1StringView("desc"), part.descending)
                                 .optional(QLatin1StringView("collate"), part.collation)
                                 .text());
            }
        }
        for (const ForeignKey& fk : table.foreignKeys) {
            lines.append(GodwitLine(QLatin1StringView("fk"), godwitName(table.name))
                             .value(QLatin1StringView("id"), QString::number(fk.id))
                             .list(QLatin1StringView("columns"), fk.columns)
                             .value(QLatin1StringView("parent"), fk.parentTable)
                             .list(QLatin1StringView("parentcolumns"), fk.parentColumns)
                             .optional(QLatin1StringView("ondelete"), actionValue(fk.onDelete))
                             .optional(QLatin1StringView("onupdate"), actionValue(fk.onUpdate))
                             .flag(QLatin1StringView("deferrable"), fk.deferrable)
                             .flag(QLatin1StringView("initiallydeferred"), fk.initiallyDeferred)
                             .optional(QLatin1StringView("name"), fk.name)
                             .flag(QLatin1StringView("notvalid"), fk.notValid)
                             .text());
        }
        for (const CheckConstraint& check : table.checks) {
            lines.append(GodwitLine(QLatin1StringView("check"), godwitName(table.name))
                             .optional(QLatin1StringView("name"), check.name)
                             .optional(QLatin1StringView("column"), check.column)
                             .value(QLatin1StringView("expression"), check.expression)
                             .flag(QLatin1StringView("notvalid"), check.notValid)
                             .text());
        }
        for (const UniqueConstraint& unique : table.uniques) {
            lines.append(GodwitLine(QLatin1StringView("unique"), godwitName(table.name))
                             .optional(QLatin1StringView("name"), unique.name)
                             .list(QLatin1StringView("columns"), unique.columns)
                             .text());
        }
        return lines;
    }

    QStringList entityLines(const Table& table, const QString& entity, const QStringList& attributes)
    {
        QString header = indent + entityRef(entity);
        if (entity != table.name) {
            const QString display = displayText(table.name);
            header += QLatin1String("[\"") + (display.isEmpty() ? entity : display) + QLatin1String("\"]");
        }
        QStringList lines { header + QLatin1String(" {") };
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            lines.append(attributeLine(table, table.columns[c], attributes[c]));
        lines.append(indent + QLatin1Char('}'));
        return lines;
    }

    QStringList relationshipLines(const Schema& schema, const Names& names)
    {
        QHash<QString, QString> entityByTable;
        for (qsizetype i = 0; i < schema.tables.size(); ++i)
            entityByTable.insert(identifierKey(schema.tables[i].name), names.entities[i]);
        QStringList lines;
        for (qsizetype i = 0; i < schema.tables.size(); ++i) {
            const Table& child = schema.tables[i];
            for (const ForeignKey& fk : child.foreignKeys) {
                // A reference to a missing table is kept in its `fk` line only: drawing it would
                // make Mermaid invent an entity the schema does not have.
                const auto parent = entityByTable.constFind(identifierKey(fk.parentTable));
                if (parent == entityByTable.constEnd())
                    continue;
                const auto shape = SchemaWriterSupport::relationship(child, fk);
                lines.append(indent + entityRef(*parent) + QLatin1Char(' ')
                    + (shape.parentRequired ? QLatin1String("||") : QLatin1String("|o"))
                    + (shape.identifying ? QLatin1String("--") : QLatin1String(".."))
                    + (shape.childUnique ? QLatin1String("o|") : QLatin1String("o{")) + QLatin1Char(' ')
                    + entityRef(names.entities[i]) + QLatin1String(" : \"")
                    + displayText(fk.columns.join(QLatin1String(", "))) + QLatin1Char('"'));
            }
        }
        return lines;
    }

} // namespace

QString MermaidSchemaWriter::sanitizedWord(QStringView text, QStringView fallback)
{
    if (isPlainWord(text))
        return text.toString();
    // Accented letters keep their base letter (é -> e) before everything else becomes `_`.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    bool gap = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (!isWordChar(c)) {
            gap = true;
            continue;
        }
        if (gap && !out.isEmpty())
            out += QLatin1Char('_');
        gap = false;
        out += c;
    }
    if (out.isEmpty())
        return fallback.toString();
    if (out.front().isDigit())
        out.prepend(QLatin1Char('_'));
    return out;
}

QString MermaidSchemaWriter::write(const Schema& schema)
{
    const Names names = assignNames(schema);
    const bool postgres = schema.dialect == Dialect::PostgreSQL;
    QStringList lines { QStringLiteral("erDiagram") };
    lines.append(GodwitLine(QLatin1StringView("schema"))
                     .value(QLatin1StringView("version"), QString::number(formatVersion))
                     .optional(QLatin1StringView("source"), schema.source)
                     .optional(QLatin1StringView("dialect"), postgres ? QStringLiteral("postgresql") : QString())
                     .text());
    // erDiagram has no groups: a PostgreSQL schema's tables are written together, under a comment naming it.
    QList<qsizetype> order(schema.tables.size());
    std::iota(order.begin(), order.end(), 0);
    if (postgres) {
        std::ranges::stable_sort(
            order, [&](qsizetype a, qsizetype b) { return schema.tables[a].schemaName < schema.tables[b].schemaName; });
    }
    for (qsizetype k = 0; k < order.size(); ++k) {
        const qsizetype i = order[k];
        lines.append(QString());
        if (postgres && (k == 0 || schema.tables[order[k - 1]].schemaName != schema.tables[i].schemaName))
            lines += { indent + QLatin1String("%% schema ") + SchemaWriterSupport::oneLine(schema.tables[i].schemaName),
                QString() };
        lines += godwitTableLines(schema.tables[i], names.entities[i], names.attributes[i]);
        lines += entityLines(schema.tables[i], names.entities[i], names.attributes[i]);
    }
    if (const QStringList relationships = relationshipLines(schema, names); !relationships.isEmpty()) {
        lines.append(QString());
        lines += relationships;
    }
    QStringList rest;
    for (const View& view : schema.views) {
        rest.append(GodwitLine(QLatin1StringView("view"), godwitName(view.name))
                        .optional(QLatin1StringView("schema"), view.schemaName)
                        .flag(QLatin1StringView("materialized"), view.materialized)
                        .list(QLatin1StringView("columns"), view.columns)
                        .optional(QLatin1StringView("sql"), view.sql)
                        .text());
    }
    for (const Trigger& trigger : schema.triggers) {
        rest.append(GodwitLine(QLatin1StringView("trigger"), godwitName(trigger.name))
                        .value(QLatin1StringView("on"), trigger.table)
                        .value(QLatin1StringView("timing"), triggerTimingSql(trigger.timing))
                        .value(QLatin1StringView("event"), triggerEventSql(trigger.event))
                        .list(QLatin1StringView("updateof"), trigger.updateOf)
                        .optional(QLatin1StringView("sql"), trigger.sql)
                        .text());
    }
    for (const UserType& type : schema.types) {
        const bool isEnum = type.kind == UserType::Kind::Enum;
        rest.append(GodwitLine(QLatin1StringView("type"), godwitName(type.name))
                        .optional(QLatin1StringView("schema"), type.schemaName)
                        .value(QLatin1StringView("kind"), isEnum ? QStringLiteral("enum") : QStringLiteral("domain"))
                        .list(QLatin1StringView("labels"), type.labels)
                        .optional(QLatin1StringView("base"), type.baseType)
                        .flag(QLatin1StringView("notnull"), type.notNull)
                        .optional(QLatin1StringView("default"), type.defaultValue)
                        .list(QLatin1StringView("checks"), type.checks)
                        .text());
    }
    for (const Sequence& sequence : schema.sequences) {
        rest.append(GodwitLine(QLatin1StringView("sequence"), godwitName(sequence.name))
                        .optional(QLatin1StringView("schema"), sequence.schemaName)
                        .optional(QLatin1StringView("type"), sequence.dataType)
                        .value(QLatin1StringView("start"), QString::number(sequence.start))
                        .value(QLatin1StringView("increment"), QString::number(sequence.increment))
                        .value(QLatin1StringView("min"), QString::number(sequence.minValue))
                        .value(QLatin1StringView("max"), QString::number(sequence.maxValue))
                        .flag(QLatin1StringView("cycle"), sequence.cycle)
                        .optional(QLatin1StringView("ownedby"), sequence.ownedBy)
                        .text());
    }
    if (!rest.isEmpty()) {
        lines.append(QString());
        lines += rest;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace godwit::schema
