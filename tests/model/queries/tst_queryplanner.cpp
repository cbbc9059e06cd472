// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "queries/plancomparator.h"
#include "queries/plannerdatabase.h"
#include "queries/planparser.h"
#include "queries/queryimpact.h"
#include "queries/querylist.h"
#include "queries/queryplanner.h"
#include "queryfixture.h"
#include "resultmessage.h"
#include "sample/ordersgenerator.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

#include <QFile>
#include <QTest>

using namespace godwit::queries;
using godwit::sqlite::Database;

using godwit::test::readSample;
using godwit::test::why;
using godwit::test::writeScratch;

namespace {

QStringList changeNames(const PlanComparison& c)
{
    QStringList out;
    for (const PlanChange& change : c.changes)
        out << planChangeName(change.type) + (change.table.isEmpty() ? QString() : QLatin1Char(' ') + change.table);
    return out;
}

} // namespace

class TestQueryPlanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The orders sample with data and ANALYZE statistics (the generator runs ANALYZE).
        m_orders = godwit::test::scratchDir() + QStringLiteral("/orders-5k.db");
        godwit::sample::OrdersGenerator::Options options;
        options.orders = 5000;
        const auto r = godwit::sample::OrdersGenerator::generate(m_orders, options);
        QVERIFY2(r, why(r).constData());
        m_v1 = readSample(QStringLiteral("V1__orders.sql"));
        QVERIFY(m_v1.contains(QLatin1String("CREATE INDEX orders_customer_created")));
        const auto list = QueryList::ordersSample();
        QVERIFY(list);
        m_queries = *list;
    }

    void parseDetail_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<StepKind>("kind");
        QTest::addColumn<QString>("table");
        QTest::addColumn<Access>("access");
        QTest::addColumn<QString>("index");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<TempBTreeUse>("temp");

        const QStringList none;
        QTest::addRow("full scan") << "SCAN orders" << StepKind::Scan << "orders" << Access::Table << "" << none
                                   << TempBTreeUse::None;
        QTest::addRow("scan of a covering index")
            << "SCAN o USING COVERING INDEX orders_customer_created" << StepKind::Scan << "o" << Access::CoveringIndex
            << "orders_customer_created" << none << TempBTreeUse::None;
        QTest::addRow("rowid lookup") << "SEARCH orders USING INTEGER PRIMARY KEY (rowid=?)" << StepKind::Search
                                      << "orders" << Access::IntegerPrimaryKey << "" << QStringList { "rowid=" }
                                      << TempBTreeUse::None;
        QTest::addRow("index search") << "SEARCH orders USING INDEX orders_customer_created (customer_id=?)"
                                      << StepKind::Search << "orders" << Access::Index << "orders_customer_created"
                                      << QStringList { "customer_id=" } << TempBTreeUse::None;
        QTest::addRow("equality and range")
            << "SEARCH t USING INDEX i (a=? AND b>? AND b<?)" << StepKind::Search << "t" << Access::Index << "i"
            << QStringList { "a=", "b>", "b<" } << TempBTreeUse::None;
        QTest::addRow("covering search") << "SEARCH p USING COVERING INDEX payments_order (order_id=?)"
                                         << StepKind::Search << "p" << Access::CoveringIndex << "payments_order"
                                         << QStringList { "order_id=" } << TempBTreeUse::None;
        QTest::addRow("automatic index") << "SEARCH p USING AUTOMATIC COVERING INDEX (created_at=?)" << StepKind::Search
                                         << "p" << Access::AutomaticCoveringIndex << "" << QStringList { "created_at=" }
                                         << TempBTreeUse::None;
        QTest::addRow("automatic partial index")
            << "SEARCH t USING AUTOMATIC PARTIAL COVERING INDEX (x=?)" << StepKind::Search << "t"
            << Access::AutomaticCoveringIndex << "" << QStringList { "x=" } << TempBTreeUse::None;
        QTest::addRow("without rowid key") << "SEARCH t USING PRIMARY KEY (a=?)" << StepKind::Search << "t"
                                           << Access::PrimaryKey << "" << QStringList { "a=" } << TempBTreeUse::None;
        QTest::addRow("skip-scan") << "SEARCH t USING INDEX i (ANY(a) AND b=?)" << StepKind::Search << "t"
                                   << Access::Index << "i" << QStringList { "aANY", "b=" } << TempBTreeUse::None;
        QTest::addRow("names with spaces")
            << "SEARCH Order Details USING INDEX sqlite_autoindex_Order Details_1 (OrderID=?)" << StepKind::Search
            << "Order Details" << Access::Index << "sqlite_autoindex_Order Details_1" << QStringList { "OrderID=" }
            << TempBTreeUse::None;
        QTest::addRow("left join") << "SEARCH p USING INDEX payments_order (order_id=?) LEFT-JOIN" << StepKind::Search
                                   << "p" << Access::Index << "payments_order" << QStringList { "order_id=" }
                                   << TempBTreeUse::None;
        QTest::addRow("virtual table") << "SCAN f VIRTUAL TABLE INDEX 0:" << StepKind::Scan << "f"
                                       << Access::VirtualTable << "" << none << TempBTreeUse::None;
        QTest::addRow("sort") << "USE TEMP B-TREE FOR ORDER BY" << StepKind::TempBTree << "" << Access::Table << ""
                              << none << TempBTreeUse::OrderBy;
        QTest::addRow("group") << "USE TEMP B-TREE FOR GROUP BY" << StepKind::TempBTree << "" << Access::Table << ""
                               << none << TempBTreeUse::GroupBy;
        QTest::addRow("distinct") << "USE TEMP B-TREE FOR DISTINCT" << StepKind::TempBTree << "" << Access::Table << ""
                                  << none << TempBTreeUse::Distinct;
        QTest::addRow("partial sort") << "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY" << StepKind::TempBTree << ""
                                      << Access::Table << "" << none << TempBTreeUse::PartOfOrderBy;
        QTest::addRow("last term") << "USE TEMP B-TREE FOR LAST TERM OF ORDER BY" << StepKind::TempBTree << ""
                                   << Access::Table << "" << none << TempBTreeUse::PartOfOrderBy;
        QTest::addRow("correlated subquery") << "CORRELATED SCALAR SUBQUERY 1" << StepKind::Subquery << ""
                                             << Access::Table << "" << none << TempBTreeUse::None;
        QTest::addRow("list subquery") << "LIST SUBQUERY 3" << StepKind::Subquery << "" << Access::Table << "" << none
                                       << TempBTreeUse::None;
        QTest::addRow("multi-index or") << "MULTI-INDEX OR" << StepKind::MultiIndexOr << "" << Access::Table << ""
                                        << none << TempBTreeUse::None;
        QTest::addRow("compound") << "COMPOUND QUERY" << StepKind::Compound << "" << Access::Table << "" << none
                                  << TempBTreeUse::None;
        QTest::addRow("union part") << "UNION USING TEMP B-TREE" << StepKind::CompoundPart << "" << Access::Table << ""
                                    << none << TempBTreeUse::None;
        QTest::addRow("co-routine") << "CO-ROUTINE recent" << StepKind::CoRoutine << "recent" << Access::Table << ""
                                    << none << TempBTreeUse::None;
        QTest::addRow("materialize") << "MATERIALIZE recent" << StepKind::Materialize << "recent" << Access::Table << ""
                                     << none << TempBTreeUse::None;
        QTest::addRow("constant row") << "SCAN CONSTANT ROW" << StepKind::Other << "" << Access::Table << "" << none
                                      << TempBTreeUse::None;
        QTest::addRow("bloom filter") << "BLOOM FILTER ON p (order_id=?)" << StepKind::BloomFilter << "p"
                                      << Access::Table << "" << QStringList { "order_id=" } << TempBTreeUse::None;
    }
    void parseDetail()
    {
        QFETCH(QString, detail);
        QFETCH(StepKind, kind);
        QFETCH(QString, table);
        QFETCH(Access, access);
        QFETCH(QString, index);
        QFETCH(QStringList, keys);
        QFETCH(TempBTreeUse, temp);
        const PlanStep step = PlanParser::parseDetail(detail);
        QCOMPARE(step.detail, detail);
        QCOMPARE(step.kind, kind);
        QCOMPARE(step.table, table);
        QCOMPARE(step.access, access);
        QCOMPARE(step.index, index);
        QStringList actualKeys;
        for (const KeyTerm& k : step.keys)
            actualKeys << k.column + k.op;
        QCOMPARE(actualKeys, keys);
        QCOMPARE(step.tempBTree, temp);
        QCOMPARE(step.correlated, detail.startsWith(QLatin1String("CORRELATED")));
    }

    void shellText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("depths");
        QTest::addRow("one step") << "QUERY PLAN\n`--SEARCH orders USING INTEGER PRIMARY KEY (rowid=?)\n"
                                  << QList<int> { 0 };
        QTest::addRow("siblings") << "QUERY PLAN\n|--SCAN orders\n`--USE TEMP B-TREE FOR ORDER BY\n"
                                  << QList<int> { 0, 0 };
        QTest::addRow("compound")
            << "QUERY PLAN\n`--COMPOUND QUERY\n   |--LEFT-MOST SUBQUERY\n   |  `--SCAN orders USING COVERING "
               "INDEX orders_customer_created\n   `--UNION USING TEMP B-TREE\n      `--SCAN payments USING "
               "COVERING INDEX payments_order\n"
            << QList<int> { 0, 1, 2, 1, 2 };
        QTest::addRow("correlated subquery") << "QUERY PLAN\n|--SCAN o\n`--CORRELATED SCALAR SUBQUERY 1\n   `--SEARCH "
                                                "p USING INDEX payments_order (order_id=?)\n"
                                             << QList<int> { 0, 0, 1 };
        QTest::addRow("multi-index or")
            << "QUERY PLAN\n`--MULTI-INDEX OR\n   |--INDEX 1\n   |  `--SEARCH t USING INDEX a (a=?)\n   "
               "`--INDEX 2\n      `--SEARCH t USING INDEX b (b=?)\n"
            << QList<int> { 0, 1, 2, 1, 2 };
    }
    void shellText()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, depths);
        const QueryPlan plan = PlanParser::fromShellText(text);
        QList<int> actual;
        for (const PlanStep& s : plan.steps)
            actual << s.depth;
        QCOMPARE(actual, depths);
        QCOMPARE(plan.toText(), text); // the tree draws back exactly as the shell drew it
        for (qsizetype i = 0; i < plan.steps.size(); ++i) {
            if (plan.steps.at(i).depth > 0) // each child's parent is the nearest shallower step above it
                QCOMPARE(plan.steps
                             .at(plan.steps.indexOf(*std::find_if(plan.steps.begin(), plan.steps.end(),
                                 [&](const PlanStep& s) { return s.id == plan.steps.at(i).parent; })))
                             .depth,
                    plan.steps.at(i).depth - 1);
        }
    }

    void missingObject_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<MissingKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addRow("column") << "no such column: created_at" << MissingKind::Column << "created_at";
        QTest::addRow("qualified column") << "no such column: o.created_at" << MissingKind::Column << "o.created_at";
        QTest::addRow("insert column") << "table orders has no column named created_at" << MissingKind::Column
                                       << "created_at";
        QTest::addRow("table") << "no such table: main.orders" << MissingKind::Table << "orders";
        QTest::addRow("index") << "no such index: orders_customer_created" << MissingKind::Index
                               << "orders_customer_created";
        QTest::addRow("function") << "no such function: json_tree2" << MissingKind::Function << "json_tree2";
        QTest::addRow("ambiguous") << "ambiguous column name: status" << MissingKind::AmbiguousColumn << "status";
        QTest::addRow("syntax") << "near \"FORM\": syntax error" << MissingKind::Other << "";
    }
    void missingObject()
    {
        QFETCH(QString, message);
        QFETCH(MissingKind, kind);
        QFETCH(QString, name);
        const auto [k, n] = PlanParser::missingObject(message);
        QCOMPARE(k, kind);
        QCOMPARE(n, name);
    }

    // The orders sample's access patterns on its own schema: each finds the index the sample gives it.
    void ordersUseTheSampleIndexes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("plan");
        QTest::addRow("fetch order by id") << "fetch order by id"
                                           << "SEARCH orders USING INTEGER PRIMARY KEY (rowid=?)\n";
        QTest::addRow("customer's orders newest first")
            << "list customer orders newest first"
            << "SEARCH orders USING INDEX orders_customer_created (customer_id=?)\n";
        QTest::addRow("line items") << "order line items"
                                    << "SEARCH order_items USING INDEX sqlite_autoindex_order_items_1 (order_id=?)\n";
        QTest::addRow("payments by order") << "payments of an order"
                                           << "SEARCH payments USING INDEX payments_order (order_id=?)\n";
        QTest::addRow("payments by provider reference")
            << "payment by provider reference"
            << "SEARCH payments USING INDEX payments_provider_ref (provider_ref=?)\n";
        QTest::addRow("update status") << "update order status"
                                       << "SEARCH orders USING INTEGER PRIMARY KEY (rowid=?)\n";
        QTest::addRow("create order") << "create order"
                                      << "";
    }
    void ordersUseTheSampleIndexes()
    {
        QFETCH(QString, query);
        QFETCH(QString, plan);
        auto db = Database::openOriginal(m_orders);
        QVERIFY(db);
        const Query* q = m_queries.find(query);
        QVERIFY(q);
        const QueryPlan p = QueryPlanner::explain(*db, q->sql);
        QVERIFY2(!p.isBroken(), qPrintable(p.error));
        QString text;
        for (const PlanStep& s : p.steps)
            text += s.detail + QLatin1Char('\n');
        QCOMPARE(text, plan);
    }

    void compare_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QueryStatus>("status");
        QTest::addColumn<QStringList>("changes");
        const QString search = QStringLiteral("`--SEARCH orders USING INDEX orders_customer_created (customer_id=?)\n");
        QTest::addRow("same plan") << search << search << QueryStatus::Unchanged << QStringList {};
        QTest::addRow("lost the composite index")
            << search << "|--SCAN orders\n`--USE TEMP B-TREE FOR ORDER BY\n"
            << QueryStatus::Regressed << QStringList { "search-to-scan orders", "temp-b-tree-added" };
        QTest::addRow("gained it back") << "|--SCAN orders\n`--USE TEMP B-TREE FOR ORDER BY\n"
                                        << search << QueryStatus::Improved
                                        << QStringList { "scan-to-search orders", "temp-b-tree-removed" };
        QTest::addRow("renamed index") << search << "`--SEARCH orders USING INDEX orders_by_customer (customer_id=?)\n"
                                       << QueryStatus::Unchanged << QStringList { "index-changed orders" };
        QTest::addRow("fewer key terms") << "`--SEARCH t USING INDEX ab (a=? AND b=?)\n"
                                         << "`--SEARCH t USING INDEX a (a=?)\n"
                                         << QueryStatus::Regressed << QStringList { "fewer-key-terms t" };
        QTest::addRow("lost the range") << "`--SEARCH t USING INDEX ab (a=? AND b>?)\n"
                                        << "`--SEARCH t USING INDEX a (a=?)\n"
                                        << QueryStatus::Regressed << QStringList { "fewer-key-terms t" };
        QTest::addRow("lost covering") << "`--SEARCH p USING COVERING INDEX payments_order (order_id=?)\n"
                                       << "`--SEARCH p USING INDEX payments_order2 (order_id=?)\n"
                                       << QueryStatus::Regressed
                                       << QStringList { "index-changed p", "covering-index-lost p" };
        QTest::addRow("new automatic index") << "|--SCAN o\n`--SEARCH p USING INDEX payments_created (created_at=?)\n"
                                             << "|--SCAN o\n`--SEARCH p USING AUTOMATIC COVERING INDEX (created_at=?)\n"
                                             << QueryStatus::Regressed << QStringList { "automatic-index-added p" };
        QTest::addRow("primary key instead of covering index")
            << "`--SEARCH orders USING COVERING INDEX by_id (order_id=?)\n"
            << "`--SEARCH orders USING INTEGER PRIMARY KEY (rowid=?)\n"
            << QueryStatus::Unchanged << QStringList { "index-changed orders" };
        QTest::addRow("join order swapped") << "|--SEARCH a USING INDEX x (k=?)\n`--SEARCH b USING INDEX y (j=?)\n"
                                            << "|--SEARCH b USING INDEX y (j=?)\n`--SEARCH a USING INDEX x (k=?)\n"
                                            << QueryStatus::Unchanged << QStringList {};
        QTest::addRow("mixed: one table better, one worse")
            << "|--SCAN a\n`--SEARCH b USING INDEX y (j=?)\n"
            << "|--SEARCH a USING INDEX x (k=?)\n`--SCAN b\n"
            << QueryStatus::Regressed << QStringList { "scan-to-search a", "search-to-scan b" };
    }
    void compare()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QueryStatus, status);
        QFETCH(QStringList, changes);
        const PlanComparison c
            = PlanComparator::compare(PlanParser::fromShellText(before), PlanParser::fromShellText(after));
        QCOMPARE(c.status, status);
        QStringList actual = changeNames(c);
        actual.removeAll(QStringLiteral("steps-changed"));
        QCOMPARE(actual, changes);
        // Steps are highlighted when they differ, whatever the verdict; the same steps in another order do not.
        const bool sameSteps = before == after || before.contains(QLatin1String("|--SEARCH a USING INDEX x"));
        QCOMPARE(c.differingBefore.isEmpty() && c.differingAfter.isEmpty(), sameSteps);
    }

    void brokenAndInvalid()
    {
        QueryPlan broken;
        broken.error = QStringLiteral("no such column: created_at");
        broken.missing = MissingKind::Column;
        broken.missingName = QStringLiteral("created_at");
        const QueryPlan fine = PlanParser::fromShellText(QStringLiteral("`--SCAN orders\n"));
        const PlanComparison c = PlanComparator::compare(fine, broken);
        QCOMPARE(c.status, QueryStatus::Broken);
        QCOMPARE(changeNames(c), QStringList { QStringLiteral("no-longer-prepares created_at") });
        QCOMPARE(c.differingBefore, QList<qsizetype> { 0 });
        QCOMPARE(PlanComparator::compare(broken, fine).status, QueryStatus::Invalid);
    }

    // End to end on the orders sample: the after side from a target script, a migrated copy, or a database.
    void impact_data()
    {
        QTest::addColumn<QString>("after"); // a script: the target schema
        QTest::addColumn<QString>("migration"); // or: applied to a copy of the data
        QTest::addColumn<QStringList>("statuses"); // per query of queries.sql
        QTest::addColumn<QString>("detail"); // changes of the query that is not unchanged, if any

        const QString same = QStringLiteral("unchanged");
        QStringList allSame(7, same);
        QTest::addRow("same schema") << m_v1 << QString() << allSame << QString();
        QString dropped = m_v1;
        dropped.replace(
            QLatin1String("CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC);"), QString());
        QStringList regressed = allSame;
        regressed[1] = QStringLiteral("regressed");
        QTest::addRow("composite index dropped")
            << dropped << QString() << regressed << "search-to-scan orders, temp-b-tree-added";
        QStringList broken = allSame;
        broken[0] = broken[1] = broken[6] = QStringLiteral("broken"); // both SELECTs name it, and so does the INSERT
        QTest::addRow("created_at renamed")
            << m_v1 + QStringLiteral("\nALTER TABLE orders RENAME COLUMN created_at TO placed_at;\n") << QString()
            << broken << "no-longer-prepares created_at";
        QTest::addRow("expand (V2) on a copy")
            << QString() << readSample(QStringLiteral("V2__add_shipping_eta.sql")) << allSame << QString();
        QStringList contracted = allSame;
        contracted[0] = QStringLiteral("broken");
        QTest::addRow("contract (V2-V4) on a copy") << QString()
                                                    << readSample(QStringLiteral("V2__add_shipping_eta.sql"))
                + readSample(QStringLiteral("V3__backfill_shipping_eta.sql"))
                + readSample(QStringLiteral("V4__contract_estimated_delivery.sql"))
                                                    << contracted << "no-longer-prepares estimated_delivery";
    }
    void impact()
    {
        QFETCH(QString, after);
        QFETCH(QString, migration);
        QFETCH(QStringList, statuses);
        QFETCH(QString, detail);
        const auto fingerprint = godwit::test::databaseFingerprint(m_orders);
        QueryImpact::Request request;
        request.database = m_orders;
        request.queries = m_queries;
        if (!after.isEmpty())
            request.after = writeScratch(QStringLiteral("after.sql"), after);
        request.migration = migration;
        request.migrationFileName = QStringLiteral("migration.sql");
        request.advise = false;
        const auto report = QueryImpact::run(request);
        QVERIFY2(report, why(report).constData());
        QVERIFY(report->hasAfter);
        QStringList actual;
        QString changes;
        for (const QueryResult& r : report->queries) {
            actual << queryStatusName(r.comparison.status);
            if (r.comparison.status == QueryStatus::Regressed || r.comparison.status == QueryStatus::Broken)
                changes = changeNames(r.comparison).join(QLatin1String(", "));
        }
        QCOMPARE(actual, statuses);
        QCOMPARE(changes, detail);
        QCOMPARE(report->hasProblems(), statuses != QStringList(7, QStringLiteral("unchanged")));
        QCOMPARE(godwit::test::databaseFingerprint(m_orders), fingerprint);
    }

    // A broken query names the column and where the query uses it.
    void brokenQueryNamesTheColumn()
    {
        const QString script = m_v1 + QStringLiteral("\nALTER TABLE orders RENAME COLUMN created_at TO placed_at;\n");
        auto schema = godwit::schema::SchemaReader::readScript(script);
        QVERIFY(schema);
        auto db = Database::openOriginal(m_orders);
        QVERIFY(db);
        auto stats = PlannerDatabase::readStats(*db);
        QVERIFY(stats);
        auto before = godwit::schema::SchemaReader::read(*db);
        QVERIFY(before);
        auto planner = PlannerDatabase::build(*schema, *stats, *before, &*db);
        QVERIFY2(planner, why(planner).constData());
        const QueryPlan plan = QueryPlanner::explain(*planner, m_queries.at(1).sql);
        QCOMPARE(plan.error, QStringLiteral("no such column: created_at"));
        QCOMPARE(plan.missing, MissingKind::Column);
        QCOMPARE(plan.missingName, QStringLiteral("created_at"));
        QCOMPARE(plan.errorLine, 1); // "SELECT order_id, status, total_amount, created_at" — the first use
        QCOMPARE(plan.errorColumn, 40);
    }

    // The planner copy plans exactly like the database it copies.
    void plannerCopyPlansLikeTheOriginal_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("plan");
        QTest::addRow("orders: newest first")
            << "orders" << m_queries.at(1).sql << "SEARCH orders USING INDEX orders_customer_created (customer_id=?)\n";
        QTest::addRow("chinook: tracks of an album") << "chinook"
                                                     << "SELECT * FROM Track WHERE AlbumId = ?"
                                                     << "SEARCH Track USING INDEX IFK_TrackAlbumId (AlbumId=?)\n";
        QTest::addRow("chinook: invoices newest first")
            << "chinook"
            << "SELECT InvoiceId, Total FROM Invoice WHERE CustomerId = ? ORDER BY InvoiceDate DESC"
            << "SEARCH Invoice USING INDEX IFK_InvoiceCustomerId (CustomerId=?)\nUSE TEMP B-TREE FOR ORDER BY\n";
        QTest::addRow("chinook: join through foreign keys")
            << "chinook"
            << "SELECT t.Name, a.Title FROM Track t JOIN Album a ON a.AlbumId = t.AlbumId WHERE a.ArtistId = ?"
            << "SEARCH a USING INDEX IFK_AlbumArtistId (ArtistId=?)\nSEARCH t USING INDEX IFK_TrackAlbumId "
               "(AlbumId=?)\n";
        QTest::addRow("chinook: lines and their tracks")
            << "chinook"
            << "SELECT il.Quantity, t.Name FROM InvoiceLine il JOIN Track t ON t.TrackId = il.TrackId WHERE "
               "il.InvoiceId = ?"
            << "SEARCH il USING INDEX IFK_InvoiceLineInvoiceId (InvoiceId=?)\nSEARCH t USING INTEGER PRIMARY KEY "
               "(rowid=?)\n";
        QTest::addRow("chinook: customer by e-mail") << "chinook"
                                                     << "SELECT * FROM Customer WHERE Email = ?"
                                                     << "SCAN Customer\n";
        QTest::addRow("chinook: tracks per genre")
            << "chinook"
            << "SELECT g.Name, count(*) FROM Track t JOIN Genre g ON g.GenreId = t.GenreId GROUP BY g.Name"
            << "SCAN t USING COVERING INDEX IFK_TrackGenreId\nSEARCH g USING INTEGER PRIMARY KEY (rowid=?)\nUSE TEMP "
               "B-TREE FOR GROUP BY\n";
        QTest::addRow("northwind: a customer's orders")
            << "northwind"
            << "SELECT * FROM Orders WHERE CustomerID = ? ORDER BY OrderDate DESC"
            << "SCAN Orders\nUSE TEMP B-TREE FOR ORDER BY\n";
        QTest::addRow("northwind: order lines")
            << "northwind"
            << "SELECT * FROM [Order Details] WHERE OrderID = ?"
            << "SEARCH Order Details USING INDEX sqlite_autoindex_Order Details_1 (OrderID=?)\n";
        QTest::addRow("northwind: orders to a country")
            << "northwind"
            << "SELECT o.OrderID, c.CompanyName FROM Orders o JOIN Customers c ON c.CustomerID = o.CustomerID WHERE "
               "o.ShipCountry = ?"
            << "SCAN o\nSEARCH c USING INDEX sqlite_autoindex_Customers_1 (CustomerID=?)\n";
        QTest::addRow("northwind: products ordered in bulk")
            << "northwind"
            << "SELECT p.ProductName FROM Products p WHERE p.ProductID IN (SELECT ProductID FROM [Order Details] WHERE "
               "Quantity > ?)"
            << "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)\nLIST SUBQUERY 1\nSCAN Order Details\n";
    }
    void plannerCopyPlansLikeTheOriginal()
    {
        QFETCH(QString, dataset);
        QFETCH(QString, sql);
        QFETCH(QString, plan);
        const QString path = dataset == QLatin1String("orders")
            ? m_orders
            : godwit::test::datasetDatabase(dataset == QLatin1String("chinook") ? godwit::test::Dataset::Chinook
                                                                                : godwit::test::Dataset::Northwind);
        auto db = Database::openOriginal(path);
        QVERIFY(db);
        auto copy = PlannerDatabase::fromDatabase(*db);
        QVERIFY2(copy, why(copy).constData());
        QVERIFY(
            !copy->scalar(QStringLiteral(
                              "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
                 ->toString()
                 .isEmpty());
        for (const Database* side : { &*db, &*copy }) {
            const QueryPlan p = QueryPlanner::explain(*side, sql);
            QVERIFY2(!p.isBroken(), qPrintable(p.error));
            QString text;
            for (const PlanStep& s : p.steps)
                text += s.detail + QLatin1Char('\n');
            QCOMPARE(text, plan);
        }
    }

    void statsAreCopiedAndMeasured()
    {
        auto db = Database::openOriginal(m_orders);
        QVERIFY(db);
        auto stats = PlannerDatabase::readStats(*db);
        QVERIFY(stats);
        QVERIFY(stats->contains(StatRow {
            QStringLiteral("orders"), QStringLiteral("orders_customer_created"), QStringLiteral("5000 9 1") }));
        // The same statistic, measured rather than copied.
        auto measured = PlannerDatabase::measureStat(
            *db, QStringLiteral("orders"), { QStringLiteral("customer_id"), QStringLiteral("created_at") }, false);
        QVERIFY2(measured, why(measured).constData());
        QCOMPARE(*measured, QStringLiteral("5000 9 1"));
        // Sampling the first rows keeps the row count and estimates the rest.
        PlannerDatabase::Options sampled;
        sampled.sampleRows = 1000;
        auto estimate
            = PlannerDatabase::measureStat(*db, QStringLiteral("orders"), { QStringLiteral("status") }, false, sampled);
        QVERIFY(estimate);
        QVERIFY2(estimate->startsWith(QLatin1String("5000 ")), qPrintable(*estimate));
        // A database that was never analysed gives an empty list, and its planner copy has no statistics.
        auto chinook = Database::openOriginal(godwit::test::datasetDatabase(godwit::test::Dataset::Chinook));
        QVERIFY(chinook);
        auto none = PlannerDatabase::readStats(*chinook);
        QVERIFY(none && none->isEmpty());
        auto copy = PlannerDatabase::fromDatabase(*chinook);
        QVERIFY(copy);
        QCOMPARE(
            copy->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'"))->toInt(), 0);
    }

    void afterSideErrors_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("migration");
        QTest::addColumn<QString>("message");
        QTest::addRow("bad target script") << "CREATE TABLE orders (" << QString() << ": incomplete input";
        QTest::addRow("failing migration")
            << QString() << "ALTER TABLE orders ADD COLUMN shipping_eta TEXT;\nALTER TABLE nope ADD x;"
            << "migration.sql:2:13: no such table: nope";
    }
    void afterSideErrors()
    {
        QFETCH(QString, after);
        QFETCH(QString, migration);
        QFETCH(QString, message);
        QueryImpact::Request request;
        request.database = m_orders;
        request.queries = m_queries;
        if (!after.isEmpty())
            request.after = writeScratch(QStringLiteral("after.sql"), after);
        request.migration = migration;
        request.migrationFileName = QStringLiteral("migration.sql");
        const auto report = QueryImpact::run(request);
        QVERIFY(!report);
        QVERIFY2(report.error().toString().endsWith(message), qPrintable(report.error().toString()));
        QVERIFY2(report.error().file.endsWith(
                     after.isEmpty() ? QStringLiteral("migration.sql") : QStringLiteral("after.sql")),
            qPrintable(report.error().toString()));
    }

private:
    QString m_orders;
    QString m_v1;
    QueryList m_queries;
};

QTEST_GUILESS_MAIN(TestQueryPlanner)
#include "tst_queryplanner.moc"
