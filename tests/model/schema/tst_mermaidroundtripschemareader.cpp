// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "resultmessage.h"
#include "sampleschema.h"
#include "schema/mermaidschemareader.h"
#include "schema/mermaidschemawriter.h"
#include "schema/schemareader.h"
#include "schemadescription.h"

#include <QTest>

using namespace godwit::schema;
using namespace Qt::StringLiterals;
using godwit::test::column;
using godwit::test::Dataset;

namespace {

// Names and values that push the writer's escaping: quotes, `%`, `\`, keywords, words that
// sanitize alike, "direction TB" inside names, STRICT ANY, generated and hidden columns.
Schema awkwardSchema()
{
    Table a;
    a.name = u"end"_s;
    a.columns = { column(u"PK"_s, u"INTEGER"_s, false, 1), column(u"a b"_s, u"VARCHAR(10)"_s, true),
        column(u"a_b"_s, u"ANY"_s), column(u"direction TB"_s, QString()) };
    a.columns[2].affinity = Affinity::Blob;
    a.columns[1].hasDefault = true;
    a.columns[1].defaultValue = u"'x, \"y\"\n~z~'"_s;
    a.columns[1].collation = u"NOCASE"_s;
    a.strict = true;
    a.uniques = { UniqueConstraint { u"odd, name"_s, { u"a b"_s } } };
    a.indexes = { Index { u"sqlite_autoindex_end_1"_s, u"end"_s, true, IndexOrigin::Unique,
                      { IndexPart { u"a b"_s, {}, false, {} } }, {}, {} },
        Index { u"x%y"_s, u"end"_s, false, IndexOrigin::CreateIndex,
            { IndexPart { {}, u"lower(\"a b\")"_s, true, u"NOCASE"_s } }, u"PK > 0"_s, u"CREATE INDEX ..."_s } };
    a.checks = { CheckConstraint { {}, u"length(\"a b\") < 10"_s, u"a b"_s } };
    a.sql = u"CREATE TABLE \"end\" (...) STRICT"_s;
    a.rowCount = RowCount { 12345, false };

    Table b;
    b.name = u"a\"b%c\\d"_s;
    b.columns = { column(u"id"_s, u"TEXT"_s, true, 1), column(u"end_id"_s, u"INTEGER"_s, true),
        column(u"total"_s, u"REAL"_s), column(u"hidden"_s, u"INT"_s) };
    b.columns[2].generated = Generated::Virtual;
    b.columns[2].generatedExpression = u"end_id * 2"_s;
    b.columns[3].hidden = true;
    b.withoutRowid = true;
    b.foreignKeys = { ForeignKey { 1, { u"end_id"_s }, u"end"_s, { QString() }, ForeignKeyAction::SetNull,
                          ForeignKeyAction::Cascade, true, true },
        ForeignKey { 0, { u"id"_s }, u"missing table"_s, { u"x"_s }, {}, {}, false, false } };
    b.rowCount = RowCount { 3, true };

    Schema s;
    s.source = u"awkward.db"_s;
    s.tables = { b, a }; // sorted case-insensitively: '"' sorts before 'e'
    s.views = { View { u"my view"_s, { u"a,b"_s, QString() }, u"CREATE VIEW \"my view\" AS SELECT 1, 2"_s } };
    s.triggers = { Trigger { u"t \"1\""_s, u"my view"_s, TriggerTiming::InsteadOf, TriggerEvent::Update, { u"a,b"_s },
        u"CREATE TRIGGER ..."_s } };
    return s;
}

// A PostgreSQL schema in two namespaces, named as the catalog reader names them: bare in
// public, schema.table elsewhere, with an identity key and a materialized view.
Schema twoSchemas()
{
    Table customer;
    customer.name = u"customer"_s;
    customer.schemaName = u"public"_s;
    customer.columns
        = { column(u"id"_s, u"integer"_s, true, 1), column(u"email"_s, u"character varying(120)"_s, true) };
    customer.columns[0].identity = Identity::Always;
    customer.indexes = { Index { u"customer_pkey"_s, u"customer"_s, true, IndexOrigin::PrimaryKey,
        { IndexPart { u"id"_s, {}, false, {} } }, {}, {} } };

    Table orders;
    orders.name = u"sales.orders"_s;
    orders.schemaName = u"sales"_s;
    orders.columns = { column(u"id"_s, u"bigint"_s, true, 1), column(u"customer_id"_s, u"integer"_s, true),
        column(u"total"_s, u"numeric(10,2)"_s) };
    orders.columns[0].identity = Identity::ByDefault;
    orders.foreignKeys = { ForeignKey { 0, { u"customer_id"_s }, u"customer"_s, { u"id"_s }, ForeignKeyAction::Cascade,
        ForeignKeyAction::NoAction, false, false } };
    orders.foreignKeys[0].name = u"orders_customer_fk"_s;

    Table refund = orders;
    refund.name = u"sales.refund"_s;
    refund.columns = { column(u"id"_s, u"integer"_s, true, 1), column(u"order_id"_s, u"bigint"_s, true) };
    refund.foreignKeys = { ForeignKey { 0, { u"order_id"_s }, u"sales.orders"_s, { u"id"_s }, {}, {}, false, false } };

    Schema s;
    s.dialect = Dialect::PostgreSQL;
    s.tables = { customer, orders, refund };
    View totals { u"sales.totals"_s, { u"customer_id"_s, u"spent"_s }, u"SELECT 1"_s, u"sales"_s, true };
    s.views = { totals };
    return s;
}

// Field by field, so a failure names the table and the fact that differs.
void compareSchemas(const Schema& actual, const Schema& expected)
{
    QCOMPARE(godwit::test::names(actual.tables), godwit::test::names(expected.tables));
    for (qsizetype i = 0; i < expected.tables.size(); ++i) {
        const Table& a = actual.tables[i];
        const Table& e = expected.tables[i];
        QCOMPARE(godwit::test::describe(a), godwit::test::describe(e));
        for (qsizetype c = 0; c < e.columns.size(); ++c)
            QVERIFY2(a.columns[c] == e.columns[c], qPrintable(e.name + u'.' + e.columns[c].name));
        QVERIFY2(a.indexes == e.indexes, qPrintable(e.name));
        QVERIFY2(a.foreignKeys == e.foreignKeys, qPrintable(e.name));
        QVERIFY2(a.checks == e.checks, qPrintable(e.name));
        QVERIFY2(a.uniques == e.uniques, qPrintable(e.name));
        QCOMPARE(a.sql, e.sql);
        QCOMPARE(a.rowCount.has_value(), e.rowCount.has_value());
        QVERIFY2(a == e, qPrintable(e.name));
    }
    QVERIFY(actual.views == expected.views);
    QVERIFY(actual.triggers == expected.triggers);
    QVERIFY(actual.relationships.isEmpty());
    QVERIFY(actual == expected);
}

} // namespace

