// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "resultmessage.h"
#include "sampleschema.h"
#include "schema/jsonschemawriter.h"
#include "schema/schemareader.h"
#include "schema/schemawriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace godwit::schema;
using namespace Qt::StringLiterals;
using godwit::test::Dataset;
using godwit::test::textLines;

Q_DECLARE_METATYPE(godwit::schema::Schema)

using godwit::test::sampleSchema;

namespace {

// One of everything that has a null/non-null choice, small enough to spell out in full.
Schema tinySchema()
{
    Column id;
    id.name = QStringLiteral("id");
    id.declaredType = QStringLiteral("INTEGER");
    id.affinity = Affinity::Integer;
    id.primaryKeyPosition = 1;
    Column tag;
    tag.name = QStringLiteral("tag \"x\"");
    tag.affinity = Affinity::Blob;
    tag.notNull = true;
    tag.hasDefault = true;
    tag.defaultValue = QStringLiteral("'a\\b'");
    tag.collation = QStringLiteral("NOCASE");
    Table t;
    t.name = QStringLiteral("t");
    t.columns = { id, tag };
    t.indexes = { Index { QStringLiteral("t_tag"), QStringLiteral("t"), false, IndexOrigin::CreateIndex,
        { IndexPart { {}, QStringLiteral("lower(\"tag \"\"x\"\"\") || ''"), true, QStringLiteral("RTRIM") } },
        QStringLiteral("id > 0"),
        QStringLiteral("CREATE INDEX t_tag ON t (lower(\"tag \"\"x\"\"\") || '' COLLATE RTRIM DESC) WHERE id > 0") } };
    t.foreignKeys = { ForeignKey { 0, { QStringLiteral("id") }, QStringLiteral("t"), { QString() },
        ForeignKeyAction::SetNull, ForeignKeyAction::Cascade, true, false } };
    t.checks = { CheckConstraint { QStringLiteral("positive"), QStringLiteral("id > 0"), {} } };
    t.uniques = { UniqueConstraint { {}, { QStringLiteral("tag \"x\"") } } };
    t.sql = QStringLiteral("CREATE TABLE t (\n\tid INTEGER PRIMARY KEY\n)\n"); // a raw string below cannot hold )"
    t.rowCount = RowCount { 42, false };
    Schema s;
    s.source = QStringLiteral("C:\\data\\t.db");
    s.tables = { t };
    s.views = { View { QStringLiteral("v"), {}, QStringLiteral("CREATE VIEW v AS SELECT 1") } };
    s.triggers = { Trigger { QStringLiteral("tr"), QStringLiteral("v"), TriggerTiming::InsteadOf, TriggerEvent::Delete,
        {}, QStringLiteral("CREATE TRIGGER tr INSTEAD OF DELETE ON v BEGIN SELECT 1; END") } };
    return s;
}

QString docsPath() { return QStringLiteral(QT_TESTCASE_SOURCEDIR "/../docs/json-format.md"); }

QString readDocs()
{
    QFile f(docsPath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The documented keys of each object, in documented order: the `| `key` |` rows under each heading.
QMap<QString, QStringList> documentedKeys(const QString& docs)
{
    QMap<QString, QStringList> sections;
    QString heading;
    bool inSchemaFormat = false;
    for (const QString& line : docs.split(QLatin1Char('\n'))) {
        // The file documents several formats, each under its own "# " title; only godwit.schema counts here.
        if (line.startsWith(QLatin1String("# "))) {
            if (inSchemaFormat)
                break;
            inSchemaFormat = true;
        } else if (line.startsWith(QLatin1String("## ")) || line.startsWith(QLatin1String("### ")))
            heading = line.section(QLatin1Char(' '), 1);
        else if (line.startsWith(QLatin1String("| `")))
            sections[heading].append(line.section(QLatin1Char('`'), 1, 1));
    }
    return sections;
}

// The keys of every object in the writer's text, in the order written. Relies on the
// writer's layout (one key per line, two-space steps), which the exact-text test pins down.
QList<QStringList> objectKeyOrders(const QString& text)
{
    QList<QStringList> done;
    QList<QPair<qsizetype, QStringList>> stack;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const qsizetype indent = line.size() - line.trimmed().size();
        const QString trimmed = line.trimmed();
        if (!stack.isEmpty() && indent == stack.back().first + 2 && trimmed.startsWith(QLatin1Char('"')))
            stack.back().second.append(trimmed.section(QLatin1Char('"'), 1, 1));
        if (trimmed.endsWith(QLatin1Char('{')))
            stack.append(qMakePair(indent, QStringList {}));
        else if ((trimmed == QLatin1String("}") || trimmed == QLatin1String("},")) && !stack.isEmpty())
            done.append(stack.takeLast().second);
    }
    return done;
}

} // namespace

class TestJsonSchemaWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void write_data()
    {
        QTest::addColumn<Schema>("schema");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty schema") << Schema {}
                                      << textLines({
                                             u"{"_s,
                                             u"  \"format\": \"godwit.schema\","_s,
                                             u"  \"version\": 1,"_s,
                                             u"  \"source\": \"\","_s,
                                             u"  \"tables\": [],"_s,
                                             u"  \"views\": [],"_s,
                                             u"  \"triggers\": []"_s,
                                             u"}"_s,
                                         });
        QTest::addRow("every optional field")
            << tinySchema()
            << textLines({
                   u"{"_s,
                   u"  \"format\": \"godwit.schema\","_s,
                   u"  \"version\": 1,"_s,
                   u"  \"source\": \"C:\\\\data\\\\t.db\","_s,
                   u"  \"tables\": ["_s,
                   u"    {"_s,
                   u"      \"name\": \"t\","_s,
                   u"      \"strict\": false,"_s,
                   u"      \"withoutRowid\": false,"_s,
                   u"      \"virtual\": false,"_s,
                   u"      \"rowCount\": {"_s,
                   u"        \"value\": 42,"_s,
                   u"        \"exact\": false"_s,
                   u"      },"_s,
                   u"      \"columns\": ["_s,
                   u"        {"_s,
                   u"          \"name\": \"id\","_s,
                   u"          \"type\": \"INTEGER\","_s,
                   u"          \"affinity\": \"INTEGER\","_s,
                   u"          \"notNull\": false,"_s,
                   u"          \"default\": null,"_s,
                   u"          \"primaryKeyPosition\": 1,"_s,
                   u"          \"autoIncrement\": false,"_s,
                   u"          \"collation\": null,"_s,
                   u"          \"generated\": null,"_s,
                   u"          \"hidden\": false"_s,
                   u"        },"_s,
                   u"        {"_s,
                   u"          \"name\": \"tag \\\"x\\\"\","_s,
                   u"          \"type\": null,"_s,
                   u"          \"affinity\": \"BLOB\","_s,
                   u"          \"notNull\": true,"_s,
                   u"          \"default\": \"'a\\\\b'\","_s,
                   u"          \"primaryKeyPosition\": 0,"_s,
                   u"          \"autoIncrement\": false,"_s,
                   u"          \"collation\": \"NOCASE\","_s,
                   u"          \"generated\": null,"_s,
                   u"          \"hidden\": false"_s,
                   u"        }"_s,
                   u"      ],"_s,
                   u"      \"indexes\": ["_s,
                   u"        {"_s,
                   u"          \"name\": \"t_tag\","_s,
                   u"          \"table\": \"t\","_s,
                   u"          \"unique\": false,"_s,
                   u"          \"origin\": \"index\","_s,
                   u"          \"parts\": ["_s,
                   u"            {"_s,
                   u"              \"column\": null,"_s,
                   u"              \"expression\": \"lower(\\\"tag \\\"\\\"x\\\"\\\"\\\") || ''\","_s,
                   u"              \"descending\": true,"_s,
                   u"              \"collation\": \"RTRIM\""_s,
                   u"            }"_s,
                   u"          ],"_s,
                   u"          \"where\": \"id > 0\","_s,
                   u"          \"sql\": \"CREATE INDEX t_tag ON t (lower(\\\"tag \\\"\\\"x\\\"\\\"\\\") || '' COLLATE RTRIM DESC) WHERE id > 0\""_s,
                   u"        }"_s,
                   u"      ],"_s,
                   u"      \"foreignKeys\": ["_s,
                   u"        {"_s,
                   u"          \"id\": 0,"_s,
                   u"          \"columns\": [\"id\"],"_s,
                   u"          \"parentTable\": \"t\","_s,
                   u"          \"parentColumns\": [null],"_s,
                   u"          \"onDelete\": \"SET NULL\","_s,
                   u"          \"onUpdate\": \"CASCADE\","_s,
                   u"          \"deferrable\": true,"_s,
                   u"          \"initiallyDeferred\": false"_s,
                   u"        }"_s,
                   u"      ],"_s,
                   u"      \"checks\": ["_s,
                   u"        {"_s,
                   u"          \"name\": \"positive\","_s,
                   u"          \"column\": null,"_s,
                   u"          \"expression\": \"id > 0\""_s,
                   u"        }"_s,
                   u"      ],"_s,
                   u"      \"uniques\": ["_s,
                   u"        {"_s,
                   u"          \"name\": null,"_s,
                   u"          \"columns\": [\"tag \\\"x\\\"\"]"_s,
                   u"        }"_s,
                   u"      ],"_s,
                   u"      \"sql\": \"CREATE TABLE t (\\n\\tid INTEGER PRIMARY KEY\\n)\\n\""_s,
                   u"    }"_s,
                   u"  ],"_s,
                   u"  \"views\": ["_s,
                   u"    {"_s,
                   u"      \"name\": \"v\","_s,
                   u"      \"columns\": [],"_s,
                   u"      \"sql\": \"CREATE VIEW v AS SELECT 1\""_s,
                   u"    }"_s,
                   u"  ],"_s,
                   u"  \"triggers\": ["_s,
                   u"    {"_s,
                   u"      \"name\": \"tr\","_s,
                   u"      \"table\": \"v\","_s,
                   u"      \"timing\": \"INSTEAD OF\","_s,
                   u"      \"event\": \"DELETE\","_s,
                   u"      \"updateOf\": [],"_s,
                   u"      \"sql\": \"CREATE TRIGGER tr INSTEAD OF DELETE ON v BEGIN SELECT 1; END\""_s,
                   u"    }"_s,
                   u"  ]"_s,
                   u"}"_s,
               });
    }

