// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "queries/queryanalyzer.h"
#include "schema/schemareader.h"

#include <QTest>

using godwit::queries::ParameterRole;
using godwit::queries::ParameterUse;
using godwit::queries::QueryAnalyzer;
using godwit::queries::QueryShape;
using godwit::queries::TableAccess;
using godwit::schema::Schema;

namespace {

QString roleName(ParameterRole role)
{
    switch (role) {
    case ParameterRole::Unknown:
        return QStringLiteral("unknown");
    case ParameterRole::Equality:
        return QStringLiteral("equality");
    case ParameterRole::Range:
        return QStringLiteral("range");
    case ParameterRole::Pattern:
        return QStringLiteral("pattern");
    case ParameterRole::Assignment:
        return QStringLiteral("assignment");
    case ParameterRole::InsertValue:
        return QStringLiteral("insert");
    case ParameterRole::Limit:
        return QStringLiteral("limit");
    case ParameterRole::Offset:
        return QStringLiteral("offset");
    }
    return {};
}

// One line per table access and per parameter, so a case reads like the shape it expects.
QStringList describe(const QueryShape& shape)
{
    QStringList out;
    for (const TableAccess& a : shape.tables) {
        QStringList order;
        for (const auto& t : a.order)
            order << (t.descending ? t.column + QStringLiteral(" DESC") : t.column);
        out << QStringLiteral("%1 eq(%2) join(%3) range(%4) order(%5%6) cols(%7)%8")
                   .arg(a.alias.isEmpty() ? a.table : a.alias + QLatin1Char('=') + a.table,
                       a.equality.join(QLatin1Char(',')), a.joinEquality.join(QLatin1Char(',')),
                       a.range.join(QLatin1Char(',')), order.join(QLatin1Char(',')),
                       a.orderFromGroupBy ? QStringLiteral(" group") : QString(), a.columns.join(QLatin1Char(',')),
                       a.allColumns ? QStringLiteral(" *") : QString());
    }
    for (const ParameterUse& p : shape.parameters) {
        out << QStringLiteral("%1%2 %3%4")
                   .arg(p.index)
                   .arg(p.name.isEmpty() ? QString() : QLatin1Char(' ') + p.name, roleName(p.role),
                       p.table.isEmpty() ? QString() : QLatin1Char(' ') + p.table + QLatin1Char('.') + p.column);
    }
    if (!shape.writeTable.isEmpty())
        out << QStringLiteral("writes %1").arg(shape.writeTable);
    return out;
}

} // namespace

