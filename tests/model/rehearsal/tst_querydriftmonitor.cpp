// SPDX-License-Identifier: GPL-3.0-or-later
// Query drift ("queries whose plan or latency changes between phases"): the
// monitor on its own, then inside a rehearsal whose contract drops the index a query needs.
#include "datasets.h"
#include "queries/querylist.h"
#include "rehearsal/querydriftmonitor.h"
#include "rehearsal/rehearsaljson.h"
#include "rehearsal/rehearsalrunner.h"
#include "resultmessage.h"
#include "sample/ordersgenerator.h"
#include "sqlite/database.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace godwit;
using namespace godwit::rehearsal;

namespace {

// The bundled V1 of the orders sample.
QString v1() { return test::sampleScript({ QStringLiteral("V1__orders.sql") }); }

queries::QueryList sampleQueries()
{
    auto list = queries::QueryList::ordersSample();
    if (!list)
        qFatal("%s", qPrintable(list.error().toString()));
    for (const auto& [name, sql] : { std::pair { "orders by status", "SELECT order_id FROM orders WHERE status = ?" },
             std::pair { "orders by delivery date", "SELECT order_id FROM orders WHERE shipping_eta = ?" } }) {
        queries::Query q;
        q.name = QString::fromUtf8(name);
        q.sql = QString::fromUtf8(sql);
        list->add(q);
    }
    return *list;
}

const char* kData = R"(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
INSERT INTO orders (order_id, customer_id, status, total_amount, created_at, estimated_delivery)
    SELECT i, 1 + i % 150, CASE WHEN i % 3 = 0 THEN 'paid' ELSE 'pending' END, i * 1.5,
           '2026-02-' || (10 + i % 18), '2026-03-' || (10 + i % 18) FROM n;
INSERT INTO payments (order_id, status, provider_ref, created_at)
    SELECT order_id, 'captured', 'ref-' || order_id, created_at FROM orders;
ANALYZE;
)";

} // namespace

class TestQueryDriftMonitor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sample_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QStringList>("drifted"); // "query: severity: message"
        QTest::addRow("nothing changes") << "SELECT 1" << QStringList {};
        QTest::addRow("composite index dropped")
            << "DROP INDEX orders_customer_created"
            << QStringList { "list customer orders newest first: warning: “list customer orders newest first” drifted "
                             "between baseline and contract: plan regressed (search-to-scan orders, "
                             "temp-b-tree-added)." };
        QTest::addRow("index added")
            << "CREATE INDEX orders_status ON orders (status)"
            << QStringList { "orders by status: info: “orders by status” drifted between baseline and contract: plan "
                             "improved (scan-to-search orders)." };
        // The query could not prepare before the column existed: that is not drift.
        QTest::addRow("column added") << "ALTER TABLE orders ADD COLUMN shipping_eta TEXT" << QStringList {};
        QTest::addRow("column renamed")
            << "ALTER TABLE orders RENAME COLUMN estimated_delivery TO shipping_eta"
            << QStringList { "fetch order by id: warning: “fetch order by id” drifted between baseline and contract: "
                             "plan broken (no-longer-prepares estimated_delivery)." };
    }
    void sample()
    {
        QFETCH(QString, change);
        QFETCH(QStringList, drifted);
        auto db = sqlite::Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->executeScript(v1(), QStringLiteral("V1__orders.sql")));
        QVERIFY(db->exec(QString::fromUtf8(kData)));
        QueryDriftMonitor monitor(sampleQueries());
        QVERIFY(monitor.sample(*db, QStringLiteral("baseline")).isEmpty()); // nothing to compare with yet
        QVERIFY(db->exec(change));
        QStringList actual;
        for (const QueryDriftMonitor::Drift& d : monitor.sample(*db, QStringLiteral("contract"))) {
            QCOMPARE(d.incident.kind, QStringLiteral("query-drift"));
            QCOMPARE(d.incident.phase, QStringLiteral("contract"));
            actual << QStringLiteral("%1: %2: %3").arg(d.query, severityName(d.incident.severity), d.incident.message);
        }
        QCOMPARE(actual, drifted);
        // The next boundary compares with this one: nothing moved since.
        QVERIFY(monitor.sample(*db, QStringLiteral("after")).isEmpty());
    }

    // A rehearsal of the seed's rename whose target also lost the composite index: the contract
    // drops it, and the customer's-orders query is reported as drifting there and only there.
    void rehearsalReportsTheContractsRegression()
    {
        const QString original = QDir(test::scratchDir()).filePath(QStringLiteral("orders-3000.db"));
        sample::OrdersGenerator::Options generate;
        generate.orders = 3000;
        QVERIFY(sample::OrdersGenerator::generate(original, generate));
        QString after = v1();
        after.replace(QStringLiteral("estimated_delivery TEXT"), QStringLiteral("shipping_eta TEXT"));
        after.replace(QStringLiteral("CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC);"),
            QString());
        const QString afterPath = QDir(test::scratchDir()).filePath(QStringLiteral("after.sql"));
        QFile file(afterPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(after.toUtf8());
        file.close();
        auto plan = RehearsalPlan::forTarget(original, afterPath);
        QVERIFY2(plan, godwit::test::why(plan).constData());

        RehearsalOptions options;
        options.originalPath = original;
        options.copyPath = QDir(test::scratchDir()).filePath(QStringLiteral("drift-copy.db"));
        options.rate = 200;
        options.observeMs = 100;
        options.queries = sampleQueries();
        RehearsalRunner runner(*plan, options);
        auto result = runner.run();
        QVERIFY2(result, godwit::test::why(result).constData());
        QVERIFY(result->originalUnchanged());

        const PhaseRecord* contract = result->phase(RehearsalPhase::Contract);
        QVERIFY(contract);
        QCOMPARE(contract->status, PhaseStatus::Done);
        QVERIFY2(contract->driftedQueries.contains(QStringLiteral("list customer orders newest first")),
            qPrintable(contract->driftedQueries.join(QStringLiteral(", "))));
        // Old clients' reads of estimated_delivery stop preparing once the contract drops it.
        QVERIFY(contract->driftedQueries.contains(QStringLiteral("fetch order by id")));
        // Plans are the evidence here; a latency can move on a busy machine, a plan cannot.
        bool regression = false;
        for (const Incident& i : result->incidentsOf(u"query-drift")) {
            if (!i.message.contains(QLatin1String(": plan ")))
                continue;
            QVERIFY2(!i.message.startsWith(QStringLiteral("“orders by delivery date”")), qPrintable(i.message));
            if (i.message.startsWith(QStringLiteral("“list customer orders newest first”"))) {
                QCOMPARE(i.phase, QStringLiteral("contract"));
                QCOMPARE(i.severity, Severity::Warning);
                QVERIFY2(
                    i.message.contains(QLatin1String("plan regressed (search-to-scan orders")), qPrintable(i.message));
                regression = true;
            }
        }
        QVERIFY(regression);
        // The record keeps the list (the godwit.rehearsal JSON).
        QCOMPARE(RehearsalJson::phaseFromJson(RehearsalJson::phaseToJson(*contract)).driftedQueries,
            contract->driftedQueries);
    }
};

QTEST_GUILESS_MAIN(TestQueryDriftMonitor)
#include "tst_querydriftmonitor.moc"
