// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "editor/sqlchecker.h"
#include "schema/schemareader.h"

#include <QTest>

using namespace godwit;
using godwit::editor::SqlChecker;
using godwit::editor::SqlProblem;

class TestSqlChecker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto schema = schema::SchemaReader::readFile(test::ordersV1Database());
        QVERIFY(schema);
        m_schema = *schema;
    }

    void findsProblems_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("problems"); // "line:column:length: message"
        QTest::addRow("valid") << "SELECT order_id FROM orders WHERE status = 'paid';" << QStringList {};
        QTest::addRow("unknown column") << "SELECT order_id, shipping_eta FROM orders;"
                                        << QStringList { "1:18:12: no such column: shipping_eta" };
        QTest::addRow("unknown table on line 2")
            << "SELECT 1;\n  UPDATE shipments SET x = 1;" << QStringList { "2:10:9: no such table: shipments" };
        QTest::addRow("syntax error") << "SELECT * FORM orders;"
                                      << QStringList { "1:10:4: near \"FORM\": syntax error" };
        QTest::addRow("two errors, two statements")
            << "SELECT nope FROM orders;\nDELETE FROM missing;"
            << QStringList { "1:8:4: no such column: nope", "2:13:7: no such table: missing" };
        QTest::addRow("later statement sees earlier DDL")
            << "ALTER TABLE orders ADD COLUMN shipping_eta TEXT;\nUPDATE orders SET shipping_eta = estimated_delivery;"
            << QStringList {};
        QTest::addRow("rebuild sees the new table")
            << "CREATE TABLE orders_new (order_id INTEGER PRIMARY KEY);\nINSERT INTO orders_new SELECT order_id FROM "
               "orders;\n"
               "DROP TABLE orders;\nALTER TABLE orders_new RENAME TO orders;\nSELECT created_at FROM orders;"
            << QStringList { "5:8:10: no such column: created_at" };
        QTest::addRow("DDL error at runtime")
            << "CREATE TABLE orders (x);" << QStringList { "1:14:6: table orders already exists" };
        QTest::addRow("forbidden")
            << "ATTACH 'x.db' AS x;"
            << QStringList {
                   "1:1:6: ATTACH is not allowed in a migration: ATTACH could reach a database outside the working copy"
               };
        QTest::addRow("pragma and transaction control")
            << "PRAGMA foreign_keys=OFF;\nBEGIN;\nSELECT 1;\nCOMMIT;" << QStringList {};
        QTest::addRow("CREATE TABLE AS SELECT, then used")
            << "CREATE TABLE order_totals AS SELECT customer_id, sum(total_amount) AS total FROM orders GROUP BY 1;\n"
               "SELECT total FROM order_totals;\nSELECT nope FROM order_totals;"
            << QStringList { "3:8:4: no such column: nope" };
        QTest::addRow("CREATE TEMP TABLE IF NOT EXISTS AS SELECT")
            << "CREATE TEMP TABLE IF NOT EXISTS recent AS SELECT order_id FROM orders WHERE created_at > '2026';\n"
               "UPDATE orders SET status = 'paid' WHERE order_id IN (SELECT order_id FROM recent);"
            << QStringList {};
        QTest::addRow("CREATE TABLE AS SELECT with an error")
            << "CREATE TABLE t AS SELECT nope FROM orders;" << QStringList { "1:26:4: no such column: nope" };
        // Only prepared: run, it would never end. Its table stays unknown to later statements.
        QTest::addRow("CREATE TABLE AS with a recursive CTE is not run")
            << "CREATE TABLE n AS WITH c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c;\n"
               "SELECT x FROM n;"
            << QStringList { "2:15:1: no such table: n" };
        QTest::addRow("non-ASCII before the error")
            << "SELECT 'é', nope FROM orders;" << QStringList { "1:13:4: no such column: nope" };
    }
    void findsProblems()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, problems);
        auto checker = SqlChecker::create(m_schema);
        QVERIFY(checker);
        QStringList got;
        for (const SqlProblem& p : checker->check(sql)) {
            got << QStringLiteral("%1:%2:%3: %4").arg(p.line).arg(p.column).arg(p.length).arg(p.message);
            QVERIFY(p.offset >= 0 && p.offset < sql.size());
        }
        QCOMPARE(got, problems);
        // Checking is repeatable: everything is rolled back.
        QCOMPARE(checker->check(sql).size(), problems.size());
    }

    void scriptsRunFirst()
    {
        // The migrations before the edited file: after V2, shipping_eta exists.
        auto checker
            = SqlChecker::create(m_schema, { QStringLiteral("ALTER TABLE orders ADD COLUMN shipping_eta TEXT;") });
        QVERIFY(checker);
        QVERIFY(checker->check(QStringLiteral("SELECT shipping_eta FROM orders;")).isEmpty());
    }

    void scriptsCreateTablesAsSelect()
    {
        // An earlier migration's CREATE TABLE … AS SELECT gives the table and its columns.
        auto checker = SqlChecker::create(m_schema,
            { QStringLiteral("CREATE TABLE paid AS SELECT order_id, total_amount FROM orders WHERE status = 'paid';\n"
                             "INSERT INTO paid SELECT order_id, total_amount FROM orders;") });
        QVERIFY(checker);
        QVERIFY(checker->check(QStringLiteral("SELECT total_amount FROM paid;")).isEmpty());
        QCOMPARE(checker->schema()->table(QStringLiteral("paid"))->columns.size(), 2);
        QCOMPARE(checker->check(QStringLiteral("SELECT status FROM paid;")).size(), 1);
    }

    void realSchemas_data()
    {
        QTest::addColumn<int>("dataset");
        QTest::addColumn<QString>("query");
        QTest::addRow("chinook") << int(test::Dataset::Chinook)
                                 << "SELECT Name FROM Artist JOIN Album USING (ArtistId);";
        QTest::addRow("northwind") << int(test::Dataset::Northwind) << "SELECT * FROM Orders LIMIT 1;";
        QTest::addRow("sakila") << int(test::Dataset::Sakila) << "SELECT title FROM film_list;";
    }
    void realSchemas()
    {
        QFETCH(int, dataset);
        QFETCH(QString, query);
        auto schema = schema::SchemaReader::readFile(test::datasetDatabase(test::Dataset(dataset)));
        QVERIFY(schema);
        auto checker = SqlChecker::create(*schema);
        QVERIFY(checker);
        QVERIFY2(checker->skippedObjects().isEmpty(), qPrintable(checker->skippedObjects().join(QLatin1Char(','))));
        const QList<SqlProblem> problems = checker->check(query);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.constFirst().message));
        QCOMPARE(checker->check(QStringLiteral("SELECT nope FROM ") + schema->tables.constFirst().name).size(), 1);
    }

private:
    schema::Schema m_schema;
};

QTEST_GUILESS_MAIN(TestSqlChecker)
#include "tst_sqlchecker.moc"
