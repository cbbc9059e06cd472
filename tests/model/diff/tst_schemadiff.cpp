// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "diff/dependencyfinder.h"
#include "diff/forwardsqlwriter.h"
#include "diff/schemadiff.h"
#include "resultmessage.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"
#include "sqlite/workingcopy.h"

#include <QFile>
#include <QTest>

using namespace godwit::diff;
using godwit::schema::Schema;
using godwit::schema::SchemaReader;

namespace {

Schema read(const QString& sql)
{
    auto s = SchemaReader::readScript(sql, QStringLiteral("test.sql"));
    if (!s)
        qFatal("%s", qPrintable(s.error().toString()));
    return *s;
}

// One line per change: "<type> <object> <table.name>: <impact> <capability>[ (<deps> dependents)]".
QStringList summary(const ChangeSet& set)
{
    QStringList lines;
    for (const Change& c : set.changes) {
        QString line = QStringLiteral("%1 %2 %3")
                           .arg(changeTypeName(c.type), objectKindName(c.object), c.id().section(QLatin1Char(':'), 1));
        if (c.type == ChangeType::Renamed)
            line += QStringLiteral(" from ") + c.oldName;
        line += QStringLiteral(": %1 %2").arg(
            impactName(c.classification.impact), capabilityName(c.classification.capability));
        if (!c.dependents.isEmpty())
            line += QStringLiteral(" (%1 dependents)").arg(c.dependents.size());
        lines << line;
    }
    return lines;
}

const char* kBase = R"(
CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, created_at TEXT);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid')),
    total NUMERIC,
    note TEXT,
    placed_at TEXT
);
CREATE INDEX orders_customer ON orders (customer_id, placed_at DESC);
CREATE VIEW open_orders AS SELECT id, customer_id, total FROM orders WHERE status = 'new';
CREATE TRIGGER orders_paid AFTER UPDATE OF status ON orders BEGIN UPDATE customers SET name = name WHERE id = NEW.customer_id; END;
)";

// kBase with `from` replaced by `to`. A `from` that no longer matches fails the test (QVERIFY's
// own check, callable where a value is returned): otherwise a row expecting "no change" would
// pass on an unedited schema. An assertion macro would be compiled out in RelWithDebInfo.
QString edit(const char* from, const char* to)
{
    QString s = QString::fromUtf8(kBase);
    if (!QTest::qVerify(s.contains(QString::fromUtf8(from)), "s.contains(from)",
            qPrintable(QStringLiteral("edit(): not in the base schema: %1").arg(QString::fromUtf8(from))), __FILE__,
            __LINE__))
        return s;
    return s.replace(QString::fromUtf8(from), QString::fromUtf8(to));
}

QString append(const char* extra) { return QString::fromUtf8(kBase) + QString::fromUtf8(extra); }

} // namespace

class TestSchemaDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void changeKinds_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");
        const QString base = QString::fromUtf8(kBase);
        QTest::addRow("identical") << base << QStringList {};
        QTest::addRow("whitespace and quoting only") << edit(
            "CREATE VIEW open_orders AS SELECT id, customer_id, total FROM orders WHERE status = 'new';",
            "CREATE VIEW open_orders AS\n  SELECT \"id\", [customer_id], total -- comment\n  FROM orders WHERE "
            "status='new';") << QStringList {};
        QTest::addRow("name case only") << edit("CREATE INDEX orders_customer ON orders (customer_id, placed_at DESC);",
            "CREATE INDEX ORDERS_CUSTOMER ON Orders (Customer_Id, placed_at DESC);")
                                        << QStringList {};
        QTest::addRow("add nullable column") << edit("placed_at TEXT\n", "placed_at TEXT,\n    shipped_at TEXT\n")
                                             << QStringList { "added column orders.shipped_at: additive in-place" };
        QTest::addRow("add NOT NULL column with default")
            << edit("placed_at TEXT\n", "placed_at TEXT,\n    priority INTEGER NOT NULL DEFAULT 0\n")
            << QStringList { "added column orders.priority: additive in-place" };
        QTest::addRow("add NOT NULL column without default")
            << edit("placed_at TEXT\n", "placed_at TEXT,\n    channel TEXT NOT NULL\n")
            << QStringList { "added column orders.channel: breaking-for-writers rebuild" };
        QTest::addRow("add column with CURRENT_TIMESTAMP default")
            << edit("placed_at TEXT\n", "placed_at TEXT,\n    seen_at TEXT DEFAULT CURRENT_TIMESTAMP\n")
            << QStringList { "added column orders.seen_at: additive rebuild" };
        QTest::addRow("add column with expression default")
            << edit("placed_at TEXT\n", "placed_at TEXT,\n    token TEXT DEFAULT (hex(randomblob(8)))\n")
            << QStringList { "added column orders.token: additive rebuild" };
        QTest::addRow("add UNIQUE column") << edit("placed_at TEXT\n", "placed_at TEXT,\n    code TEXT UNIQUE\n")
                                           << QStringList { "added column orders.code: additive rebuild",
                                                  "added unique orders.UNIQUE (code): breaking-for-writers rebuild" };
        QTest::addRow("add virtual generated column")
            << edit("placed_at TEXT\n",
                   "placed_at TEXT,\n    total_cents INTEGER GENERATED ALWAYS AS (total * 100) VIRTUAL\n")
            << QStringList { "added column orders.total_cents: additive in-place" };
        QTest::addRow("add stored generated column")
            << edit("placed_at TEXT\n",
                   "placed_at TEXT,\n    total_cents INTEGER GENERATED ALWAYS AS (total * 100) STORED\n")
            << QStringList { "added column orders.total_cents: additive rebuild" };
        QTest::addRow("drop plain column")
            << edit("    note TEXT,\n", "") << QStringList { "removed column orders.note: destructive in-place" };
        QTest::addRow("drop indexed column")
            << edit("    placed_at TEXT\n", "    placed_note TEXT\n")
                   .replace(QStringLiteral("placed_note TEXT"), QStringLiteral("note2 BLOB"))
                   .replace(QStringLiteral("(customer_id, placed_at DESC)"), QStringLiteral("(customer_id)"))
            << QStringList { "added column orders.note2: additive in-place",
                   "removed column orders.placed_at: destructive rebuild (1 dependents)",
                   "modified index orders.orders_customer: breaking-for-readers in-place" };
        QTest::addRow("drop column used by a view")
            << edit("    total NUMERIC,\n", "")
                   .replace(QStringLiteral("SELECT id, customer_id, total FROM"),
                       QStringLiteral("SELECT id, customer_id FROM"))
            << QStringList { "removed column orders.total: destructive rebuild (1 dependents)",
                   "modified view open_orders: breaking-for-readers in-place" };
        QTest::addRow("drop FK column")
            << QString::fromUtf8(kBase)
                   .replace(QStringLiteral("    customer_id INTEGER NOT NULL REFERENCES customers(id),\n"), QString())
                   .replace(QStringLiteral("CREATE INDEX orders_customer ON orders (customer_id, placed_at DESC);"),
                       QString())
                   .replace(QStringLiteral("SELECT id, customer_id, total"), QStringLiteral("SELECT id, total"))
                   .replace(QStringLiteral("WHERE id = NEW.customer_id"), QStringLiteral("WHERE id = NEW.id"))
            << QStringList { "removed column orders.customer_id: destructive rebuild (4 dependents)",
                   "removed foreign-key orders.(customer_id) -> customers: additive rebuild",
                   "removed index orders.orders_customer: breaking-for-readers in-place",
                   "modified trigger orders.orders_paid: breaking-for-writers in-place",
                   "modified view open_orders: breaking-for-readers in-place" };
        QTest::addRow("rename column (same type)")
            << edit("    note TEXT,\n", "    remark TEXT,\n")
            << QStringList { "renamed column orders.remark from note: breaking-for-readers in-place" };
        QTest::addRow("change type, same affinity") << edit("note TEXT,", "note VARCHAR(200),")
                                                    << QStringList { "modified column orders.note: additive rebuild" };
        QTest::addRow("change type, new affinity")
            << edit("total NUMERIC,", "total TEXT,")
            << QStringList { "modified column orders.total: breaking-for-readers rebuild (1 dependents)" };
        QTest::addRow("type case and spacing only") << edit("note TEXT,", "note text,") << QStringList {};
        QTest::addRow("add NOT NULL") << edit("note TEXT,", "note TEXT NOT NULL,")
                                      << QStringList { "modified column orders.note: breaking-for-writers rebuild" };
        QTest::addRow("drop NOT NULL")
            << edit("customer_id INTEGER NOT NULL REFERENCES", "customer_id INTEGER REFERENCES")
            << QStringList { "modified column orders.customer_id: additive rebuild (4 dependents)" };
        QTest::addRow("change default") << edit("DEFAULT 'new'",
            "DEFAULT 'draft'") << QStringList { "modified column orders.status: additive rebuild (3 dependents)" };
        QTest::addRow("default in parentheses") << edit("DEFAULT 'new'", "DEFAULT ('new')") << QStringList {};
        QTest::addRow("change collation")
            << edit("name TEXT,", "name TEXT COLLATE NOCASE,")
            << QStringList { "modified column customers.name: breaking-for-readers rebuild (1 dependents)" };
        QTest::addRow("change primary key")
            << edit("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE,",
                   "CREATE TABLE customers (id INTEGER UNIQUE, email TEXT NOT NULL PRIMARY KEY,")
            << QStringList { "modified primary-key customers.PRIMARY KEY: breaking-for-writers rebuild" };
        QTest::addRow("add foreign key") << append("CREATE TABLE refunds (id INTEGER PRIMARY KEY, order_id INTEGER);")
                                         << QStringList { "added table refunds: additive in-place" };
        QTest::addRow("add column with its own FK")
            << edit("created_at TEXT);", "created_at TEXT, referrer INTEGER REFERENCES customers(id));")
            << QStringList { "added column customers.referrer: additive in-place",
                   "added foreign-key customers.(referrer) -> customers: additive in-place" };
        QTest::addRow("add FK to existing column")
            << edit("total NUMERIC,\n    note TEXT,", "total NUMERIC,\n    note TEXT REFERENCES customers(email),")
            << QStringList { "added foreign-key orders.(note) -> customers: breaking-for-writers rebuild" };
        QTest::addRow("add column to existing table")
            << edit("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, created_at "
                    "TEXT);",
                   "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, created_at "
                   "TEXT, referrer INTEGER);")
                + QStringLiteral("")
            << QStringList { "added column customers.referrer: additive in-place" };
        QTest::addRow("FK gains ON DELETE CASCADE")
            << edit("REFERENCES customers(id)", "REFERENCES customers(id) ON DELETE CASCADE")
            << QStringList { "modified foreign-key orders.(customer_id) -> customers: breaking-for-writers rebuild" };
        QTest::addRow("FK becomes deferrable")
            << edit("REFERENCES customers(id)", "REFERENCES customers(id) DEFERRABLE INITIALLY DEFERRED")
            << QStringList { "modified foreign-key orders.(customer_id) -> customers: breaking-for-writers rebuild" };
        QTest::addRow("add UNIQUE constraint")
            << edit("name TEXT, created_at TEXT);", "name TEXT, created_at TEXT, UNIQUE (name, created_at));")
            << QStringList { "added unique customers.UNIQUE (name,created_at): breaking-for-writers rebuild" };
        QTest::addRow("drop UNIQUE constraint") << edit("email TEXT NOT NULL UNIQUE,",
            "email TEXT NOT NULL,") << QStringList { "removed unique customers.UNIQUE (email): additive rebuild" };
        QTest::addRow("add CHECK") << edit("total NUMERIC,", "total NUMERIC CHECK (total >= 0),")
                                   << QStringList {
                                          "added check orders.CHECK (total >= 0): breaking-for-writers rebuild"
                                      };
        QTest::addRow("drop CHECK") << edit(" CHECK (status IN ('new', 'paid'))",
            "") << QStringList { "removed check orders.CHECK (status IN ('new', 'paid')): additive rebuild" };
        QTest::addRow("CHECK reformatted only")
            << edit("CHECK (status IN ('new', 'paid'))", "CHECK (status IN('new','paid'))") << QStringList {};
        QTest::addRow("add index") << append("CREATE INDEX orders_status ON orders (status);")
                                   << QStringList { "added index orders.orders_status: additive in-place" };
        QTest::addRow("add unique index")
            << append("CREATE UNIQUE INDEX customers_name ON customers (name);")
            << QStringList { "added index customers.customers_name: breaking-for-writers in-place" };
        QTest::addRow("drop index") << edit("CREATE INDEX orders_customer ON orders (customer_id, placed_at DESC);",
            "") << QStringList { "removed index orders.orders_customer: breaking-for-readers in-place" };
        QTest::addRow("index loses DESC")
            << edit("(customer_id, placed_at DESC)", "(customer_id, placed_at)")
            << QStringList { "modified index orders.orders_customer: breaking-for-readers in-place" };
        QTest::addRow("index becomes partial")
            << edit("(customer_id, placed_at DESC);", "(customer_id, placed_at DESC) WHERE status = 'new';")
            << QStringList { "modified index orders.orders_customer: breaking-for-readers in-place" };
        QTest::addRow("expression index")
            << append("CREATE INDEX customers_email_lower ON customers (lower(email));")
            << QStringList { "added index customers.customers_email_lower: additive in-place" };
        QTest::addRow("index renamed")
            << edit("CREATE INDEX orders_customer ON", "CREATE INDEX orders_by_customer ON")
            << QStringList { "renamed index orders.orders_by_customer from orders_customer: additive in-place" };
        QTest::addRow("drop table") << QString::fromUtf8(kBase).replace(
            QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, "
                           "created_at TEXT);"),
            QStringLiteral("CREATE TABLE people (pid INTEGER PRIMARY KEY, handle BLOB);"))
                                    << QStringList { "removed table customers: destructive in-place (2 dependents)",
                                           "added table people: additive in-place" };
        QTest::addRow("rename table")
            << QString::fromUtf8(kBase)
                   .replace(QStringLiteral("CREATE TABLE customers ("), QStringLiteral("CREATE TABLE clients ("))
                   .replace(QStringLiteral("REFERENCES customers(id)"), QStringLiteral("REFERENCES clients(id)"))
                   .replace(QStringLiteral("UPDATE customers SET"), QStringLiteral("UPDATE clients SET"))
            << QStringList { "renamed table clients from customers: breaking-for-readers in-place (2 dependents)",
                   "modified trigger orders.orders_paid: breaking-for-writers in-place" };
        QTest::addRow("add view") << append("CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100;")
                                  << QStringList { "added view big_orders: additive in-place" };
        QTest::addRow("drop view") << edit(
            "CREATE VIEW open_orders AS SELECT id, customer_id, total FROM orders WHERE status = 'new';", "")
                                   << QStringList { "removed view open_orders: breaking-for-readers in-place" };
        QTest::addRow("change view") << edit("WHERE status = 'new';", "WHERE status = 'paid';")
                                     << QStringList { "modified view open_orders: breaking-for-readers in-place" };
        QTest::addRow("add trigger")
            << append("CREATE TRIGGER orders_audit AFTER INSERT ON orders BEGIN SELECT 1; END;")
            << QStringList { "added trigger orders.orders_audit: breaking-for-writers in-place" };
        QTest::addRow("drop trigger") << edit("CREATE TRIGGER orders_paid AFTER UPDATE OF status ON orders BEGIN "
                                              "UPDATE customers SET name = name WHERE id = NEW.customer_id; END;",
            "") << QStringList { "removed trigger orders.orders_paid: breaking-for-writers in-place" };
        QTest::addRow("STRICT table") << edit("name TEXT, created_at TEXT);", "name TEXT, created_at TEXT) STRICT;")
                                      << QStringList {
                                             "modified table-option customers.customers: breaking-for-writers rebuild"
                                         };
        QTest::addRow("WITHOUT ROWID table")
            << edit("name TEXT, created_at TEXT);", "name TEXT, created_at TEXT) WITHOUT ROWID;")
            << QStringList { "modified table-option customers.customers: breaking-for-writers rebuild",
                   // WITHOUT ROWID enforces NOT NULL on the key: NULL no longer means "next rowid".
                   "modified column customers.id: breaking-for-writers rebuild (3 dependents)" };
    }
    void changeKinds()
    {
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        const ChangeSet set = SchemaDiff::compare(read(QString::fromUtf8(kBase)), read(after));
        const QStringList actual = summary(set);
        if (actual != expected)
            qWarning().noquote() << "actual:\n  " + actual.join(QStringLiteral("\n  "));
        QCOMPARE(actual, expected);
        // The forward SQL turns the before-schema into the after-schema exactly.
        auto db = godwit::sqlite::Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->exec(QString::fromUtf8(kBase)));
        DiffOptions accept;
        accept.renames = RenamePolicy::Accept;
        const QString forward
            = ForwardSqlWriter::write(SchemaDiff::compare(read(QString::fromUtf8(kBase)), read(after), accept));
        auto applied = db->executeScript(forward, QStringLiteral("forward.sql"));
        QVERIFY2(applied, qPrintable((applied ? QString() : applied.error().toString()) + QLatin1Char('\n') + forward));
        auto migrated = SchemaReader::read(*db);
        QVERIFY(migrated);
        const QStringList remaining = summary(SchemaDiff::compare(*migrated, read(after), accept));
        QVERIFY2(remaining.isEmpty(), qPrintable(remaining.join(QLatin1Char('\n')) + QLatin1Char('\n') + forward));
        for (const Change& c : set.changes) {
            QVERIFY2(!c.classification.reason.isEmpty(), qPrintable(c.id()));
            QVERIFY2(!c.classification.reason.contains(QLatin1String("%")), qPrintable(c.classification.reason));
            if (c.classification.capability == Capability::Rebuild)
                QVERIFY2(!c.classification.sqliteRule.isEmpty(), qPrintable(c.id()));
        }
    }

    void renamePolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("propose") << int(RenamePolicy::Propose)
                                 << QStringList {
                                        "renamed column orders.remark from note: breaking-for-readers in-place"
                                    };
        QTest::addRow("accept") << int(RenamePolicy::Accept)
                                << QStringList {
                                       "renamed column orders.remark from note: breaking-for-readers in-place"
                                   };
        QTest::addRow("reject") << int(RenamePolicy::Reject)
                                << QStringList { "removed column orders.note: destructive in-place",
                                       "added column orders.remark: additive in-place" };
    }
    void renamePolicies()
    {
        QFETCH(int, policy);
        QFETCH(QStringList, expected);
        DiffOptions options;
        options.renames = static_cast<RenamePolicy>(policy);
        const ChangeSet set = SchemaDiff::compare(
            read(QString::fromUtf8(kBase)), read(edit("    note TEXT,\n", "    remark TEXT,\n")), options);
        QStringList actual = summary(set);
        std::sort(actual.begin(), actual.end(), std::greater<> {});
        QStringList sortedExpected = expected;
        std::sort(sortedExpected.begin(), sortedExpected.end(), std::greater<> {});
        QCOMPARE(actual, sortedExpected);
        if (options.renames != RenamePolicy::Reject)
            QCOMPARE(set.changes.first().isProposal, options.renames == RenamePolicy::Propose);
    }

    void rejectingOneProposal()
    {
        DiffOptions options;
        options.rejectedRenames = { QStringLiteral("column:orders.remark") };
        const ChangeSet set = SchemaDiff::compare(
            read(QString::fromUtf8(kBase)), read(edit("    note TEXT,\n", "    remark TEXT,\n")), options);
        QCOMPARE(set.changes.size(), 2);
        QVERIFY(set.proposals().isEmpty());
    }

    void seedShippingEtaIsProposedRename_data()
    {
        QTest::addColumn<QStringList>("afterFiles");
        QTest::addRow("V1 vs V4 (rebuild with NOT NULL)") << QStringList { "V1__orders.sql", "V2__add_shipping_eta.sql",
            "V3__backfill_shipping_eta.sql", "V4__contract_estimated_delivery.sql" };
    }
    void seedShippingEtaIsProposedRename()
    {
        QFETCH(QStringList, afterFiles);
        QString after;
        for (const QString& f : afterFiles) {
            QFile file(godwit::test::sampleDir() + QLatin1Char('/') + f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            after += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
        }
        QFile v1(godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql"));
        QVERIFY(v1.open(QIODevice::ReadOnly));
        const ChangeSet set = SchemaDiff::compare(read(QString::fromUtf8(v1.readAll())), read(after));
        QCOMPARE(set.changes.size(), 1);
        const Change& c = set.changes.first();
        QCOMPARE(c.type, ChangeType::Renamed);
        QCOMPARE(c.object, ObjectKind::Column);
        QCOMPARE(c.oldName, QStringLiteral("estimated_delivery"));
        QCOMPARE(c.name, QStringLiteral("shipping_eta"));
        QVERIFY(c.isProposal);
        QVERIFY2(c.confidence >= 0.7, qPrintable(QString::number(c.confidence)));
        QVERIFY(c.has(Attribute::NotNull));
        QCOMPARE(c.classification.capability, Capability::Rebuild);
    }

    void mentionsColumn_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("expected");
        QTest::addRow("plain column") << "SELECT address FROM t" << true;
        QTest::addRow("qualified column") << "SELECT a.address FROM t AS a" << true;
        QTest::addRow("table after FROM") << "SELECT city FROM address" << false;
        QTest::addRow("table after JOIN") << "SELECT c.x FROM c JOIN address AS a ON c.id = a.id" << false;
        QTest::addRow("table in FROM list") << "SELECT 1 FROM c, address WHERE c.id = 1" << false;
        QTest::addRow("qualifier") << "SELECT address.city FROM address" << false;
        QTest::addRow("in a string") << "SELECT 'address' FROM t" << false;
        QTest::addRow("quoted column") << "SELECT \"Address\" FROM t" << true;
        QTest::addRow("trigger header only")
            << "CREATE TRIGGER x AFTER UPDATE ON address BEGIN UPDATE address SET y = 1; END" << false;
        QTest::addRow("trigger body")
            << "CREATE TRIGGER x AFTER INSERT ON t BEGIN UPDATE t SET address = NEW.address; END" << true;
        QTest::addRow("subquery FROM then WHERE") << "SELECT * FROM (SELECT id FROM address) WHERE address > 1" << true;
    }
    void mentionsColumn()
    {
        QFETCH(QString, sql);
        QFETCH(bool, expected);
        QCOMPARE(DependencyFinder::mentionsColumn(sql, QStringLiteral("address")), expected);
    }

    void realSchemas_data()
    {
        QTest::addColumn<int>("dataset");
        QTest::addRow("chinook") << int(godwit::test::Dataset::Chinook);
        QTest::addRow("northwind") << int(godwit::test::Dataset::Northwind);
        QTest::addRow("sakila") << int(godwit::test::Dataset::Sakila);
    }
    void realSchemas()
    {
        QFETCH(int, dataset);
        auto schema
            = SchemaReader::readFile(godwit::test::datasetDatabase(static_cast<godwit::test::Dataset>(dataset)));
        QVERIFY2(schema, godwit::test::why(schema).constData());
        QVERIFY(SchemaDiff::compare(*schema, *schema).isEmpty());
        // The same schema rebuilt from its own SQL text reads the same.
        QString sql;
        for (const auto& t : schema->tables)
            sql += t.sql + QStringLiteral(";\n");
        for (const auto& t : schema->tables) {
            for (const auto& i : t.indexes) {
                if (!i.sql.isEmpty())
                    sql += i.sql + QStringLiteral(";\n");
            }
        }
        for (const auto& v : schema->views)
            sql += v.sql + QStringLiteral(";\n");
        for (const auto& t : schema->triggers)
            sql += t.sql + QStringLiteral(";\n");
        const ChangeSet set = SchemaDiff::compare(*schema, read(sql));
        QVERIFY2(set.isEmpty(), qPrintable(summary(set).join(QLatin1Char('\n'))));
    }

    void chinookHandEdited()
    {
        const QString original = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
        const QString copy = godwit::test::scratchDir() + QStringLiteral("/chinook-edited.db");
        QVERIFY(godwit::sqlite::WorkingCopy::create(original, copy));
        {
            auto db = godwit::sqlite::Database::openWritable(copy);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral(
                "ALTER TABLE Customer ADD COLUMN Loyalty TEXT;"
                "ALTER TABLE Track RENAME COLUMN Composer TO Songwriter;"
                "ALTER TABLE Invoice DROP COLUMN BillingPostalCode;"
                "CREATE INDEX IFK_TrackName ON Track (Name);"
                "DROP INDEX IFK_InvoiceLineTrackId;"
                "CREATE VIEW TopTracks AS SELECT TrackId, Name FROM Track WHERE Milliseconds > 600000;")));
        }
        auto before = SchemaReader::readFile(original);
        auto after = SchemaReader::readFile(copy);
        QVERIFY(before && after);
        const QStringList actual = summary(SchemaDiff::compare(*before, *after));
        const QStringList expected = {
            "added column Customer.Loyalty: additive in-place",
            "removed column Invoice.BillingPostalCode: destructive in-place",
            "removed index InvoiceLine.IFK_InvoiceLineTrackId: breaking-for-readers in-place",
            "renamed column Track.Songwriter from Composer: breaking-for-readers in-place",
            "added index Track.IFK_TrackName: additive in-place",
            "added view TopTracks: additive in-place",
        };
        if (actual != expected)
            qWarning().noquote() << "actual:\n  " + actual.join(QStringLiteral("\n  "));
        QCOMPARE(actual, expected);
    }

    void sakilaDropColumnsUsedByViewsAndTriggers()
    {
        auto before = SchemaReader::readFile(godwit::test::datasetDatabase(godwit::test::Dataset::Sakila));
        QVERIFY(before);
        // address.address is read by the customer_list and staff_list views; address.last_update
        // is written by the address_trigger_ai/au triggers.
        Schema after = *before;
        auto& columns
            = std::ranges::find(after.tables, QStringLiteral("address"), &godwit::schema::Table::name)->columns;
        columns.removeIf([](const godwit::schema::Column& c) {
            return c.name == QLatin1String("address") || c.name == QLatin1String("last_update");
        });
        DiffOptions options;
        options.renames = RenamePolicy::Reject;
        const ChangeSet set = SchemaDiff::compare(*before, after, options);
        QCOMPARE(set.changes.size(), 2);
        auto dependentsOf = [&](const QString& id) {
            QStringList out;
            for (const Dependent& d : set.find(id)->dependents)
                out << objectKindName(d.kind) + QLatin1Char(' ') + d.name;
            out.sort();
            return out;
        };
        QCOMPARE(dependentsOf(QStringLiteral("column:address.address")),
            (QStringList { QStringLiteral("view customer_list"), QStringLiteral("view staff_list") }));
        QCOMPARE(dependentsOf(QStringLiteral("column:address.last_update")),
            (QStringList {
                QStringLiteral("trigger address_trigger_ai"), QStringLiteral("trigger address_trigger_au") }));
        for (const Change& c : set.changes) {
            QCOMPARE(c.classification.impact, Impact::Destructive);
            QCOMPARE(c.classification.capability, Capability::Rebuild);
            QVERIFY(c.classification.sqliteRule.contains(QLatin1String("DROP COLUMN fails while")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
