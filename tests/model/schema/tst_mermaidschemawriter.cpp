// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "sampleschema.h"
#include "schema/mermaidschemawriter.h"
#include "schema/schemareader.h"
#include "schema/schemawriter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace godwit::schema;
using namespace Qt::StringLiterals;
using godwit::test::awkwardMermaidSchema;
using godwit::test::column;
using godwit::test::Dataset;
using godwit::test::foreignKey;
using godwit::test::table;

Q_DECLARE_METATYPE(godwit::schema::Schema)

namespace {
Index uniqueIndex(const QString& table, const QStringList& columns, const QString& where = {})
{
    Index index;
    index.name = table + QStringLiteral("_unique");
    index.table = table;
    index.unique = true;
    for (const QString& c : columns)
        index.parts.append(IndexPart { c, {}, false, {} });
    index.where = where;
    return index;
}

// ---- A strict validator mirroring Mermaid's erDiagram grammar (erDiagram.jison) ----------

const QString entityId = QStringLiteral("[A-Za-z_][A-Za-z0-9_]*");
// Mermaid 10's attribute word; newer versions accept more, so this is the portable subset.
const QString attributeWord = QStringLiteral("[A-Za-z_][A-Za-z0-9\\-_\\[\\]\\(\\)]*");

bool isLexerKeyword(const QString& word)
{
    static const QStringList keywords { u"erdiagram"_s, u"style"_s, u"classdef"_s, u"class"_s, u"subgraph"_s, u"end"_s,
        u"one"_s, u"only"_s, u"zero"_s, u"many"_s, u"to"_s, u"optionally"_s, u"u"_s, u"direction"_s, u"title"_s,
        u"acctitle"_s, u"accdescr"_s };
    return keywords.contains(word.toLower());
}

// Returns an empty string when `text` is a diagram Mermaid parses, else the first bad line.
QString validateMermaid(const QString& text)
{
    static const QRegularExpression comment(u"^\\s*%%(?!\\{).*$"_s);
    static const QRegularExpression blank(u"^\\s*$"_s);
    static const QRegularExpression entityStart(
        u"^\\s*(?<id>"_s + entityId + u")(?:\\[\"(?<alias>[^\"%\\r\\n\\\\]+)\"\\])?\\s*\\{\\s*$"_s);
    static const QRegularExpression attribute(u"^\\s*(?<type>"_s + attributeWord + u")\\s+(?<name>"_s + attributeWord
        + u")(?:\\s+(?<keys>(?:PK|FK|UK)(?:\\s*,\\s*(?:PK|FK|UK))*))?(?:\\s+\"(?<comment>[^\"]*)\")?\\s*$"_s);
    static const QRegularExpression blockEnd(u"^\\s*\\}\\s*$"_s);
    static const QRegularExpression relationship(u"^\\s*(?<a>"_s + entityId
        + u")\\s+(?:\\|o|\\|\\||\\}o|\\}\\|)(?:--|\\.\\.)(?:o\\||\\|\\||o\\{|\\|\\{)\\s+(?<b>"_s + entityId
        + u")\\s*:\\s*(?:\"[^\"]*\"|"_s + entityId + u")\\s*$"_s);
    // The lexer reads any such line outside a block as a direction statement.
    static const QRegularExpression direction(
        u"direction\\s+(TB|BT|RL|LR)"_s, QRegularExpression::CaseInsensitiveOption);

    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.front() != QLatin1String("erDiagram"))
        return u"first line is not erDiagram"_s;
    if (!text.endsWith(QLatin1Char('\n')))
        return u"no final newline"_s;
    lines.removeLast();
    QSet<QString> entities;
    QList<QPair<QString, QString>> relationships;
    bool inBlock = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (comment.match(line).hasMatch() || blank.match(line).hasMatch())
            continue;
        if (inBlock) {
            if (blockEnd.match(line).hasMatch()) {
                inBlock = false;
                continue;
            }
            const auto m = attribute.match(line);
            if (!m.hasMatch())
                return line;
            // The generic-type rule ([^\s]*)~.*~([^\s]*) comes before the comment rule.
            if (m.captured(u"comment").count(QLatin1Char('~')) >= 2)
                return line;
            for (const QString& word : { m.captured(u"type"), m.captured(u"name") }) {
                if (QRegularExpression(u"^(PK|FK|UK)$"_s, QRegularExpression::CaseInsensitiveOption)
                        .match(word)
                        .hasMatch())
                    return line;
            }
            continue;
        }
        if (direction.match(line).hasMatch())
            return line;
        if (const auto m = entityStart.match(line); m.hasMatch()) {
            const QString id = m.captured(u"id");
            if (isLexerKeyword(id) || entities.contains(id))
                return line;
            entities.insert(id);
            inBlock = true;
            continue;
        }
        if (const auto m = relationship.match(line); m.hasMatch()) {
            if (isLexerKeyword(m.captured(u"a")) || isLexerKeyword(m.captured(u"b")))
                return line;
            relationships.append({ m.captured(u"a"), m.captured(u"b") });
            continue;
        }
        return line;
    }
    if (inBlock)
        return u"unterminated entity block"_s;
    for (const auto& [a, b] : relationships) {
        if (!entities.contains(a) || !entities.contains(b))
            return u"relationship to an undeclared entity: "_s + a + u" "_s + b;
    }
    return {};
}

