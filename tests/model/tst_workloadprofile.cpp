// SPDX-License-Identifier: GPL-3.0-or-later
#include "queries/querylist.h"
#include "rehearsal/workloadprofile.h"
#include "sample/ordersgenerator.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

#include <QTest>

using namespace godwit;
using godwit::rehearsal::ColumnMapping;
using godwit::rehearsal::RehearsalPlan;
using godwit::rehearsal::WorkloadProfile;

namespace {

QString v2()
{
    auto v1 = sample::OrdersGenerator::migrationScript(1);
    auto v2 = sample::OrdersGenerator::migrationScript(2);
    if (!v1 || !v2)
        qFatal("no sample scripts");
    return *v1 + *v2;
}

// The parameter names of `sql` as SQLite reads them, on the sample's schema.
QStringList parameters(const sqlite::Database& db, const QString& sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return { stmt.error().message };
    QStringList names;
    for (int i = 1; i <= stmt->parameterCount(); ++i)
        names << stmt->parameterName(i);
    return names;
}

} // namespace

class TestWorkloadProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void toQueryList_data()
    {
        QTest::addColumn<QString>("table"); // the mapped table: orders gives the orders profile
        QTest::addColumn<bool>("newVersion");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<double>>("weights");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<int>("sqlIndex"); // a query whose text and parameters are checked
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("parameters");

        const QStringList orders { "fetch order by id", "list customer orders newest first", "update order status",
            "create order", "create order (2)", "create order (3)", "reschedule delivery" };
        // Weights from the sample's queries.sql where it names the operation, the profile's own otherwise.
        const QList<double> weights { 1200, 600, 240, 120, 120, 120, 60 };
        const QStringList kinds { "read", "read", "write", "write", "write", "write", "write" };
        QTest::addRow("orders, old clients")
            << "orders" << false << orders << weights << kinds << 1
            << "SELECT order_id, status, total_amount, created_at, estimated_delivery FROM orders WHERE customer_id = "
               ":pick_customer_id ORDER BY created_at DESC LIMIT 20"
            << QStringList { ":pick_customer_id" };
        QTest::addRow("orders, new clients")
            << "orders" << true << orders << weights << kinds << 3
            << "INSERT INTO orders (customer_id, status, total_amount, created_at, shipping_eta) VALUES "
               "(:pick_customer_id, 'pending', :amount, :now, :eta)"
            << QStringList { ":pick_customer_id", ":amount", ":now", ":eta" };
        QTest::addRow("generic, new clients")
            << "payments" << true << QStringList { "fetch payments by key", "update payments.reference" }
            << QList<double> { 4, 1 } << QStringList { "read", "write" } << 1
            << "UPDATE payments SET reference = coalesce((SELECT reference FROM payments WHERE payment_id = "
               ":other_key), reference) WHERE payment_id = :key"
            << QStringList { ":other_key", ":key" };
    }
    void toQueryList()
    {
        QFETCH(QString, table);
        QFETCH(bool, newVersion);
        QFETCH(QStringList, names);
        QFETCH(QList<double>, weights);
        QFETCH(QStringList, kinds);
        QFETCH(int, sqlIndex);
        QFETCH(QString, sql);
        QFETCH(QStringList, parameters);

        // The sample with both columns (V2), so both versions' statements prepare.
        QString script = v2();
        if (table == QLatin1String("payments"))
            script += QStringLiteral("ALTER TABLE payments ADD COLUMN reference TEXT;\n");
        auto schema = schema::SchemaReader::readScript(script);
        QVERIFY(schema);
        RehearsalPlan plan;
        plan.mappings << (table == QLatin1String("orders")
                ? ColumnMapping { table, QStringLiteral("order_id"), QStringLiteral("estimated_delivery"),
                    QStringLiteral("shipping_eta"), QStringLiteral("estimated_delivery") }
                : ColumnMapping { table, QStringLiteral("payment_id"), QStringLiteral("provider_ref"),
                    QStringLiteral("reference"), QStringLiteral("provider_ref") });
        auto sampleQueries = queries::QueryList::ordersSample();
        QVERIFY(sampleQueries);
        const WorkloadProfile profile = WorkloadProfile::forPlan(*schema, plan, &*sampleQueries);
        const queries::QueryList list = profile.toQueryList(newVersion);

        QStringList actualNames;
        QList<double> actualWeights;
        QStringList actualKinds;
        for (const queries::Query& q : list) {
            actualNames << q.name;
            actualWeights << q.weight;
            actualKinds << queries::queryKindName(q.kind);
            QCOMPARE(q.unit, queries::WeightUnit::PerMinute);
        }
        QCOMPARE(actualNames, names);
        QCOMPARE(actualWeights, weights);
        QCOMPARE(actualKinds, kinds);
        QCOMPARE(list.at(sqlIndex).sql, sql);

        // Every statement prepares on the schema with its named parameters, and the list survives
        // its own file format.
        auto db = sqlite::Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->executeScript(script, QStringLiteral("schema.sql")));
        QCOMPARE(::parameters(*db, list.at(sqlIndex).sql), parameters);
        for (const queries::Query& q : list) {
            auto stmt = db->prepare(q.sql);
            QVERIFY2(stmt, qPrintable(q.name + QStringLiteral(": ") + (stmt ? QString() : stmt.error().message)));
        }
        auto again = queries::QueryList::parse(list.toSql());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->size(), list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            QCOMPARE(again->at(i).name, list.at(i).name);
            QCOMPARE(again->at(i).sql, list.at(i).sql);
            QCOMPARE(again->at(i).weight, list.at(i).weight);
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkloadProfile)
#include "tst_workloadprofile.moc"
