// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "diff/schemadiff.h"
#include "migrationfixture.h"
#include "migrations/migrator.h"
#include "plan/flywayexporter.h"
#include "plan/planbuilder.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace godwit;
using godwit::migrations::MigrationConfig;
using godwit::migrations::Migrator;
using godwit::plan::FlywayExporter;
using godwit::schema::SchemaReader;
using godwit::sqlite::Database;

namespace {

const QStringList kV1 = { QStringLiteral("V1__orders.sql") };
const QStringList kV4 = { QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
    QStringLiteral("V3__backfill_shipping_eta.sql"), QStringLiteral("V4__contract_estimated_delivery.sql") };

schema::Schema readScript(const QStringList& files)
{
    auto s = SchemaReader::readScript(test::sampleScript(files));
    if (!s)
        qFatal("%s", qPrintable(s.error().toString()));
    return *s;
}

// 3,000 orders with their items and payments, every estimated_delivery set (V4 makes the new
// column NOT NULL).
const char* kData = R"(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
INSERT INTO orders (order_id, customer_id, status, total_amount, created_at, estimated_delivery)
    SELECT i, 1 + i % 200, CASE i % 3 WHEN 0 THEN 'paid' WHEN 1 THEN 'pending' ELSE 'shipped' END, (i % 97) * 1.5,
           '2026-01-' || printf('%02d', 1 + i % 28), '2026-02-' || printf('%02d', 1 + i % 28) FROM n;
INSERT INTO order_items (order_id, item_id, quantity, price) SELECT order_id, 1, 1 + order_id % 4, 9.5 FROM orders;
INSERT INTO payments (payment_id, order_id, status, provider_ref, created_at)
    SELECT order_id, order_id, 'captured', 'ref-' || order_id, created_at FROM orders WHERE order_id % 2 = 0;
)";