    void write()
    {
        QFETCH(Schema, schema);
        QFETCH(QString, expected);
        QCOMPARE(JsonSchemaWriter::write(schema), expected);
        QCOMPARE(SchemaWriter::write(schema, SchemaFormat::Json), expected);
    }

    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("json");
        QTest::addRow("quote and backslash") << QStringLiteral("a\"b\\c") << QStringLiteral("\"a\\\"b\\\\c\"");
        QTest::addRow("line breaks and tab") << QStringLiteral("a\r\nb\tc") << QStringLiteral("\"a\\r\\nb\\tc\"");
        QTest::addRow("other control characters")
            << QStringLiteral("\x01\x1f\b\f") << QStringLiteral("\"\\u0001\\u001f\\b\\f\"");
        QTest::addRow("line and paragraph separators")
            << QStringLiteral("a\u2028b\u2029") << QStringLiteral("\"a\\u2028b\\u2029\"");
        QTest::addRow("non-ASCII kept") << QStringLiteral("Größe €") << QStringLiteral("\"Größe €\"");
        QTest::addRow("slash not escaped") << QStringLiteral("a/b") << QStringLiteral("\"a/b\"");
    }

    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, json);
        QCOMPARE(JsonSchemaWriter::toText(QJsonValue(text)), json + QLatin1Char('\n'));
        // And a real parser reads it back.
        const auto doc = QJsonDocument::fromJson((QLatin1Char('[') + json + QLatin1Char(']')).toUtf8());
        QCOMPARE(doc.array().at(0).toString(), text);
    }

    void numbers()
    {
        QCOMPARE(JsonSchemaWriter::toText(QJsonValue(qint64(9007199254740991))), QStringLiteral("9007199254740991\n"));
        QCOMPARE(JsonSchemaWriter::toText(QJsonValue(-3)), QStringLiteral("-3\n"));
        QCOMPARE(JsonSchemaWriter::toText(QJsonValue(0.5)), QStringLiteral("0.5\n"));
        QCOMPARE(JsonSchemaWriter::toText(QJsonObject {}), QStringLiteral("{}\n"));
    }

    void parsesBack_data() { godwit::test::addSchemaSourceRows(); }

    void parsesBack()
    {
        QFETCH(QString, path);
        Schema schema = sampleSchema();
        if (!path.isEmpty()) {
            ReadOptions options;
            options.rowCounts = ReadOptions::RowCounts::Estimate;
            auto read = SchemaReader::readFile(path, options);
            QVERIFY2(read, godwit::test::why(read).constData());
            schema = *read;
        }
        const QString text = JsonSchemaWriter::write(schema);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject root = doc.object();
        QCOMPARE(root, JsonSchemaWriter::toJson(schema));

        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("godwit.schema"));
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        const QJsonArray tables = root.value(QLatin1String("tables")).toArray();
        QCOMPARE(tables.size(), schema.tables.size());
        for (qsizetype i = 0; i < tables.size(); ++i) {
            const QJsonObject t = tables.at(i).toObject();
            const Table& table = schema.tables[i];
            QCOMPARE(t.value(QLatin1String("name")).toString(), table.name);
            QCOMPARE(t.value(QLatin1String("columns")).toArray().size(), table.columns.size());
            QCOMPARE(t.value(QLatin1String("foreignKeys")).toArray().size(), table.foreignKeys.size());
            QCOMPARE(t.value(QLatin1String("indexes")).toArray().size(), table.indexes.size());
            QCOMPARE(t.contains(QLatin1String("rowCount")), table.rowCount.has_value());
            if (table.rowCount) {
                const QJsonObject count = t.value(QLatin1String("rowCount")).toObject();
                QCOMPARE(count.value(QLatin1String("value")).toInteger(), table.rowCount->value);
                QCOMPARE(count.value(QLatin1String("exact")).toBool(), table.rowCount->exact);
            }
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                const QJsonObject col = t.value(QLatin1String("columns")).toArray().at(c).toObject();
                QCOMPARE(col.value(QLatin1String("name")).toString(), table.columns[c].name);
                QCOMPARE(col.value(QLatin1String("notNull")).toBool(), table.columns[c].notNull);
                QCOMPARE(col.value(QLatin1String("default")).isNull(), !table.columns[c].hasDefault);
                QCOMPARE(col.value(QLatin1String("primaryKeyPosition")).toInt(), table.columns[c].primaryKeyPosition);
            }
        }
        QCOMPARE(root.value(QLatin1String("views")).toArray().size(), schema.views.size());
        QCOMPARE(root.value(QLatin1String("triggers")).toArray().size(), schema.triggers.size());
        QCOMPARE(JsonSchemaWriter::write(schema), text); // deterministic
    }

    // Every object carries exactly the documented keys, in the documented order.
    void keysAsDocumented()
    {
        const QString docs = readDocs();
        QVERIFY2(!docs.isEmpty(), qPrintable(docsPath()));
        const QMap<QString, QStringList> sections = documentedKeys(docs);
        for (const char* name : { "Root object", "Table", "Row count", "Column", "Index", "Index part", "Foreign key",
                 "Check", "Unique", "View", "Trigger" })
            QVERIFY2(sections.contains(QString::fromLatin1(name)), name);

        Schema schema = sampleSchema();
        schema.tables.append(tinySchema().tables); // adds a table with a CHECK, UNIQUE and partial index
        const QList<QStringList> objects = objectKeyOrders(JsonSchemaWriter::write(schema));
        QVERIFY(objects.size() > 20);
        QSet<QString> seen;
        for (const QStringList& keys : objects) {
            QString match;
            for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
                QStringList documented = it.value();
                if (!keys.contains(QLatin1String("rowCount")))
                    documented.removeAll(QLatin1String("rowCount"));
                if (keys == documented)
                    match = it.key();
            }
            if (keys == QStringList { QStringLiteral("expression"), QStringLiteral("stored") })
                match = QStringLiteral("generated"); // documented inline in the Column table
            QVERIFY2(!match.isEmpty(), qPrintable(keys.join(QLatin1Char(','))));
            seen.insert(match);
        }
        QCOMPARE(seen.size(), sections.size() + 1); // every section was exercised, plus `generated`
    }

    // docs/json-format.md shows the orders sample; it must be exactly what the writer produces.
    void documentedExampleIsCurrent()
    {
        const QString docs = readDocs();
        const qsizetype start = docs.indexOf(QLatin1String("```json\n"));
        QVERIFY(start >= 0);
        const qsizetype end = docs.indexOf(QLatin1String("```"), start + 8);
        QVERIFY(end > start);
        const QString example = docs.mid(start + 8, end - start - 8);

        auto schema = SchemaReader::readFile(godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql"));
        QVERIFY2(schema, godwit::test::why(schema).constData());
        schema->source = QStringLiteral("V1__orders.sql");
        QCOMPARE(example, JsonSchemaWriter::write(*schema));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchemaWriter)
#include "tst_jsonschemawriter.moc"
