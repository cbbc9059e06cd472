// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "schema/identifier.h"
#include "schema/schemareader.h"
#include "schema/schemawriter.h"
#include "schema/textschemawriter.h"

#include <algorithm>

#include <QRegularExpression>
#include <QTest>

using namespace godwit::schema;
using godwit::test::Dataset;

Q_DECLARE_METATYPE(godwit::schema::Schema)

namespace {

// The seed article's orders model, cut down, plus the corners the writers must handle:
// a name with a space, STRICT + WITHOUT ROWID, a generated column, a partial expression
// index, a deferrable one-to-one foreign key, row counts, a view and a trigger.
Schema sampleSchema()
{
    auto column = [](QString name, QString type, bool notNull = false, int pk = 0) {
        Column c;
        c.name = std::move(name);
        c.declaredType = std::move(type);
        c.affinity = affinityOf(c.declaredType);
        c.notNull = notNull;
        c.primaryKeyPosition = pk;
        return c;
    };

    Table customers;
    customers.name = QStringLiteral("customers");
    customers.columns = { column(QStringLiteral("id"), QStringLiteral("INTEGER"), false, 1),
        column(QStringLiteral("email"), QStringLiteral("TEXT"), true),
        column(QStringLiteral("display name"), QStringLiteral("VARCHAR(40)")) };
    customers.columns[0].autoIncrement = true;
    customers.columns[1].collation = QStringLiteral("NOCASE");
    customers.columns[2].hasDefault = true;
    customers.columns[2].defaultValue = QStringLiteral("'anon'");
    customers.indexes = { Index { QStringLiteral("customers_email"), QStringLiteral("customers"), true,
        IndexOrigin::CreateIndex, { IndexPart { QStringLiteral("email"), {}, false, {} } }, {},
        QStringLiteral("CREATE UNIQUE INDEX customers_email ON customers (email)") } };
    customers.sql = QStringLiteral("CREATE TABLE customers (\n    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                                   "    email TEXT NOT NULL COLLATE NOCASE,\n"
                                   "    \"display name\" VARCHAR(40) DEFAULT 'anon'\n)");

    Table items;
    items.name = QStringLiteral("order items");
    items.columns = { column(QStringLiteral("order_id"), QStringLiteral("INTEGER"), true, 1),
        column(QStringLiteral("line"), QStringLiteral("INTEGER"), true, 2),
        column(QStringLiteral("qty"), QStringLiteral("INTEGER"), true),
        column(QStringLiteral("amount"), QStringLiteral("REAL")) };
    items.columns[3].generated = Generated::Stored;
    items.columns[3].generatedExpression = QStringLiteral("qty * 2.5");
    items.strict = true;
    items.withoutRowid = true;
    items.foreignKeys = { ForeignKey { 0, { QStringLiteral("order_id") }, QStringLiteral("orders"),
        { QStringLiteral("order_id") }, ForeignKeyAction::Cascade, ForeignKeyAction::NoAction, false, false } };
    items.indexes = { Index { QStringLiteral("sqlite_autoindex_order items_1"), QStringLiteral("order items"), true,
        IndexOrigin::PrimaryKey,
        { IndexPart { QStringLiteral("order_id"), {}, false, {} },
            IndexPart { QStringLiteral("line"), {}, false, {} } },
        {}, {} } };
    items.checks = { CheckConstraint { {}, QStringLiteral("qty > 0"), QStringLiteral("qty") } };
    items.sql = QStringLiteral("CREATE TABLE \"order items\" (...) STRICT, WITHOUT ROWID");
    items.rowCount = RowCount { 3, true };

    Table orders;
    orders.name = QStringLiteral("orders");
    orders.columns = { column(QStringLiteral("order_id"), QStringLiteral("INTEGER"), false, 1),
        column(QStringLiteral("customer_id"), QStringLiteral("INTEGER"), true),
        column(QStringLiteral("status"), QStringLiteral("TEXT"), true),
        column(QStringLiteral("created_at"), QStringLiteral("TEXT"), true), column(QStringLiteral("note"), QString()) };
    orders.columns[2].hasDefault = true;
    orders.columns[2].defaultValue = QStringLiteral("'pending'");
    orders.foreignKeys = { ForeignKey { 0, { QStringLiteral("customer_id") }, QStringLiteral("customers"),
        { QString() }, ForeignKeyAction::Restrict, ForeignKeyAction::NoAction, false, false } };
    orders.indexes = {
        Index { QStringLiteral("orders_customer_created"), QStringLiteral("orders"), false, IndexOrigin::CreateIndex,
            { IndexPart { QStringLiteral("customer_id"), {}, false, {} },
                IndexPart { QStringLiteral("created_at"), {}, true, {} } },
            {}, QStringLiteral("CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC)") },
        Index { QStringLiteral("orders_open"), QStringLiteral("orders"), false, IndexOrigin::CreateIndex,
            { IndexPart { {}, QStringLiteral("lower(status)"), false, QStringLiteral("NOCASE") } },
            QStringLiteral("status <> 'delivered'"),
            QStringLiteral(
                "CREATE INDEX orders_open ON orders (lower(status) COLLATE NOCASE) WHERE status <> 'delivered'") }
    };
    orders.checks
        = { CheckConstraint { QStringLiteral("status_known"), QStringLiteral("status IN ('pending', 'paid')"), {} } };
    orders.sql = QStringLiteral("CREATE TABLE orders (...)");
    orders.rowCount = RowCount { 1200, false };

    Table shipments;
    shipments.name = QStringLiteral("shipments");
    shipments.columns = { column(QStringLiteral("id"), QStringLiteral("INTEGER"), false, 1),
        column(QStringLiteral("order_id"), QStringLiteral("INTEGER")) };
    shipments.foreignKeys = { ForeignKey { 0, { QStringLiteral("order_id") }, QStringLiteral("orders"),
        { QStringLiteral("order_id") }, ForeignKeyAction::NoAction, ForeignKeyAction::Cascade, true, true } };
    shipments.indexes = { Index { QStringLiteral("sqlite_autoindex_shipments_1"), QStringLiteral("shipments"), true,
        IndexOrigin::Unique, { IndexPart { QStringLiteral("order_id"), {}, false, {} } }, {}, {} } };
    shipments.uniques = { UniqueConstraint { {}, { QStringLiteral("order_id") } } };
    shipments.sql = QStringLiteral("CREATE TABLE shipments (id INTEGER PRIMARY KEY, order_id INTEGER UNIQUE REFERENCES "
                                   "orders (order_id) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED)");

    Schema schema;
    schema.source = QStringLiteral("shop.db");
    schema.tables = { customers, items, orders, shipments };
    schema.views = { View { QStringLiteral("order_totals"), { QStringLiteral("order_id"), QStringLiteral("total") },
        QStringLiteral("CREATE VIEW order_totals AS SELECT order_id, sum(amount) AS total FROM \"order items\" GROUP "
                       "BY order_id") } };
    schema.triggers = { Trigger { QStringLiteral("orders_touch"), QStringLiteral("orders"), TriggerTiming::After,
        TriggerEvent::Update, { QStringLiteral("status") },
        QStringLiteral("CREATE TRIGGER orders_touch AFTER UPDATE OF status ON orders BEGIN SELECT 1; END") } };
    return schema;
}

Table oneColumnTable(const QString& name, const QString& column, const QString& type)
{
    Table t;
    t.name = name;
    Column c;
    c.name = column;
    c.declaredType = type;
    c.affinity = affinityOf(type);
    t.columns = { c };
    return t;
}

Schema schemaOf(const QList<Table>& tables)
{
    Schema s;
    s.tables = tables;
    return s;
}

} // namespace

class TestTextSchemaWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void write_data()
    {
        QTest::addColumn<Schema>("schema");
        QTest::addColumn<QString>("expected");

        QTest::addRow("empty schema") << Schema {} << QString();

        QTest::addRow("orders sample") << sampleSchema() << QStringLiteral(R"(table customers (3 columns)
  id              INTEGER      PK     AUTOINCREMENT
  email           TEXT         NN UQ  COLLATE NOCASE
  "display name"  VARCHAR(40)         DEFAULT 'anon'
  indexes:
    customers_email UNIQUE (email)

table "order items" (4 columns, 3 rows) STRICT WITHOUT ROWID
  order_id  INTEGER  PK NN FK
  line      INTEGER  PK NN
  qty       INTEGER  NN
  amount    REAL               GENERATED ALWAYS AS (qty * 2.5) STORED
  indexes:
    "sqlite_autoindex_order items_1" UNIQUE (order_id, line) [primary key]
  foreign keys:
    (order_id) -> orders(order_id) ON DELETE CASCADE
  checks:
    CHECK (qty > 0) [column qty]

table orders (5 columns, ~1200 rows)
  order_id     INTEGER  PK
  customer_id  INTEGER  NN FK
  status       TEXT     NN     DEFAULT 'pending'
  created_at   TEXT     NN
  note
  indexes:
    orders_customer_created (customer_id, created_at DESC)
    orders_open (lower(status) COLLATE NOCASE) WHERE status <> 'delivered'
  foreign keys:
    (customer_id) -> customers(id) ON DELETE RESTRICT
  checks:
    CONSTRAINT status_known CHECK (status IN ('pending', 'paid'))

table shipments (2 columns)
  id        INTEGER  PK
  order_id  INTEGER  UQ FK
  indexes:
    sqlite_autoindex_shipments_1 UNIQUE (order_id) [unique constraint]
  foreign keys:
    (order_id) -> orders(order_id) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED

view order_totals (order_id, total)

trigger orders_touch AFTER UPDATE OF status ON orders
)");

        {
            Table t = oneColumnTable(QStringLiteral("log"), QStringLiteral("line"), QStringLiteral("TEXT"));
            t.rowCount = RowCount { 1, true };
            QTest::addRow("one exact row, singular words")
                << schemaOf({ t }) << QStringLiteral("table log (1 column, 1 row)\n  line  TEXT\n");
        }
        {
            Table t = oneColumnTable(QStringLiteral("events"), QStringLiteral("payload"), QString());
            t.rowCount = RowCount { 0, false };
            QTest::addRow("estimated zero rows, no type")
                << schemaOf({ t }) << QStringLiteral("table events (1 column, ~0 rows)\n  payload\n");
        }
        {
            Table t = oneColumnTable(QStringLiteral("docs"), QStringLiteral("body"), QString());
            t.isVirtual = true;
            t.columns.append(t.columns.front());
            t.columns.back().name = QStringLiteral("rank");
            t.columns.back().hidden = true;
            QTest::addRow("virtual table with a hidden column")
                << schemaOf({ t }) << QStringLiteral("table docs (2 columns) VIRTUAL\n  body\n  rank  HIDDEN\n");
        }
        {
            Table t = oneColumnTable(QStringLiteral("select"), QStringLiteral("from"), QStringLiteral("INT"));
            t.columns.front().generated = Generated::Virtual;
            t.columns.front().generatedExpression = QStringLiteral("1 +\n    2");
            QTest::addRow("keywords quoted, multi-line expression on one line")
                << schemaOf({ t })
                << QStringLiteral(
                       "table \"select\" (1 column)\n  \"from\"  INT  GENERATED ALWAYS AS (1 + 2) VIRTUAL\n");
        }
        {
            Table child
                = oneColumnTable(QStringLiteral("child"), QStringLiteral("parent_id"), QStringLiteral("INTEGER"));
            child.foreignKeys = { ForeignKey { 0, { QStringLiteral("parent_id") }, QStringLiteral("gone"),
                { QString() }, ForeignKeyAction::SetNull, ForeignKeyAction::SetDefault, true, false } };
            QTest::addRow("foreign key to a missing table keeps the parent name")
                << schemaOf({ child })
                << QStringLiteral("table child (1 column)\n  parent_id  INTEGER  FK\n  foreign keys:\n"
                                  "    (parent_id) -> gone ON DELETE SET NULL ON UPDATE SET DEFAULT DEFERRABLE\n");
        }
        {
            Schema s;
            s.triggers = { Trigger { QStringLiteral("v_insert"), QStringLiteral("v"), TriggerTiming::InsteadOf,
                               TriggerEvent::Insert, {}, {} },
                Trigger { QStringLiteral("t_delete"), QStringLiteral("t"), TriggerTiming::Before, TriggerEvent::Delete,
                    {}, {} } };
            QTest::addRow("triggers only, in schema order")
                << s
                << QStringLiteral("trigger v_insert INSTEAD OF INSERT ON v\ntrigger t_delete BEFORE DELETE ON t\n");
        }
    }

    void write()
    {
        QFETCH(Schema, schema);
        QFETCH(QString, expected);
        const QString text = TextSchemaWriter::write(schema);
        QCOMPARE(text, expected);
        QCOMPARE(SchemaWriter::write(schema, SchemaFormat::Text), expected);
    }

    void formatFromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("format");
        QTest::addRow("text") << QStringLiteral("text") << true << int(SchemaFormat::Text);
        QTest::addRow("json") << QStringLiteral("json") << true << int(SchemaFormat::Json);
        QTest::addRow("mermaid") << QStringLiteral("mermaid") << true << int(SchemaFormat::Mermaid);
        QTest::addRow("dot") << QStringLiteral("dot") << true << int(SchemaFormat::Dot);
        QTest::addRow("upper case") << QStringLiteral("JSON") << true << int(SchemaFormat::Json);
        QTest::addRow("unknown") << QStringLiteral("yaml") << false << -1;
        QTest::addRow("empty") << QString() << false << -1;
        QTest::addRow("prefix") << QStringLiteral("merm") << false << -1;
    }

    void formatFromName()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        QFETCH(int, format);
        SchemaFormat parsed = SchemaFormat::Dot;
        QCOMPARE(SchemaWriter::formatFromName(name, &parsed), known);
        if (known)
            QCOMPARE(int(parsed), format);
        else
            QCOMPARE(parsed, SchemaFormat::Dot); // untouched on failure
    }

    void realSchemas_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("expectedLines");
        QTest::addRow("chinook") << godwit::test::datasetDatabase(Dataset::Chinook)
                                 << QStringList { QStringLiteral("table Album (3 columns)"),
                                        QStringLiteral("    (ArtistId) -> Artist(ArtistId)") };
        QTest::addRow("northwind") << godwit::test::datasetDatabase(Dataset::Northwind)
                                   << QStringList { QStringLiteral("table \"Order Details\" (5 columns)"),
                                          QStringLiteral("view \"Current Product List\" (ProductID, ProductName)") };
        QTest::addRow("sakila") << godwit::test::datasetDatabase(Dataset::Sakila)
                                << QStringList { QStringLiteral("trigger actor_trigger_ai AFTER INSERT ON actor") };
        QTest::addRow("orders v1") << godwit::test::ordersV1Database()
                                   << QStringList {
                                          QStringLiteral("table orders (6 columns)"),
                                          QStringLiteral("  status              TEXT     NN  DEFAULT 'pending'"),
                                          QStringLiteral("  provider_ref  TEXT     NN UQ"),
                                          QStringLiteral("    orders_customer_created (customer_id, created_at DESC)"),
                                          QStringLiteral("    (order_id) -> orders(order_id) ON DELETE CASCADE"),
                                          QStringLiteral("    payments_provider_ref UNIQUE (provider_ref)"),
                                          QStringLiteral("    CHECK (quantity > 0) [column quantity]"),
                                      };
    }

    void realSchemas()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, expectedLines);
        QVERIFY(!path.isEmpty());
        const auto schema = SchemaReader::readFile(path);
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        const QString text = TextSchemaWriter::write(*schema);
        QCOMPARE(TextSchemaWriter::write(*schema), text); // deterministic
        QVERIFY(text.endsWith(QLatin1Char('\n')));
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString& line : expectedLines)
            QVERIFY2(lines.contains(line), qPrintable(line));

        // One header per table, one line per column, no trailing blanks anywhere.
        qsizetype headers = 0;
        for (const QString& line : lines) {
            QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
            if (line.startsWith(QLatin1String("table ")))
                ++headers;
        }
        QCOMPARE(headers, schema->tables.size());
        for (const Table& table : schema->tables) {
            const QString header = QStringLiteral("table ") + godwit::schema::quoteIdentifierIfNeeded(table.name)
                + QStringLiteral(" (%1 column").arg(table.columns.size());
            const auto found = std::ranges::find_if(lines, [&](const QString& l) { return l.startsWith(header); });
            const qsizetype at = found == lines.end() ? -1 : found - lines.begin();
            QVERIFY2(at >= 0, qPrintable(header));
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                const QString name = godwit::schema::quoteIdentifierIfNeeded(table.columns[c].name);
                QVERIFY2(lines[at + 1 + c].startsWith(QLatin1String("  ") + name), qPrintable(lines[at + 1 + c]));
            }
        }
        for (const View& view : schema->views)
            QVERIFY(text.contains(
                QStringLiteral("view ") + godwit::schema::quoteIdentifierIfNeeded(view.name) + QLatin1String(" (")));
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("(?m)^trigger "))), schema->triggers.size());
    }

    void rowCountsFromReader()
    {
        ReadOptions options;
        options.rowCounts = ReadOptions::RowCounts::Exact;
        const auto schema = SchemaReader::readFile(godwit::test::datasetDatabase(Dataset::Chinook), options);
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        const QString text = TextSchemaWriter::write(*schema);
        QVERIFY2(text.contains(QLatin1String("table Artist (2 columns, 275 rows)")), qPrintable(text.left(400)));
    }
};

QTEST_GUILESS_MAIN(TestTextSchemaWriter)
#include "tst_textschemawriter.moc"
