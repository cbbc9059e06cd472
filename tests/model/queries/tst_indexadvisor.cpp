// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "queries/indexadvisor.h"
#include "queries/indexcostmeter.h"
#include "queries/parametersampler.h"
#include "queries/plannerdatabase.h"
#include "queries/queryanalyzer.h"
#include "queries/querydrift.h"
#include "queries/queryimpact.h"
#include "queries/querylist.h"
#include "queries/querymeter.h"
#include "queries/queryplanner.h"
#include "queryfixture.h"
#include "resultmessage.h"
#include "sample/ordersgenerator.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"
#include "sqlite/workingcopy.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace godwit::queries;
using godwit::schema::Schema;
using godwit::schema::SchemaReader;
using godwit::sqlite::Database;

using godwit::test::readSample;
using godwit::test::why;

namespace {

// "(customer_id, created_at DESC)" with the equality columns sorted, since their order is free.
QString keyText(QStringList equality, const QStringList& tail)
{
    for (QString& c : equality)
        c = c.toLower();
    equality.sort();
    QStringList lowerTail;
    for (const QString& t : tail)
        lowerTail << t.toLower();
    return QStringLiteral("(%1 | %2)").arg(equality.join(QLatin1String(", ")), lowerTail.join(QLatin1String(", ")));
}

Query query(const QString& sql, const QString& name = QStringLiteral("q"))
{
    return Query { name, sql, 1, WeightUnit::PerMinute, QueryList::kindOf(sql), {}, 0 };
}

// A scratch copy of a database with fresh ANALYZE statistics.
QString analysedCopy(const QString& source, const QString& name)
{
    const QString path = godwit::test::scratchDir() + QLatin1Char('/') + name;
    if (!godwit::sqlite::WorkingCopy::create(source, path))
        return {};
    auto db = Database::openWritable(path);
    if (!db || !db->exec(QStringLiteral("ANALYZE")))
        return {};
    return path;
}

} // namespace

