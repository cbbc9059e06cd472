// SPDX-License-Identifier: GPL-3.0-or-later
#include "queries/querylist.h"
#include "rehearsal/workloadprofile.h"
#include "resultmessage.h"
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
    // The same mechanism drives every profile: the team's queries (the orders sample's
    // queries.sql) or, without them, the schema and the plan. Every statement of both client
    // versions prepares on the schema that has both shapes, with its named parameters.
    void forPlan_data()
    {
        QTest::addColumn<bool>("queryDriven");
        QTest::addColumn<QStringList>("names"); // operations that must be there
        QTest::addColumn<QString>("operation"); // one whose statements are checked
        QTest::addColumn<QString>("oldSql");
        QTest::addColumn<QString>("newSql");

        QTest::addRow("orders sample's queries")
            << true
            << QStringList { "fetch order by id", "list customer orders newest first", "order line items",
                   "payments of an order", "payment by provider reference", "update order status", "create order",
                   "update orders" }
            << "fetch order by id"
            << "SELECT order_id, customer_id, status, total_amount, created_at, estimated_delivery\n  FROM orders\n "
               "WHERE order_id = :key"
            << "SELECT order_id, customer_id, status, total_amount, created_at, shipping_eta\n  FROM orders\n "
               "WHERE order_id = :key";
        QTest::addRow("derived from the schema")
            << false
            << QStringList { "read orders by key", "read orders by customer_id", "insert into orders", "update orders",
                   "delete from orders", "read payments by key", "read order_items by key" }
            << "update orders"
            << "UPDATE \"orders\" SET \"customer_id\" = coalesce((SELECT \"customer_id\" FROM \"orders\" WHERE "
               "\"order_id\" = :other_key), \"customer_id\"), \"estimated_delivery\" = coalesce((SELECT "
               "\"estimated_delivery\" FROM \"orders\" WHERE \"order_id\" = :other_key), \"estimated_delivery\") "
               "WHERE \"order_id\" = :key"
            << "UPDATE \"orders\" SET \"customer_id\" = coalesce((SELECT \"customer_id\" FROM \"orders\" WHERE "
               "\"order_id\" = :other_key), \"customer_id\"), \"shipping_eta\" = coalesce((SELECT \"shipping_eta\" "
               "FROM \"orders\" WHERE \"order_id\" = :other_key), \"shipping_eta\") WHERE \"order_id\" = :key";
    }
    void forPlan()
    {
        QFETCH(bool, queryDriven);
        QFETCH(QStringList, names);
        QFETCH(QString, operation);
        QFETCH(QString, oldSql);
        QFETCH(QString, newSql);

        const QString script = v2();
        auto schema = schema::SchemaReader::readScript(script);
        QVERIFY(schema);
        RehearsalPlan plan;
        plan.mappings << ColumnMapping { QStringLiteral("orders"), QStringLiteral("order_id"),
            QStringLiteral("estimated_delivery"), QStringLiteral("shipping_eta"),
            QStringLiteral("estimated_delivery") };
        auto sampleQueries = queries::QueryList::ordersSample();
        QVERIFY(sampleQueries);
        const WorkloadProfile profile
            = WorkloadProfile::forPlan(*schema, plan, queryDriven ? &*sampleQueries : nullptr);
        QStringList actual;
        for (const auto& op : profile.operations)
            actual << op.name;
        for (const QString& n : names)
            QVERIFY2(actual.contains(n), qPrintable(n + QStringLiteral(" not in ") + actual.join(u'|')));
        auto op = std::ranges::find(profile.operations, operation, &rehearsal::WorkloadOperation::name);
        QVERIFY(op != profile.operations.end());
        QCOMPARE(op->statements.front().sql(false), oldSql);
        QCOMPARE(op->statements.front().sql(true), newSql);

        auto db = sqlite::Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->executeScript(script, QStringLiteral("schema.sql")));
        for (bool newVersion : { false, true }) {
            const queries::QueryList list = profile.toQueryList(newVersion);
            QCOMPARE(list.size(), profile.operations.size());
            for (const queries::Query& q : list) {
                auto stmt = db->prepare(q.sql);
                QVERIFY2(stmt, qPrintable(q.name + QStringLiteral(": ") + (stmt ? QString() : stmt.error().message)));
                for (const QString& p : ::parameters(*db, q.sql))
                    QVERIFY2(p.startsWith(u':'), qPrintable(q.name + QStringLiteral(": positional parameter")));
            }
            auto again = queries::QueryList::parse(list.toSql());
            QVERIFY2(again, godwit::test::why(again).constData());
            QCOMPARE(again->size(), list.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkloadProfile)
#include "tst_workloadprofile.moc"