class TestQueryAnalyzer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        for (const auto& [name, path] : { std::pair { QStringLiteral("orders"), godwit::test::ordersV1Database() },
                 std::pair { QStringLiteral("chinook"), godwit::test::datasetDatabase(godwit::test::Dataset::Chinook) },
                 std::pair {
                     QStringLiteral("northwind"), godwit::test::datasetDatabase(godwit::test::Dataset::Northwind) } }) {
            QVERIFY(!path.isEmpty());
            auto schema = godwit::schema::SchemaReader::readFile(path);
            QVERIFY(schema);
            m_schemas.insert(name, *schema);
        }
    }

    void analyze_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("customer's newest orders")
            << "orders"
            << "SELECT order_id, status FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT ?"
            << QStringList { "orders eq(customer_id) join() range() order(created_at DESC) "
                             "cols(order_id,status,customer_id,created_at)",
                   "1 equality orders.customer_id", "2 limit" };
        QTest::addRow("join with aliases and a named parameter")
            << "chinook"
            << "SELECT t.Name, a.Title FROM Track t JOIN Album a ON a.AlbumId = t.AlbumId WHERE a.ArtistId = :artist"
            << QStringList { "t=Track eq(AlbumId) join(AlbumId) range() order() cols(Name,AlbumId)",
                   "a=Album eq(AlbumId,ArtistId) join(AlbumId) range() order() cols(Title,AlbumId,ArtistId)",
                   "1 :artist equality Album.ArtistId" };
        QTest::addRow("IN list and BETWEEN")
            << "orders"
            << "SELECT * FROM orders WHERE status IN ('paid', 'shipped') AND created_at BETWEEN ? AND ?"
            << QStringList { "orders eq(status) join() range(created_at) order() cols(status,created_at) *",
                   "1 range orders.created_at", "2 range orders.created_at" };
        QTest::addRow("OR constrains nothing")
            << "orders"
            << "SELECT order_id FROM orders WHERE customer_id = ? OR status = ?"
            << QStringList { "orders eq() join() range() order() cols(order_id,customer_id,status)", "1 unknown",
                   "2 unknown" };
        QTest::addRow("parenthesised AND terms")
            << "orders"
            << "SELECT order_id FROM orders WHERE (customer_id = ?1 AND (status = 'paid')) AND ?2 < total_amount"
            << QStringList { "orders eq(customer_id,status) join() range(total_amount) order() "
                             "cols(order_id,customer_id,status,total_amount)",
                   "1 ?1 equality orders.customer_id", "2 ?2 range orders.total_amount" };
        QTest::addRow("correlated EXISTS")
            << "orders"
            << "SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.order_id AND "
               "p.status = 'failed')"
            << QStringList { "o=orders eq() join() range() order() cols(order_id) *",
                   "p=payments eq(order_id,status) join(order_id) range() order() cols(order_id,status)" };
        QTest::addRow("IN subquery")
            << "orders"
            << "SELECT order_id FROM orders WHERE customer_id IN (SELECT customer_id FROM orders WHERE status = ?)"
            << QStringList { "orders eq(customer_id) join() range() order() cols(order_id,customer_id)",
                   "orders eq(status) join() range() order() cols(customer_id,status)", "1 equality orders.status" };
        QTest::addRow("update") << "orders"
                                << "UPDATE orders SET status = ?, total_amount = total_amount + ? WHERE order_id = ?"
                                << QStringList {
                                       "orders eq(order_id) join() range() order() cols(status,total_amount,order_id)",
                                       "1 assignment orders.status", "2 assignment orders.total_amount",
                                       "3 equality orders.order_id", "writes orders"
                                   };
        QTest::addRow("insert with a column list")
            << "orders"
            << "INSERT INTO orders (customer_id, status, total_amount, created_at) VALUES (?, 'pending', ?, ?)"
            << QStringList { "1 insert orders.customer_id", "2 insert orders.total_amount",
                   "3 insert orders.created_at", "writes orders" };
        QTest::addRow("insert without a column list")
            << "orders"
            << "INSERT OR IGNORE INTO payments VALUES (NULL, ?, 'captured', ?, ?)"
            << QStringList { "1 insert payments.order_id", "2 insert payments.provider_ref",
                   "3 insert payments.created_at", "writes payments" };
        QTest::addRow("delete with a range")
            << "orders"
            << "DELETE FROM payments WHERE created_at < :cutoff"
            << QStringList { "payments eq() join() range(created_at) order() cols(created_at)",
                   "1 :cutoff range payments.created_at", "writes payments" };
        QTest::addRow("CTE") << "orders"
                             << "WITH recent AS (SELECT * FROM orders WHERE created_at > ?) SELECT r.order_id FROM "
                                "recent r JOIN payments p ON p.order_id = r.order_id"
                             << QStringList { "orders eq() join() range(created_at) order() cols(created_at) *",
                                    "p=payments eq(order_id) join(order_id) range() order() cols(order_id)",
                                    "1 range orders.created_at" };
        QTest::addRow("group by") << "orders"
                                  << "SELECT status, count(*) FROM orders GROUP BY status ORDER BY 2 DESC"
                                  << QStringList { "orders eq() join() range() order(status group) cols(status)" };
        QTest::addRow("order by an expression")
            << "orders"
            << "SELECT order_id FROM orders ORDER BY lower(status)"
            << QStringList { "orders eq() join() range() order() cols(order_id,status)" };
        QTest::addRow("compound") << "orders"
                                  << "SELECT order_id FROM orders WHERE customer_id = ? UNION SELECT order_id FROM "
                                     "payments WHERE status = ? ORDER BY 1"
                                  << QStringList {
                                         "orders eq(customer_id) join() range() order() cols(order_id,customer_id)",
                                         "payments eq(status) join() range() order() cols(order_id,status)",
                                         "1 equality orders.customer_id", "2 equality payments.status"
                                     };
        QTest::addRow("LIMIT offset, count")
            << "orders"
            << "SELECT order_id FROM orders ORDER BY order_id LIMIT ?, ?"
            << QStringList { "orders eq() join() range() order(order_id) cols(order_id)", "1 offset", "2 limit" };
        QTest::addRow("rowid is the integer primary key")
            << "orders"
            << "SELECT status FROM orders WHERE rowid = ?"
            << QStringList { "orders eq(order_id) join() range() order() cols(status,order_id)",
                   "1 equality orders.order_id" };
        QTest::addRow("IS NULL seeks, IS NOT NULL does not")
            << "northwind"
            << "SELECT OrderID FROM Orders WHERE ShippedDate IS NULL AND ShipRegion IS NOT NULL AND RequiredDate < ?"
            << QStringList { "Orders eq(ShippedDate) join() range(RequiredDate) order() "
                             "cols(OrderID,ShippedDate,ShipRegion,RequiredDate)",
                   "1 range Orders.RequiredDate" };
        QTest::addRow("bracket and double-quoted names")
            << "northwind"
            << "SELECT od.Quantity FROM [Order Details] AS od WHERE od.\"OrderID\" = ? AND \"od\".ProductID = ?"
            << QStringList {
                   "od=Order Details eq(OrderID,ProductID) join() range() order() cols(Quantity,OrderID,ProductID)",
                   "1 equality Order Details.OrderID", "2 equality Order Details.ProductID"
               };
        QTest::addRow("LIKE is a pattern, not a constraint")
            << "chinook"
            << "SELECT Name FROM Track WHERE Composer LIKE ?"
            << QStringList { "Track eq() join() range() order() cols(Name,Composer)", "1 pattern Track.Composer" };
        QTest::addRow("USING join")
            << "chinook"
            << "SELECT Title FROM Album JOIN Artist USING (ArtistId) WHERE Artist.Name = ?"
            << QStringList { "Album eq(ArtistId) join(ArtistId) range() order() cols(ArtistId,Title)",
                   "Artist eq(ArtistId,Name) join(ArtistId) range() order() cols(ArtistId,Name)",
                   "1 equality Artist.Name" };
        QTest::addRow("unknown table") << "orders"
                                       << "SELECT * FROM nowhere WHERE a = ?" << QStringList { "1 unknown" };
    }
    void analyze()
    {
        QFETCH(QString, dataset);
        QFETCH(QString, sql);
        QFETCH(QStringList, expected);
        const QStringList actual = describe(QueryAnalyzer::analyze(sql, m_schemas.value(dataset)));
        if (actual != expected)
            qWarning().noquote() << "actual:" << actual.join(QStringLiteral("\n        "));
        QCOMPARE(actual, expected);
    }

    void malformedInputDoesNotCrash_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("unbalanced parenthesis") << "SELECT * FROM orders WHERE (customer_id = ? AND";
        QTest::addRow("trailing comma") << "SELECT order_id, FROM orders ORDER BY";
        QTest::addRow("lone keywords") << "WITH";
        QTest::addRow("update without set") << "UPDATE orders";
        QTest::addRow("insert without values") << "INSERT INTO orders (";
        QTest::addRow("empty") << "";
    }
    void malformedInputDoesNotCrash()
    {
        QFETCH(QString, sql);
        const QueryShape shape = QueryAnalyzer::analyze(sql, m_schemas.value(QStringLiteral("orders")));
        QVERIFY(shape.tables.size() <= 1);
    }

private:
    QHash<QString, Schema> m_schemas;
};

QTEST_GUILESS_MAIN(TestQueryAnalyzer)
#include "tst_queryanalyzer.moc"