// Schema -> MermaidSchemaWriter -> MermaidSchemaReader gives the schema back, and an exported
// diagram edited by hand reads as what the edits say.
class TestMermaidRoundTripSchemaReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<bool>("rowCounts");
        QTest::addRow("chinook") << godwit::test::datasetDatabase(Dataset::Chinook) << true;
        QTest::addRow("northwind (names with spaces)") << godwit::test::datasetDatabase(Dataset::Northwind) << false;
        QTest::addRow("sakila") << godwit::test::datasetDatabase(Dataset::Sakila) << false;
        QTest::addRow("orders V1") << godwit::test::ordersV1Database() << true;
        QTest::addRow("orders V2") << godwit::test::ordersV2Database() << false;
    }
    void roundTrip()
    {
        QFETCH(QString, database);
        QFETCH(bool, rowCounts);
        QVERIFY(!database.isEmpty());
        ReadOptions options;
        options.rowCounts = rowCounts ? ReadOptions::RowCounts::Exact : ReadOptions::RowCounts::None;
        auto original = SchemaReader::readFile(database, options);
        QVERIFY2(original, godwit::test::why(original).constData());
        QVERIFY(!original->tables.isEmpty());
        const QString text = MermaidSchemaWriter::write(*original);
        auto back = MermaidSchemaReader::read(text, u"export.mmd"_s);
        QVERIFY2(back, godwit::test::why(back).constData());
        QCOMPARE(back->source, u"export.mmd"_s);
        back->source = original->source;
        compareSchemas(*back, *original);
    }

    void roundTripAwkwardNames()
    {
        const Schema original = awkwardSchema();
        auto back = MermaidSchemaReader::read(MermaidSchemaWriter::write(original), u"x.mmd"_s);
        QVERIFY2(back, godwit::test::why(back).constData());
        back->source = original.source;
        compareSchemas(*back, original);
    }

    // PostgreSQL namespaces survive the diagram: quoted schema.table entity ids, one `%%` header
    // per schema, and the dialect, namespace and identity facts in the godwit lines.
    void roundTripPostgresSchemas()
    {
        const Schema original = twoSchemas();
        const QString text = MermaidSchemaWriter::write(original);
        QVERIFY2(text.contains(u"%% godwit: schema version=1 dialect=postgresql\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"    %% schema public\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"    %% schema sales\n"_s), qPrintable(text));
        QVERIFY2(text.indexOf(u"%% schema public"_s) < text.indexOf(u"    customer {"_s)
                && text.indexOf(u"    customer {"_s) < text.indexOf(u"%% schema sales"_s)
                && text.indexOf(u"%% schema sales"_s) < text.indexOf(u"    \"sales.orders\" {"_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"    \"sales.orders\" ||..o{ \"sales.refund\" : \"order_id\"\n"_s), qPrintable(text));
        auto back = MermaidSchemaReader::read(text, u"pg.mmd"_s);
        QVERIFY2(back, godwit::test::why(back).constData());
        back->source = original.source;
        QCOMPARE(back->dialect, Dialect::PostgreSQL);
        QCOMPARE(back->table(u"sales.orders")->schemaName, u"sales"_s);
        QCOMPARE(back->table(u"customer")->column(u"id")->identity, Identity::Always);
        QCOMPARE(back->views, original.views);
        compareSchemas(*back, original);
        QVERIFY(*back == original);
    }

    // A new entity in a PostgreSQL diagram takes its namespace from its qualified name.
    void newEntityInPostgresDiagram()
    {
        QString text = MermaidSchemaWriter::write(twoSchemas());
        text += u"    \"billing.invoice\" {\n        integer id PK\n    }\n    plain {\n        text note\n    }\n"_s;
        auto back = MermaidSchemaReader::read(text, u"pg.mmd"_s);
        QVERIFY2(back, godwit::test::why(back).constData());
        QVERIFY(back->table(u"billing.invoice"));
        QCOMPARE(back->table(u"billing.invoice")->schemaName, u"billing"_s);
        QCOMPARE(back->table(u"plain")->schemaName, u"public"_s);
    }

    // An exported diagram edited by hand: what the diagram still shows keeps its exact facts,
    // what was changed, added or removed is read from the diagram.
    void editedExport()
    {
        auto original = SchemaReader::readFile(godwit::test::ordersV1Database());
        QVERIFY(original);
        QStringList lines = MermaidSchemaWriter::write(*original).split(u'\n');
        auto replace = [&](const QString& from, const QStringList& to) {
            const qsizetype i = lines.indexOf(from);
            QVERIFY2(i >= 0, qPrintable(from));
            lines.removeAt(i);
            for (qsizetype k = 0; k < to.size(); ++k)
                lines.insert(i + k, to[k]);
        };
        replace(u"        TEXT estimated_delivery"_s, { u"        TEXT channel"_s }); // dropped one, added one
        replace(u"        NUMERIC total_amount \"NOT NULL, DEFAULT 0\""_s, { u"        decimal total_amount"_s });
        replace(u"    orders ||..o{ payments : \"order_id\""_s,
            { u"    payments ||--o{ refunds : has"_s, u"    refunds {"_s, u"        int refund_id PK"_s,
                u"        int payment_id FK"_s, u"    }"_s });
        auto edited = MermaidSchemaReader::read(lines.join(u'\n'), u"edited.mmd"_s);
        QVERIFY2(edited, godwit::test::why(edited).constData());

        const Table* orders = edited->table(u"orders");
        QVERIFY(orders);
        QVERIFY(!orders->column(u"estimated_delivery"));
        QVERIFY(orders->column(u"channel"));
        QCOMPARE(orders->column(u"channel")->declaredType, u"TEXT"_s);
        QCOMPARE(orders->column(u"total_amount")->declaredType, u"NUMERIC"_s);
        QVERIFY(orders->column(u"total_amount")->notNull); // unchanged type: the godwit line still applies
        QVERIFY(orders->column(u"status")->hasDefault);
        QVERIFY(orders->sql.isEmpty()); // the stored CREATE TABLE no longer describes it
        QVERIFY(orders->index(u"orders_customer_created"));

        const Table* payments = edited->table(u"payments");
        QVERIFY(payments);
        QVERIFY(payments->foreignKeys.isEmpty()); // its relationship line was deleted
        QVERIFY(payments->sql.isEmpty());
        QVERIFY(payments->column(u"order_id")->notNull);

        const Table* items = edited->table(u"order_items");
        QVERIFY(items);
        QVERIFY(*items == *original->table(u"order_items")); // untouched: exact, CREATE TABLE text included

        const Table* refunds = edited->table(u"refunds");
        QVERIFY(refunds);
        QCOMPARE(refunds->foreignKeys.size(), 1);
        QCOMPARE(refunds->foreignKeys.front().parentTable, u"payments"_s);
        QCOMPARE(refunds->foreignKeys.front().parentColumns, QStringList { u"payment_id"_s });
        QVERIFY(refunds->column(u"payment_id")->notNull);
    }

    // A new entity id is a new table: keys to the table whose entity is gone go with it.
    void renamedEntityId()
    {
        auto original = SchemaReader::readFile(godwit::test::ordersV1Database());
        QVERIFY(original);
        QString text = MermaidSchemaWriter::write(*original);
        text.replace(u"    orders {"_s, u"    purchases {"_s);
        text.replace(u"    orders ||"_s, u"    purchases ||"_s);
        auto edited = MermaidSchemaReader::read(text);
        QVERIFY2(edited, godwit::test::why(edited).constData());
        QVERIFY(!edited->table(u"orders"));
        QVERIFY(edited->table(u"purchases"));
        for (const char16_t* child : { u"order_items", u"payments" }) {
            const Table* t = edited->table(QStringView(child));
            QVERIFY(t);
            QCOMPARE(t->foreignKeys.size(), 1);
            QCOMPARE(t->foreignKeys.front().parentTable, u"purchases"_s);
            QCOMPARE(t->foreignKeys.front().parentColumns, QStringList { u"order_id"_s });
        }
        QVERIFY(edited->relationships.isEmpty());
    }

    void renameByAlias()
    {
        auto original = SchemaReader::readFile(godwit::test::ordersV1Database());
        QVERIFY(original);
        QString text = MermaidSchemaWriter::write(*original);
        text.replace(u"    payments {"_s, u"    payments[\"card payments\"] {"_s);
        auto edited = MermaidSchemaReader::read(text);
        QVERIFY2(edited, godwit::test::why(edited).constData());
        QVERIFY(!edited->table(u"payments"));
        const Table* renamed = edited->table(u"card payments");
        QVERIFY(renamed);
        QCOMPARE(renamed->columns, original->table(u"payments")->columns);
        QCOMPARE(renamed->index(u"payments_order")->table, u"card payments"_s);
    }

    // Kinds and keys a later version of the format may add are skipped, as the format says.
    void unknownGodwitLinesAreSkipped()
    {
        auto schema = MermaidSchemaReader::read(u"erDiagram\n  %% godwit: schema version=1 colour=red\n"
                                                "  %% godwit: tablespace fast path=\"/a b\"\n"
                                                "  %% godwit: table t flavour=\"a b\",c strict shiny\n"
                                                "  %% godwit: column t.x type=INT notnull\n"
                                                "  %% just a comment\n  t {\n    INT x\n  }\n"_s);
        QVERIFY2(schema, godwit::test::why(schema).constData());
        QCOMPARE(schema->tables.size(), 1);
        QVERIFY(schema->tables.front().strict);
        QVERIFY(schema->tables.front().columns.front().notNull);
    }
};

QTEST_GUILESS_MAIN(TestMermaidRoundTripSchemaReader)
#include "tst_mermaidroundtripschemareader.moc"