// Every row of the three tables as text; `eta` is the column holding the delivery date.
QString content(const Database& db, const QString& eta)
{
    QString out;
    for (const QString& sql :
        { QStringLiteral("SELECT order_id, customer_id, status, total_amount, created_at, %1 FROM orders "
                         "ORDER BY order_id")
                .arg(eta),
            QStringLiteral("SELECT * FROM order_items ORDER BY order_id, item_id"),
            QStringLiteral("SELECT * FROM payments ORDER BY payment_id") }) {
        auto st = db.prepare(sql);
        if (!st)
            return st.error().toString();
        while (*st->step()) {
            for (int c = 0; c < st->columnCount(); ++c)
                out += st->text(c) + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

// Differences between the database's schema (without the history table) and `target`.
QStringList differences(const Database& db, const schema::Schema& target)
{
    diff::DiffOptions options;
    options.renames = diff::RenamePolicy::Reject;
    QStringList out;
    for (const diff::Change& c : diff::SchemaDiff::compare(*SchemaReader::read(db), target, options).changes) {
        if (!c.id().contains(QLatin1String("schema_history")))
            out << QStringLiteral("%1 %2").arg(diff::changeTypeName(c.type), c.id());
    }
    return out;
}

// The seed plan (orders V1 -> V4) exported as Flyway files from version 2, into a new folder.
QString exportSeedPlan()
{
    const plan::MigrationPlan plan
        = plan::PlanBuilder::build(diff::SchemaDiff::compare(readScript(kV1), readScript(kV4)));
    const QString dir = test::scratchDir() + QStringLiteral("/flyway");
    auto written = FlywayExporter::write(plan, dir, 2);
    if (!written)
        qFatal("%s", qPrintable(written.error().toString()));
    return dir;
}

// A V1 database with data, as a file the migrator can open.
QString ordersWithData(const QString& extra = {})
{
    const QString path = test::scratchDir() + QStringLiteral("/orders.db");
    auto db = Database::openWritable(path, true);
    if (!db || !db->exec(test::sampleScript(kV1)) || !db->exec(QString::fromUtf8(kData))
        || (!extra.isEmpty() && !db->exec(extra)))
        qFatal("cannot build %s", qPrintable(path));
    return path;
}

Migrator open(const QString& db, const QString& dir, const QString& target = {})
{
    MigrationConfig config;
    config.baselineOnMigrate = true; // the V1 database has tables but no history yet
    config.target = target;
    return test::openMigrator(db, dir, config);
}

QByteArray failureOf(const Result<migrations::MigrationReport>& r)
{
    if (!r)
        return r.error().toString().toUtf8();
    return r->failure ? r->failure->toString().toUtf8() : QByteArray();
}

} // namespace

class TestFlywayExporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The exported V files, applied by a Flyway-style runner to V1 with data, reach V4 with every
    // row kept; the U files, newest first, return to V1.
    // File names name the phase and the tables by whole words; past 60 characters the rest is
    // counted ("and 4 more"), never cut mid-word.
    void fileNames_data()
    {
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<QString>("expected");
        QTest::addRow("one table") << QStringList { "orders" } << "V1__contract_orders.sql";
        QTest::addRow("names with spaces")
            << QStringList { "Order Details", "Invoices" } << "V1__contract_order_details_invoices.sql";
        QTest::addRow("too long: whole names and a count") << QStringList {
            "Invoices", "Order Details Extended", "Order Subtotals", "Product Sales for 1997", "Sales Totals by Amount"
        } << "V1__contract_invoices_order_details_extended_and_3_more.sql";
        QTest::addRow("one name longer than the limit")
            << QStringList { QStringLiteral("a_very_long_table_name_that_alone_goes_past_the_sixty_character_limit") }
            << "V1__contract_and_1_more.sql";
    }
    void fileNames()
    {
        QFETCH(QStringList, tables);
        QFETCH(QString, expected);
        plan::MigrationPlan plan;
        for (const QString& t : tables) {
            plan::DecisionWalk walk;
            walk.id = t;
            walk.table = t;
            plan.walks << walk;
            plan::PlanStep step;
            step.id = QStringLiteral("contract:%1").arg(t);
            step.phase = plan::Phase::Contract;
            step.walkId = t;
            step.sql = QStringLiteral("SELECT 1;\n");
            plan.steps << step;
        }
        const QList<FlywayExporter::File> files = FlywayExporter::files(plan);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.front().name, expected);
        QVERIFY(files.front().name.size() <= QStringLiteral("V1__.sql").size() + 60);
    }

    void seedPlanRoundTrip()
    {
        const QString dir = exportSeedPlan();
        QCOMPARE(QDir(dir).entryList({ QStringLiteral("V*.sql") }, QDir::Files, QDir::Name),
            QStringList({ "V2__expand_orders.sql", "V3__dual_write_orders.sql", "V4__backfill_orders.sql",
                "V5__read_switch_orders.sql", "V6__contract_orders.sql" }));
        const QString path = ordersWithData();
        QString before;
        {
            auto db = Database::openWritable(path);
            QVERIFY(db);
            before = content(*db, QStringLiteral("estimated_delivery"));
        }
        QCOMPARE(before.count(QLatin1Char('\n')), 3000 + 3000 + 1500);

        Migrator forward = open(path, dir);
        auto migrated = forward.migrate();
        QVERIFY2(migrated && migrated->isSuccess(), failureOf(migrated).constData());
        QCOMPARE(forward.info()->currentVersion, QStringLiteral("6"));
        const Database& db = forward.database();
        QCOMPARE(differences(db, readScript(kV4)), QStringList {});
        QCOMPARE(content(db, QStringLiteral("shipping_eta")), before);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))->toInt(), 0);
        // The guard's temp table is gone with its transaction's end.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM temp.sqlite_schema"))->toInt(), 0);

        Migrator backward = open(path, dir, QStringLiteral("1"));
        auto undone = backward.undo();
        QVERIFY2(undone && undone->isSuccess(), failureOf(undone).constData());
        QCOMPARE(undone->applied.size(), 5);
        QCOMPARE(undone->applied.constFirst().script, QStringLiteral("U6__contract_orders.sql"));
        QCOMPARE(undone->applied.constLast().script, QStringLiteral("U2__expand_orders.sql"));
        QCOMPARE(differences(backward.database(), readScript(kV1)), QStringList {});
        QCOMPARE(content(backward.database(), QStringLiteral("estimated_delivery")), before);
        QCOMPARE(
            backward.database().scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(
            backward.database().scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))->toInt(), 0);
    }

    // A row that violates a foreign key stops the rebuild before its COMMIT: the contract file
    // fails with the guard's constraint name, and orders keeps its old shape and rows.
    void foreignKeyViolationStopsTheContract()
    {
        const QString dir = exportSeedPlan();
        QFile contract(dir + QStringLiteral("/V6__contract_orders.sql"));
        QVERIFY(contract.open(QIODevice::ReadOnly));
        const QByteArray sql = contract.readAll();
        QVERIFY(sql.contains("CONSTRAINT foreign_key_violations_found CHECK (ok)"));
        QVERIFY(!sql.contains("PRAGMA foreign_key_check;"));
        // An item whose order does not exist (written with foreign keys off, as SQLite allows).
        const QString path = ordersWithData(QStringLiteral(
            "PRAGMA foreign_keys = OFF;\nINSERT INTO order_items (order_id, item_id, quantity, price) VALUES "
            "(999999, 1, 1, 1.0);\n"));
        Migrator m = open(path, dir);
        auto migrated = m.migrate();
        QVERIFY(migrated);
        QVERIFY(!migrated->isSuccess());
        QVERIFY2(migrated->failure->toString().contains(QLatin1String("V6__contract_orders.sql")),
            failureOf(migrated).constData());
        QVERIFY2(migrated->failure->message.contains(QLatin1String("foreign_key_violations_found")),
            failureOf(migrated).constData());
        QCOMPARE(m.info()->currentVersion, QStringLiteral("5"));
        // Nothing of the rebuild was committed: the old column is still there, every row too.
        const Database& db = m.database();
        QCOMPARE(db.scalar(QStringLiteral(
                               "SELECT count(*) FROM pragma_table_info('orders') WHERE name = 'estimated_delivery'"))
                     ->toInt(),
            1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM orders"))->toInt(), 3000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM order_items"))->toInt(), 3001);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestFlywayExporter)
#include "tst_flywayexporter.moc"