QList<QPair<QString, Schema>> realSchemas()
{
    QList<QPair<QString, Schema>> out;
    const QList<QPair<QString, QString>> files {
        { u"chinook"_s, godwit::test::datasetDatabase(Dataset::Chinook) },
        { u"northwind"_s, godwit::test::datasetDatabase(Dataset::Northwind) },
        { u"sakila"_s, godwit::test::datasetDatabase(Dataset::Sakila) },
        { u"orders v1"_s, godwit::test::ordersV1Database() },
    };
    for (const auto& [name, path] : files) {
        ReadOptions options;
        options.rowCounts = ReadOptions::RowCounts::Estimate;
        auto schema = SchemaReader::readFile(path, options);
        if (!schema) {
            qWarning() << schema.error().toString();
            return {};
        }
        out.append({ name, *schema });
    }
    return out;
}

} // namespace

class TestMermaidSchemaWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptySchema()
    {
        QCOMPARE(MermaidSchemaWriter::write(Schema {}), u"erDiagram\n    %% godwit: schema version=1\n"_s);
        QVERIFY(validateMermaid(MermaidSchemaWriter::write(Schema {})).isEmpty());
    }

    void entityNames_data()
    {
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<QStringList>("headers");
        QTest::addRow("plain name") << QStringList { u"orders"_s } << QStringList { u"    orders {"_s };
        QTest::addRow("hyphen gets an alias") << QStringList { u"a-b"_s } << QStringList { u"    a_b[\"a-b\"] {"_s };
        QTest::addRow("space") << QStringList { u"Order Details"_s }
                               << QStringList { u"    Order_Details[\"Order Details\"] {"_s };
        QTest::addRow("sanitised id loses to a real name")
            << QStringList { u"Order Details"_s, u"Order_Details"_s }
            << QStringList { u"    Order_Details_2[\"Order Details\"] {"_s, u"    Order_Details {"_s };
        QTest::addRow("lexer keyword") << QStringList { u"end"_s, u"One"_s }
                                       << QStringList { u"    end_[\"end\"] {"_s, u"    One_[\"One\"] {"_s };
        QTest::addRow("leading digit") << QStringList { u"2020 sales"_s }
                                       << QStringList { u"    _2020_sales[\"2020 sales\"] {"_s };
        QTest::addRow("accents dropped, other letters replaced") << QStringList { u"Größe"_s,
            u"naïve"_s } << QStringList { u"    Gro_e[\"Größe\"] {"_s, u"    naive[\"naïve\"] {"_s };
        QTest::addRow("quote, percent and backslash in the alias")
            << QStringList { u"a\"b%c\\d"_s } << QStringList { u"    a_b_c_d[\"a'b\uFF05c/d\"] {"_s };
        QTest::addRow("direction statement defused")
            << QStringList { u"direction LR"_s } << QStringList { u"    direction_LR[\"direction_LR\"] {"_s };
        QTest::addRow("empty name") << QStringList { QString() } << QStringList { u"    table[\"table\"] {"_s };
        QTest::addRow("no word characters at all") << QStringList { u"***"_s,
            u"%"_s } << QStringList { u"    table[\"***\"] {"_s, u"    table_2[\"\uFF05\"] {"_s };
    }

    void entityNames()
    {
        QFETCH(QStringList, tables);
        QFETCH(QStringList, headers);
        Schema schema;
        for (const QString& name : tables)
            schema.tables.append(table(name, { column(u"id"_s, u"INTEGER"_s) }));
        const QString text = MermaidSchemaWriter::write(schema);
        QStringList found;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (line.endsWith(QLatin1Char('{')))
                found.append(line);
        }
        QCOMPARE(found, headers);
        QCOMPARE(validateMermaid(text), QString());
    }

    void attributes_data()
    {
        QTest::addColumn<Column>("column");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << column(u"name"_s, u"TEXT"_s) << u"        TEXT name"_s;
        QTest::addRow("type with length") << column(u"name"_s, u"NVARCHAR(40)"_s) << u"        NVARCHAR_40 name"_s;
        QTest::addRow("type with precision")
            << column(u"price"_s, u"DECIMAL(10,2)"_s) << u"        DECIMAL_10_2 price"_s;
        QTest::addRow("multi-word type") << column(u"n"_s, u"UNSIGNED BIG INT"_s) << u"        UNSIGNED_BIG_INT n"_s;
        QTest::addRow("no type") << column(u"n"_s, QString()) << u"        ANY n"_s;
        QTest::addRow("type starting with a digit") << column(u"n"_s, u"2D"_s) << u"        _2D n"_s;
        QTest::addRow("type that is a key word") << column(u"n"_s, u"fk"_s) << u"        fk_ n"_s;
        QTest::addRow("name that is a key word") << column(u"PK"_s, u"INT"_s) << u"        INT PK_ \"PK\""_s;
        QTest::addRow("name with a space")
            << column(u"Unit Price"_s, u"REAL"_s, true) << u"        REAL Unit_Price \"Unit Price, NOT NULL\""_s;
        QTest::addRow("name with quotes")
            << column(u"say \"hi\""_s, u"TEXT"_s) << u"        TEXT say_hi \"say 'hi'\""_s;
        QTest::addRow("empty name") << column(QString(), u"TEXT"_s) << u"        TEXT column \"\""_s;
        Column withDefault = column(u"note"_s, u"TEXT"_s);
        withDefault.hasDefault = true;
        withDefault.defaultValue = u"'two\nlines \"x\"'"_s;
        QTest::addRow("default on one line, quotes replaced")
            << withDefault << u"        TEXT note \"DEFAULT 'two lines 'x''\""_s;
        Column generated = column(u"total"_s, u"REAL"_s);
        generated.generated = Generated::Virtual;
        generated.generatedExpression = u"a * b"_s;
        QTest::addRow("tildes in the comment")
            << column(u"List~T~"_s, u"TEXT"_s) << u"        TEXT List_T \"List\u223CT\u223C\""_s;
        QTest::addRow("generated") << generated << u"        REAL total \"GENERATED\""_s;
    }

    void attributes()
    {
        QFETCH(Column, column);
        QFETCH(QString, expected);
        Schema schema;
        schema.tables = { table(u"t"_s, { column }) };
        const QString text = MermaidSchemaWriter::write(schema);
        const QStringList lines = text.split(QLatin1Char('\n'));
        const qsizetype open = lines.indexOf(u"    t {"_s);
        QVERIFY(open > 0);
        QCOMPARE(lines.value(open + 1), expected);
        QCOMPARE(validateMermaid(text), QString());
    }

    void relationships_data()
    {
        QTest::addColumn<Schema>("schema");
        QTest::addColumn<QStringList>("expected");
        const Table parent
            = table(u"parent"_s, { column(u"id"_s, u"INTEGER"_s, false, 1), column(u"code"_s, u"TEXT"_s) });
        auto withChild = [&](Table child) {
            Schema s;
            s.tables = { child, parent };
            return s;
        };
        const ForeignKey toParent = foreignKey({ u"parent_id"_s }, u"parent"_s, { u"id"_s });

        Table child
            = table(u"child"_s, { column(u"id"_s, u"INTEGER"_s, false, 1), column(u"parent_id"_s, u"INTEGER"_s) });
        child.foreignKeys = { toParent };
        QTest::addRow("nullable: zero or one parent, many children")
            << withChild(child) << QStringList { u"    parent |o..o{ child : \"parent_id\""_s };

        child.columns[1].notNull = true;
        QTest::addRow("NOT NULL: exactly one parent")
            << withChild(child) << QStringList { u"    parent ||..o{ child : \"parent_id\""_s };

        Table unique = child;
        unique.columns[1].notNull = false;
        unique.indexes = { uniqueIndex(u"child"_s, { u"parent_id"_s }) };
        QTest::addRow("unique FK: one-to-one")
            << withChild(unique) << QStringList { u"    parent |o..o| child : \"parent_id\""_s };

        unique.indexes = { uniqueIndex(u"child"_s, { u"parent_id"_s }, u"parent_id > 0"_s) };
        QTest::addRow("partial unique index does not make it one-to-one")
            << withChild(unique) << QStringList { u"    parent |o..o{ child : \"parent_id\""_s };

        Table extension = table(u"child"_s, { column(u"parent_id"_s, u"INTEGER"_s, false, 1) });
        extension.foreignKeys = { toParent };
        QTest::addRow("FK is the INTEGER PRIMARY KEY: identifying one-to-one")
            << withChild(extension) << QStringList { u"    parent ||--o| child : \"parent_id\""_s };

        Table link = table(
            u"child"_s, { column(u"parent_id"_s, u"INTEGER"_s, true, 1), column(u"tag_id"_s, u"INTEGER"_s, true, 2) });
        link.foreignKeys = { toParent };
        QTest::addRow("FK in a composite key: identifying, many")
            << withChild(link) << QStringList { u"    parent ||--o{ child : \"parent_id\""_s };

        Table withoutRowid
            = table(u"child"_s, { column(u"parent_id"_s, u"TEXT"_s, false, 1), column(u"n"_s, u"INT"_s, false, 2) });
        withoutRowid.withoutRowid = true;
        withoutRowid.foreignKeys = { toParent };
        QTest::addRow("WITHOUT ROWID key columns are never NULL")
            << withChild(withoutRowid) << QStringList { u"    parent ||--o{ child : \"parent_id\""_s };

        Table composite = table(u"child"_s, { column(u"a"_s, u"INT"_s, true), column(u"b"_s, u"TEXT"_s) });
        composite.foreignKeys = { foreignKey({ u"a"_s, u"b"_s }, u"parent"_s, { u"id"_s, u"code"_s }) };
        composite.uniques = { UniqueConstraint { {}, { u"b"_s, u"a"_s } } };
        QTest::addRow("two-column FK, unique in any order, one column nullable")
            << withChild(composite) << QStringList { u"    parent |o..o| child : \"a, b\""_s };

        Table self = table(u"employee"_s, { column(u"id"_s, u"INTEGER"_s, false, 1), column(u"boss"_s, u"INTEGER"_s) });
        self.foreignKeys = { foreignKey({ u"boss"_s }, u"EMPLOYEE"_s, { QString() }) };
        QTest::addRow("self reference, parent name in another case")
            << Schema { {}, { self }, {}, {} } << QStringList { u"    employee |o..o{ employee : \"boss\""_s };

        Table orphan = child;
        orphan.foreignKeys = { foreignKey({ u"parent_id"_s }, u"gone"_s, { u"id"_s }) };
        QTest::addRow("missing parent: no relationship") << Schema { {}, { orphan }, {}, {} } << QStringList {};

        Table spaced = table(u"line items"_s, { column(u"order id"_s, u"INT"_s, true) });
        spaced.foreignKeys = { foreignKey({ u"order id"_s }, u"Order \"List\""_s, { u"id"_s }) };
        Table spacedParent = table(u"Order \"List\""_s, { column(u"id"_s, u"INTEGER"_s, false, 1) });
        QTest::addRow("aliased entities, label with a space") << Schema { {}, { spaced, spacedParent }, {},
            {} } << QStringList { u"    Order_List ||..o{ line_items : \"order id\""_s };
    }

    void relationships()
    {
        QFETCH(Schema, schema);
        QFETCH(QStringList, expected);
        const QString text = MermaidSchemaWriter::write(schema);
        QStringList found;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("--")) || line.contains(QLatin1String("..")))
                found.append(line);
        }
        found.removeIf([](const QString& l) { return l.trimmed().startsWith(QLatin1String("%%")); });
        QCOMPARE(found, expected);
        QCOMPARE(validateMermaid(text), QString());
    }

    // The validator itself must reject what Mermaid rejects, or the checks above prove nothing.
    void validatorRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("no header") << u"orders {\n}\n"_s;
        QTest::addRow("space in entity") << u"erDiagram\n    Order Details {\n    }\n"_s;
        QTest::addRow("keyword entity") << u"erDiagram\n    end {\n    }\n"_s;
        QTest::addRow("type with a space") << u"erDiagram\n    t {\n        BIG INT x\n    }\n"_s;
        QTest::addRow("type with a comma") << u"erDiagram\n    t {\n        DECIMAL(10,2) x\n    }\n"_s;
        QTest::addRow("attribute named pk") << u"erDiagram\n    t {\n        INT pk\n    }\n"_s;
        QTest::addRow("two tildes in comment") << u"erDiagram\n    t {\n        INT x \"a~b~\"\n    }\n"_s;
        QTest::addRow("quote in comment") << u"erDiagram\n    t {\n        INT x \"a\"b\"\n    }\n"_s;
        QTest::addRow("quote in alias") << u"erDiagram\n    t[\"a\"b\"] {\n    }\n"_s;
        QTest::addRow("percent in alias") << u"erDiagram\n    t[\"50%\"] {\n    }\n"_s;
        QTest::addRow("bad cardinality") << u"erDiagram\n    a {\n    }\n    b {\n    }\n    a ||--{{ b : \"x\"\n"_s;
        QTest::addRow("undeclared entity") << u"erDiagram\n    a {\n    }\n    a ||--o{ b : \"x\"\n"_s;
        QTest::addRow("direction in a label")
            << u"erDiagram\n    a {\n    }\n    b {\n    }\n    a ||--o{ b : \"direction TB\"\n"_s;
        QTest::addRow("directive is not a comment") << u"erDiagram\n    %%{init: {}}%%\n"_s;
        QTest::addRow("unterminated block") << u"erDiagram\n    a {\n        INT x\n"_s;
    }

    void validatorRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!validateMermaid(text).isEmpty());
    }

    void validDiagrams()
    {
        QVERIFY(validateMermaid(
            u"erDiagram\n    a[\"A b\"] {\n        INT x PK, FK \"c\"\n    }\n    a ||..o| a : \"x\"\n"_s)
                    .isEmpty());
        QCOMPARE(validateMermaid(MermaidSchemaWriter::write(awkwardMermaidSchema())), QString());
        const auto schemas = realSchemas();
        QCOMPARE(schemas.size(), 4);
        for (const auto& [name, schema] : schemas) {
            const QString text = MermaidSchemaWriter::write(schema);
            QVERIFY2(validateMermaid(text).isEmpty(), qPrintable(name + u": "_s + validateMermaid(text)));
            QCOMPARE(MermaidSchemaWriter::write(schema), text); // deterministic
        }
    }

    void realRelationships()
    {
        const auto schemas = realSchemas();
        QCOMPARE(schemas.size(), 4);
        QHash<QString, QString> texts;
        for (const auto& [name, schema] : schemas)
            texts.insert(name, MermaidSchemaWriter::write(schema));
        QVERIFY(texts[u"orders v1"_s].contains(u"\n    orders ||--o{ order_items : \"order_id\"\n"_s));
        QVERIFY(texts[u"orders v1"_s].contains(u"\n    orders ||..o{ payments : \"order_id\"\n"_s));
        QVERIFY(texts[u"northwind"_s].contains(u"\n    Orders ||--o{ Order_Details : \"OrderID\"\n"_s));
        QVERIFY(texts[u"northwind"_s].contains(u"\n    Order_Details[\"Order Details\"] {\n"_s));
        QVERIFY(texts[u"chinook"_s].contains(u"\n    Artist ||..o{ Album : \"ArtistId\"\n"_s));
        // One relationship per foreign key whose parent exists.
        for (const auto& [name, schema] : schemas) {
            qsizetype expected = 0;
            for (const Table& t : schema.tables) {
                for (const ForeignKey& fk : t.foreignKeys)
                    expected += schema.table(fk.parentTable) ? 1 : 0;
            }
            static const QRegularExpression rel(u"(?m)^    \\S+ [|}][|o](--|\\.\\.)[o|][|{] "_s);
            QCOMPARE(texts[name].count(rel), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestMermaidSchemaWriter)
#include "tst_mermaidschemawriter.moc"
