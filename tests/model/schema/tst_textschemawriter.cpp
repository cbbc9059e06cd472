// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "resultmessage.h"
#include "sampleschema.h"
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

using godwit::test::sampleSchema;

namespace {

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
        QVERIFY2(schema, godwit::test::why(schema).constData());
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
        QVERIFY2(schema, godwit::test::why(schema).constData());
        const QString text = TextSchemaWriter::write(*schema);
        QVERIFY2(text.contains(QLatin1String("table Artist (2 columns, 275 rows)")), qPrintable(text.left(400)));
    }
};

QTEST_GUILESS_MAIN(TestTextSchemaWriter)
#include "tst_textschemawriter.moc"