class TestIndexAdvisor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_orders = godwit::test::scratchDir() + QStringLiteral("/orders-5k.db");
        godwit::sample::OrdersGenerator::Options options;
        options.orders = 5000;
        const auto r = godwit::sample::OrdersGenerator::generate(m_orders, options);
        QVERIFY2(r, why(r).constData());
        const auto list = QueryList::ordersSample();
        QVERIFY(list);
        m_queries = *list;
        m_v1 = readSample(QStringLiteral("V1__orders.sql"));
        m_dropped = m_v1;
        m_dropped.replace(
            QLatin1String("CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC);"), QString());
        QVERIFY(m_dropped != m_v1);
    }

    // The dropped-index regression, and the advisor's answer: exactly the index that was dropped.
    void proposesTheDroppedCompositeIndexBack()
    {
        auto data = Database::openOriginal(m_orders);
        QVERIFY(data);
        auto before = SchemaReader::read(*data);
        auto stats = PlannerDatabase::readStats(*data);
        auto target = SchemaReader::readScript(m_dropped);
        QVERIFY(before && stats && target);
        auto planner = PlannerDatabase::build(*target, *stats, *before, &*data);
        QVERIFY2(planner, why(planner).constData());
        const Query* q = m_queries.find(QStringLiteral("list customer orders newest first"));
        QVERIFY(q);
        auto proposals = IndexAdvisor::advise(*planner, *target, &*data, *q);
        QVERIFY2(proposals, why(proposals).constData());
        QCOMPARE(proposals->size(), 1);
        const IndexProposal& p = proposals->first();
        QCOMPARE(p.table, QStringLiteral("orders"));
        QCOMPARE(p.equality, QStringList { QStringLiteral("customer_id") });
        QCOMPARE(p.tail, (QList<OrderTerm> { OrderTerm { QStringLiteral("created_at"), true, {} } }));
        QCOMPARE(p.sql,
            QStringLiteral("CREATE INDEX orders_customer_id_created_at ON orders (customer_id, created_at DESC)"));
        QCOMPARE(p.coveringSql,
            QStringLiteral(
                "CREATE INDEX orders_customer_id_created_at_covering ON orders (customer_id, created_at DESC, status, "
                "total_amount)"));
        QCOMPARE(p.reason, QStringLiteral("scan"));
        QCOMPARE(p.queries, QStringList { q->name });
        QCOMPARE(p.planWith.toText(),
            QStringLiteral("QUERY PLAN\n`--SEARCH orders USING INDEX orders_customer_id_created_at (customer_id=?)\n"));
        // The planner copy is left as it was: the candidates were rolled back.
        QCOMPARE(QueryPlanner::explain(*planner, q->sql).toText(),
            QStringLiteral("QUERY PLAN\n|--SCAN orders\n`--USE TEMP B-TREE FOR ORDER BY\n"));
        QVERIFY(SchemaReader::read(*planner)->indexCount() == target->indexCount());
    }

    void reportCarriesTheAdvice()
    {
        const QString after = godwit::test::scratchDir() + QStringLiteral("/dropped.sql");
        QFile f(after);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_dropped.toUtf8());
        f.close();
        QueryImpact::Request request;
        request.database = m_orders;
        request.queries = m_queries;
        request.after = after;
        const auto report = QueryImpact::run(request);
        QVERIFY2(report, why(report).constData());
        QCOMPARE(report->proposals.size(), 1);
        QCOMPARE(report->proposals.first().name, QStringLiteral("orders_customer_id_created_at"));
        const QueryResult* r = report->result(u"list customer orders newest first");
        QVERIFY(r);
        QCOMPARE(r->comparison.status, QueryStatus::Regressed);
        QCOMPARE(r->proposals, QStringList { QStringLiteral("orders_customer_id_created_at") });
    }

    void noAdviceWhenEveryQueryIsServed()
    {
        auto data = Database::openOriginal(m_orders);
        QVERIFY(data);
        auto planner = PlannerDatabase::fromDatabase(*data);
        QVERIFY(planner);
        auto schema = SchemaReader::read(*data);
        QVERIFY(schema);
        auto proposals = IndexAdvisor::adviseAll(*planner, *schema, &*data, m_queries, {});
        QVERIFY2(proposals, why(proposals).constData());
        QCOMPARE(proposals->size(), 0);
    }

    void mergesProposalsAcrossQueries()
    {
        auto data = Database::openOriginal(m_orders);
        auto planner = PlannerDatabase::fromDatabase(*data);
        auto schema = SchemaReader::read(*data);
        QVERIFY(data && planner && schema);
        QueryList list;
        list.add(query(
            QStringLiteral("SELECT payment_id FROM payments WHERE status = ?"), QStringLiteral("failed payments")));
        list.add(query(
            QStringLiteral("SELECT count(*) FROM payments WHERE status = 'refunded'"), QStringLiteral("refund count")));
        auto proposals = IndexAdvisor::adviseAll(*planner, *schema, &*data, list, {});
        QVERIFY2(proposals, why(proposals).constData());
        QCOMPARE(proposals->size(), 1);
        QCOMPARE(proposals->first().sql, QStringLiteral("CREATE INDEX payments_status ON payments (status)"));
        QCOMPARE(proposals->first().queries,
            (QStringList { QStringLiteral("failed payments"), QStringLiteral("refund count") }));
    }

    // The shell's `.expert` (sqlite3expert.c) and the advisor read the same query the same way.
    void agreesWithExpert_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("sql");
        QTest::addRow("chinook: customer by e-mail") << "chinook"
                                                     << "SELECT * FROM Customer WHERE Email = ?";
        QTest::addRow("chinook: a customer's invoices newest first")
            << "chinook"
            << "SELECT InvoiceId, Total FROM Invoice WHERE CustomerId = ? ORDER BY InvoiceDate DESC";
        QTest::addRow("chinook: sales per country")
            << "chinook"
            << "SELECT BillingCountry, sum(Total) FROM Invoice GROUP BY BillingCountry";
        QTest::addRow("chinook: a country's recent invoices")
            << "chinook"
            << "SELECT * FROM Invoice WHERE BillingCountry = ? AND InvoiceDate > ?";
        QTest::addRow("chinook: a composer's tracks by name")
            << "chinook"
            << "SELECT Name FROM Track WHERE Composer = ? ORDER BY Name";
        QTest::addRow("chinook: employees by title") << "chinook"
                                                     << "SELECT * FROM Employee WHERE Title = ?";
        QTest::addRow("chinook: invoices of a country's customers")
            << "chinook"
            << "SELECT c.FirstName, i.Total FROM Customer c JOIN Invoice i ON i.CustomerId = c.CustomerId WHERE "
               "c.Country = ?";
        QTest::addRow("northwind: a customer's orders newest first")
            << "northwind"
            << "SELECT * FROM Orders WHERE CustomerID = ? ORDER BY OrderDate DESC";
        QTest::addRow("northwind: a category's dearer products")
            << "northwind"
            << "SELECT ProductName FROM Products WHERE CategoryID = ? AND UnitPrice > ?";
        QTest::addRow("northwind: orders shipped to a country")
            << "northwind"
            << "SELECT o.OrderID, c.CompanyName FROM Orders o JOIN Customers c ON c.CustomerID = o.CustomerID WHERE "
               "o.ShipCountry = ?";
        QTest::addRow("northwind: orders by employee and shipper")
            << "northwind"
            << "SELECT * FROM Orders WHERE EmployeeID = ? AND ShipVia = ?";
        QTest::addRow("northwind: a country's customers by name")
            << "northwind"
            << "SELECT * FROM Customers WHERE Country = ? ORDER BY CompanyName";
        QTest::addRow("northwind: a supplier's products") << "northwind"
                                                          << "SELECT * FROM Products WHERE SupplierID = ?";
        QTest::addRow("orders: a status since a date") << "orders"
                                                       << "SELECT * FROM orders WHERE status = ? AND created_at >= ?";
        QTest::addRow("orders: payments of a status in time order")
            << "orders"
            << "SELECT payment_id FROM payments WHERE status = ? ORDER BY created_at";
        QTest::addRow("orders: sales of one item") << "orders"
                                                   << "SELECT sum(quantity * price) FROM order_items WHERE item_id = ?";
        QTest::addRow("orders without the composite index: newest first")
            << "orders-dropped"
            << "SELECT order_id, status, total_amount, created_at FROM orders WHERE customer_id = ? ORDER BY "
               "created_at DESC LIMIT 20";
    }
    void agreesWithExpert()
    {
        QFETCH(QString, dataset);
        QFETCH(QString, sql);
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        // The Makefile installs the shell (Debian's sqlite3), so in CI its absence is a failure, not a skip.
        if (shell.isEmpty() && qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("the sqlite3 shell is not installed (CI=true); .expert cannot be asked");
        if (shell.isEmpty())
            QSKIP("the sqlite3 shell is not installed; .expert cannot be asked");
        const QString path = database(dataset);
        QVERIFY(!path.isEmpty());

        QProcess process;
        process.start(shell, { path, QStringLiteral(".expert"), sql });
        QVERIFY(process.waitForFinished(60000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 0);
        static const QRegularExpression create(
            QStringLiteral(R"(^CREATE INDEX .+? ON (.+?)\((.*)\);$)"), QRegularExpression::MultilineOption);
        QStringList expert;
        for (auto it = create.globalMatch(output); it.hasNext();) {
            const auto m = it.next();
            QString table = m.captured(1);
            if (table.startsWith(QLatin1Char('"')) || table.startsWith(QLatin1Char('\'')))
                table = table.mid(1, table.size() - 2);
            expert << table.toLower() + QLatin1Char(' ') + m.captured(2).toLower();
        }
        QVERIFY2(!expert.isEmpty(), qPrintable(QStringLiteral("expert gave no advice:\n") + output));

        auto data = Database::openOriginal(path);
        QVERIFY(data);
        auto schema = SchemaReader::read(*data);
        auto planner = PlannerDatabase::fromDatabase(*data);
        QVERIFY(schema && planner);
        auto proposals = IndexAdvisor::advise(*planner, *schema, &*data, query(sql));
        QVERIFY2(proposals, why(proposals).constData());
        QStringList ours;
        for (const IndexProposal& p : std::as_const(*proposals)) {
            QStringList tail;
            for (const OrderTerm& t : p.tail)
                tail << (t.descending ? t.column + QStringLiteral(" DESC") : t.column);
            ours << p.table.toLower() + QLatin1Char(' ') + keyText(p.equality, tail);
        }
        // Expert lists columns without saying which are equality columns: take ours as the key
        // to read its list, then compare as sets of equality columns plus the ordered tail.
        QStringList theirs;
        for (const QString& e : std::as_const(expert)) {
            const QString table = e.section(QLatin1Char(' '), 0, 0);
            const QStringList columns = e.section(QLatin1Char(' '), 1).split(QStringLiteral(", "));
            const auto mine = std::find_if(proposals->begin(), proposals->end(),
                [&](const IndexProposal& p) { return p.table.toLower() == table; });
            const qsizetype eq
                = mine == proposals->end() ? columns.size() : std::min(mine->equality.size(), columns.size());
            theirs << table + QLatin1Char(' ') + keyText(columns.mid(0, eq), columns.mid(eq));
        }
        ours.sort();
        theirs.sort();
        QCOMPARE(ours, theirs);
    }

    void findings()
    {
        const QString script = m_v1
            + QStringLiteral("CREATE INDEX orders_customer ON orders (customer_id);\n"
                             "CREATE INDEX payments_status ON payments (status);\n"
                             "CREATE INDEX order_items_order ON order_items (order_id);\n");
        auto schema = SchemaReader::readScript(script);
        QVERIFY(schema);
        auto data = Database::openOriginal(m_orders);
        auto stats = PlannerDatabase::readStats(*data);
        auto before = SchemaReader::read(*data);
        QVERIFY(data && stats && before);
        auto planner = PlannerDatabase::build(*schema, *stats, *before, &*data);
        QVERIFY2(planner, why(planner).constData());
        QList<QueryPlan> plans;
        for (const Query& q : m_queries)
            plans << QueryPlanner::explain(*planner, q.sql);
        const QStringList tables
            = { QStringLiteral("orders"), QStringLiteral("order_items"), QStringLiteral("payments") };
        QStringList actual;
        for (const IndexFinding& f : IndexAdvisor::findings(*schema, plans, tables)) {
            actual << QStringLiteral("%1 %2%3%4 | %5")
                          .arg(indexFindingTypeName(f.type), f.index,
                              f.coveredBy.isEmpty() ? QString() : QStringLiteral(" by ") + f.coveredBy,
                              f.supportsForeignKey ? QStringLiteral(" (foreign key)") : QString(), f.dropSql);
        }
        // The line-items query reads the narrower order_items_order, so it is used, yet the primary
        // key (order_id, item_id) serves the same lookups: redundant, not unused.
        QCOMPARE(actual,
            (QStringList {
                QStringLiteral(
                    "redundant-prefix order_items_order by sqlite_autoindex_order_items_1 (foreign key) | DROP INDEX "
                    "order_items_order"),
                QStringLiteral(
                    "redundant-prefix orders_customer by orders_customer_created | DROP INDEX orders_customer"),
                QStringLiteral("unused orders_customer | DROP INDEX orders_customer"),
                QStringLiteral("unused payments_status | DROP INDEX payments_status"),
            }));
        // With no query touching a table, nothing is said about its indexes.
        QVERIFY(IndexAdvisor::findings(*schema, plans, { QStringLiteral("payments") }).size() == 1);
        // Without any plan nothing is "unused"; redundancy is still a fact of the schema.
        QCOMPARE(IndexAdvisor::findings(*schema, {}, tables).size(), 2);
    }

    void measuresOnACopy()
    {
        const QString copyPath = godwit::test::scratchDir() + QStringLiteral("/measure.db");
        QVERIFY(godwit::sqlite::WorkingCopy::create(m_orders, copyPath));
        auto copy = Database::openWritable(copyPath);
        QVERIFY(copy);
        auto schema = SchemaReader::read(*copy);
        QVERIFY(schema);
        const QVariant ordersBefore = *copy->scalar(QStringLiteral("SELECT count(*) || ':' || max(order_id) || ':' || "
                                                                   "group_concat(status) FROM orders"));
        QList<QVariantList> parameters;
        for (const Query& q : m_queries)
            parameters << ParameterSampler::sample(*copy, QueryAnalyzer::analyze(q.sql, *schema), *schema);

        // "list customer orders newest first" binds a customer that has orders, then LIMIT 20.
        QCOMPARE(parameters.at(1).size(), 1);
        QVERIFY(copy->scalar(QStringLiteral("SELECT count(*) FROM orders WHERE customer_id = ?1"),
                        { parameters.at(1).at(0) })
                    ->toInt()
            > 0);
        // "create order" binds a customer, an amount and a time, and leaves order_id to SQLite.
        QCOMPARE(parameters.at(6).size(), 3);
        QVERIFY(!parameters.at(6).at(0).isNull());
        // The same data gives the same values.
        QCOMPARE(ParameterSampler::sample(*copy, QueryAnalyzer::analyze(m_queries.at(1).sql, *schema), *schema),
            parameters.at(1));

        const QueryMeasurement indexed = QueryMeter::measure(*copy, m_queries.at(1).sql, parameters.at(1), { 3 });
        QVERIFY2(indexed.isValid(), qPrintable(indexed.error));
        QCOMPARE(indexed.runs, 3);
        QCOMPARE(indexed.fullScanSteps, 0);
        QCOMPARE(indexed.sorts, 0);
        QVERIFY(indexed.rows > 0 && indexed.vmSteps > 0 && indexed.minMs <= indexed.medianMs
            && indexed.medianMs <= indexed.maxMs);

        const QList<QuerySample> earlier = QueryDrift::sample(*copy, m_queries, parameters, 3);
        QVERIFY(copy->exec(QStringLiteral("DROP INDEX orders_customer_created")));
        const QueryMeasurement scanned = QueryMeter::measure(*copy, m_queries.at(1).sql, parameters.at(1), { 3 });
        QVERIFY(scanned.isValid());
        QVERIFY(scanned.fullScanSteps > 4000); // every one of the 5,000 orders is visited
        QVERIFY(scanned.sorts > 0);
        QCOMPARE(scanned.rows, indexed.rows);
        const QList<QuerySample> later = QueryDrift::sample(*copy, m_queries, parameters, 3);
        const QList<DriftFinding> drift = QueryDrift::compare(earlier, later);
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.first().query, QStringLiteral("list customer orders newest first"));
        QVERIFY(drift.first().planChanged);
        QCOMPARE(drift.first().comparison.status, QueryStatus::Regressed);

        // Writes are measured and undone.
        for (int i : { 5, 6 }) {
            const QueryMeasurement w = QueryMeter::measure(*copy, m_queries.at(i).sql, parameters.at(i), { 3 });
            QVERIFY2(w.isValid(), qPrintable(w.error));
            QCOMPARE(w.rows, 1);
        }
        QCOMPARE(*copy->scalar(QStringLiteral(
                     "SELECT count(*) || ':' || max(order_id) || ':' || group_concat(status) FROM orders")),
            ordersBefore);
        QVERIFY(!copy->isInTransaction());
    }

    // Write amplification, measured: every index of the orders sample, and a proposal.
    void indexWriteCost()
    {
        const QString copyPath = godwit::test::scratchDir() + QStringLiteral("/cost.db");
        QVERIFY(godwit::sqlite::WorkingCopy::create(m_orders, copyPath));
        auto copy = Database::openWritable(copyPath);
        QVERIFY(copy);
        auto schema = SchemaReader::read(*copy);
        QVERIFY(schema);
        QVERIFY(IndexCostMeter::hasDbstat(*copy));
        const QString fingerprint
            = copy->scalar(QStringLiteral("SELECT (SELECT count(*) FROM orders) || ':' || (SELECT count(*) FROM "
                                          "payments) || ':' || (SELECT count(*) FROM sqlite_schema)"))
                  ->toString();
        IndexCostMeter::Options options;
        options.rows = 500;
        options.repeats = 9;
        QList<IndexCost> costs;
        for (const auto& [table, index] :
            { std::pair { QStringLiteral("orders"), QStringLiteral("orders_customer_created") },
                std::pair { QStringLiteral("payments"), QStringLiteral("payments_order") },
                std::pair { QStringLiteral("payments"), QStringLiteral("payments_provider_ref") } })
            costs << IndexCostMeter::measureExisting(*copy, *schema->table(table), index, options);
        costs << IndexCostMeter::measureProposed(*copy, *schema->table(QStringLiteral("orders")),
            QStringLiteral("orders_status_created_at"),
            QStringLiteral("CREATE INDEX orders_status_created_at ON orders (status, created_at)"),
            { QStringLiteral("status"), QStringLiteral("created_at") }, options);
        for (const IndexCost& c : std::as_const(costs)) {
            QVERIFY2(c.isValid(), qPrintable(c.index + QStringLiteral(": ") + c.error));
            QVERIFY(c.insertMsWith > 0 && c.insertMsWithout > 0 && c.updateMsWith > 0 && c.updateMsWithout > 0);
            QCOMPARE(c.rounds, options.repeats);
            // Whatever the machine does: an interval around the median, and a cost that is never negative.
            for (const godwit::queries::Overhead& o : { c.insert, c.update }) {
                QVERIFY(o.lowUs <= o.medianUs && o.medianUs <= o.highUs);
                QVERIFY(o.us() >= 0);
                QCOMPARE(o.belowNoise(), o.lowUs <= 0);
            }
            QVERIFY2(c.sizeBytes >= 4096, qPrintable(c.index));
            QVERIFY(!c.sizeEstimated);
            qInfo("%s on %s%s: insert %.3f ms with / %.3f ms without per %d rows (median %+.2f µs/row, 95%% "
                  "interval %+.2f to %+.2f%s), update %.3f / %.3f ms (median %+.2f, %+.2f to %+.2f%s), %lld bytes",
                qPrintable(c.index), qPrintable(c.table), c.proposed ? " (proposed)" : "", c.insertMsWith,
                c.insertMsWithout, c.rows, c.insert.medianUs, c.insert.lowUs, c.insert.highUs,
                c.insert.belowNoise() ? ", below noise" : "", c.updateMsWith, c.updateMsWithout, c.update.medianUs,
                c.update.lowUs, c.update.highUs, c.update.belowNoise() ? ", below noise" : "", c.sizeBytes);
        }
        // Everything was rolled back: same rows, same schema objects, no open transaction.
        QCOMPARE(
            copy->scalar(QStringLiteral(
                             "SELECT (SELECT count(*) FROM orders) || ':' || (SELECT count(*) FROM payments) || ':' || "
                             "(SELECT count(*) FROM sqlite_schema)"))
                ->toString(),
            fingerprint);
        QVERIFY(!copy->isInTransaction());
        // Size estimate without dbstat: the same order of magnitude as the measured size.
        bool estimated = false;
        auto guess = IndexCostMeter::size(*copy, *schema->table(QStringLiteral("payments")),
            QStringLiteral("payments_provider_ref"), { QStringLiteral("provider_ref") }, &estimated);
        QVERIFY(guess && !estimated && *guess == costs.at(2).sizeBytes);
    }

private:
    QString database(const QString& dataset)
    {
        if (m_analysed.contains(dataset))
            return m_analysed.value(dataset);
        QString path;
        if (dataset == QLatin1String("chinook"))
            path = analysedCopy(
                godwit::test::datasetDatabase(godwit::test::Dataset::Chinook), QStringLiteral("chinook.db"));
        else if (dataset == QLatin1String("northwind"))
            path = analysedCopy(
                godwit::test::datasetDatabase(godwit::test::Dataset::Northwind), QStringLiteral("northwind.db"));
        else if (dataset == QLatin1String("orders"))
            path = m_orders;
        else {
            path = analysedCopy(m_orders, QStringLiteral("orders-dropped.db"));
            auto db = Database::openWritable(path);
            if (!db || !db->exec(QStringLiteral("DROP INDEX orders_customer_created; ANALYZE")))
                path.clear();
        }
        m_analysed.insert(dataset, path);
        return path;
    }

    QString m_orders;
    QString m_v1;
    QString m_dropped;
    QueryList m_queries;
    QHash<QString, QString> m_analysed;
};

QTEST_GUILESS_MAIN(TestIndexAdvisor)
#include "tst_indexadvisor.moc"
