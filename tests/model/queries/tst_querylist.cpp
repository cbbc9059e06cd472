// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "queries/querylist.h"
#include "resultmessage.h"

#include <QFile>
#include <QTest>

using godwit::queries::Query;
using godwit::queries::QueryKind;
using godwit::queries::QueryList;
using godwit::queries::WeightUnit;
using godwit::test::why;

class TestQueryList : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QList<double>>("weights");
        QTest::addColumn<QList<int>>("lines");

        QTest::addRow("names and weights")
            << "-- name: one\n-- weight: 120\nSELECT 1;\n\n-- name: two\n-- weight: 5/min\nSELECT 2;\n"
            << QStringList { "one", "two" } << QStringList { "SELECT 1", "SELECT 2" } << QList<double> { 120, 5 }
            << QList<int> { 3, 7 };
        QTest::addRow("semicolons in strings, names and comments")
            << "-- name: a\nSELECT ';' AS \"x;y\", [z;] /* ; */ FROM t -- ;\n WHERE a = 'b;c';\nSELECT 2"
            << QStringList { "a", "query 2" }
            << QStringList { "SELECT ';' AS \"x;y\", [z;] /* ; */ FROM t -- ;\n WHERE a = 'b;c'", "SELECT 2" }
            << QList<double> { 1, 1 } << QList<int> { 2, 4 };
        QTest::addRow("empty statements and trailing comments")
            << ";;\n-- just a comment\nSELECT 1;;\n-- name: orphan directive\n"
            << QStringList { "query 1" } << QStringList { "SELECT 1" } << QList<double> { 1 } << QList<int> { 3 };
        QTest::addRow("duplicate names made unique")
            << "-- name: q\nSELECT 1;\n-- name: q\nSELECT 2;\n-- name:   q  \nSELECT 3;"
            << QStringList { "q", "q (2)", "q (3)" } << QStringList { "SELECT 1", "SELECT 2", "SELECT 3" }
            << QList<double> { 1, 1, 1 } << QList<int> { 2, 4, 6 };
        QTest::addRow("directives inside a statement are SQL")
            << "SELECT 1\n-- name: not a directive\n;\n"
            << QStringList { "query 1" } << QStringList { "SELECT 1\n-- name: not a directive" } << QList<double> { 1 }
            << QList<int> { 1 };
        QTest::addRow("parameters of every kind")
            << "-- weight: 2.5 calls/min\nSELECT * FROM t WHERE a = ? AND b = ?2 AND c = :c AND d = @d AND e = $e"
            << QStringList { "query 1" }
            << QStringList { "SELECT * FROM t WHERE a = ? AND b = ?2 AND c = :c AND d = @d AND e = $e" }
            << QList<double> { 2.5 } << QList<int> { 2 };
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(QStringList, sql);
        QFETCH(QList<double>, weights);
        QFETCH(QList<int>, lines);
        const auto list = QueryList::parse(text, QStringLiteral("q.sql"));
        QVERIFY2(list, why(list).constData());
        QCOMPARE(list->size(), names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            QCOMPARE(list->at(i).name, names.at(i));
            QCOMPARE(list->at(i).sql, sql.at(i));
            QCOMPARE(list->at(i).weight, weights.at(i));
            QCOMPARE(list->at(i).line, lines.at(i));
            QCOMPARE(list->at(i).file, QStringLiteral("q.sql"));
        }
    }

    void kind_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QueryKind>("kind");
        QTest::addRow("select") << "SELECT * FROM t" << QueryKind::Read;
        QTest::addRow("values") << "VALUES (1)" << QueryKind::Read;
        QTest::addRow("insert") << "INSERT INTO t VALUES (?)" << QueryKind::Write;
        QTest::addRow("replace") << "REPLACE INTO t VALUES (?)" << QueryKind::Write;
        QTest::addRow("update") << "update t set a = 1" << QueryKind::Write;
        QTest::addRow("delete") << "DELETE FROM t WHERE a = ?" << QueryKind::Write;
        QTest::addRow("with select") << "WITH x AS (SELECT 1) SELECT * FROM x" << QueryKind::Read;
        QTest::addRow("with insert") << "WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x" << QueryKind::Write;
        QTest::addRow("keyword in a string") << "SELECT 'DELETE' FROM t" << QueryKind::Read;
    }
    void kind()
    {
        QFETCH(QString, sql);
        QFETCH(QueryKind, kind);
        QCOMPARE(QueryList::kindOf(sql), kind);
        const auto list = QueryList::parse(sql);
        QVERIFY(list);
        QCOMPARE(list->at(0).kind, kind);
    }

    void kindDirectiveOverrides()
    {
        const auto list = QueryList::parse(
            QStringLiteral("-- kind: write\nSELECT pg_advisory_lock(1);\n-- kind: READ\nDELETE FROM t"));
        QVERIFY(list);
        QCOMPARE(list->at(0).kind, QueryKind::Write);
        QCOMPARE(list->at(1).kind, QueryKind::Read);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addRow("bad weight")
            << "SELECT 1;\n-- weight: often\nSELECT 2"
            << "q.sql:2:12: invalid weight 'often' (expected calls per minute like 120, or a share like 12%)";
        QTest::addRow("share over a hundred percent")
            << "-- weight: 120%\nSELECT 1"
            << "q.sql:1:12: invalid weight '120%' (expected calls per minute like 120, or a share like 12%)";
        // Found by fuzz_querylist: a weight past a double's range read as infinity.
        QTest::addRow("weight beyond any number") << "-- weight: " + QString(400, QLatin1Char('9')) + "\nSELECT 1"
                                                  << "q.sql:1:12: invalid weight '" + QString(60, QLatin1Char('9'))
                + "…' (expected calls per minute like 120, or a share like 12%)";
        QTest::addRow("bad kind") << "-- kind: sometimes\nSELECT 1"
                                  << "q.sql:1:10: invalid kind 'sometimes' (expected read or write)";
        QTest::addRow("unterminated string") << "SELECT 1;\nSELECT 'abc"
                                             << "q.sql:2:8: unterminated or invalid token: 'abc";
        // Found by fuzz_querylist: the comment swallowed the rest of the file, and toSql()'s ';'.
        QTest::addRow("unterminated comment") << "SELECT 1 /* note;\nSELECT 2;"
                                              << "q.sql:1:10: unterminated comment";
        QTest::addRow("comment of a slash and a star") << "SELECT 1 /*/"
                                                       << "q.sql:1:10: unterminated comment";
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto list = QueryList::parse(text, QStringLiteral("q.sql"));
        QVERIFY(!list);
        QCOMPARE(list.error().toString(), message);
        QCOMPARE(list.error().code, godwit::Error::Code::Parse);
    }

    void readFileErrors()
    {
        const auto missing = QueryList::readFile(godwit::test::scratchDir() + QStringLiteral("/nope.sql"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, godwit::Error::Code::FileNotFound);
        const auto dir = QueryList::readFile(godwit::test::scratchDir());
        QVERIFY(!dir);
        QCOMPARE(dir.error().code, godwit::Error::Code::IsDirectory);
        const QString latin1 = godwit::test::scratchDir() + QStringLiteral("/latin1.sql");
        QFile f(latin1);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SELECT '\xe9t\xe9';");
        f.close();
        const auto bad = QueryList::readFile(latin1);
        QVERIFY(!bad);
        QCOMPARE(bad.error().toString(), latin1 + QStringLiteral(":1:9: file is not valid UTF-8"));
    }

    void ordersSample()
    {
        const auto list = QueryList::ordersSample();
        QVERIFY2(list, why(list).constData());
        const QStringList names = { "fetch order by id", "list customer orders newest first", "order line items",
            "payments of an order", "payment by provider reference", "update order status", "create order" };
        QCOMPARE(list->size(), names.size());
        for (qsizetype i = 0; i < names.size(); ++i)
            QCOMPARE(list->at(i).name, names.at(i));
        QCOMPARE(list->at(0).weight, 1200.0);
        QCOMPARE(list->at(1).sql,
            QStringLiteral("SELECT order_id, status, total_amount, created_at\n  FROM orders\n WHERE customer_id = ?\n"
                           " ORDER BY created_at DESC\n LIMIT 20"));
        QCOMPARE(list->at(5).kind, QueryKind::Write);
        QCOMPARE(list->at(6).kind, QueryKind::Write);
        QCOMPARE(list->at(0).file, QStringLiteral("queries.sql"));
        // The file on disk is the one embedded.
        const auto disk = QueryList::readFile(godwit::test::sampleDir() + QStringLiteral("/queries.sql"));
        QVERIFY(disk);
        QCOMPARE(disk->size(), list->size());
        for (qsizetype i = 0; i < list->size(); ++i)
            QCOMPARE(disk->at(i).sql, list->at(i).sql);
    }

    void roundTrip()
    {
        QueryList list;
        list.add(Query { QStringLiteral("by id"), QStringLiteral("SELECT * FROM t WHERE id = ?"), 300,
            WeightUnit::PerMinute, QueryKind::Read, {}, 0 });
        list.add(Query { QStringLiteral("lock"), QStringLiteral("SELECT 1 -- trailing ; comment"), 12.5,
            WeightUnit::Percent, QueryKind::Write, {}, 0 });
        list.add(Query {
            {}, QStringLiteral("DELETE FROM t WHERE 'a;b' = ?"), 1, WeightUnit::PerMinute, QueryKind::Write, {}, 0 });
        // Found by fuzz_querylist: weights written with 12 digits, or with an exponent the reader refuses.
        for (const double weight : { 1.23456789012345, 7.4555555555555555e52, 1e-8 })
            list.add(Query { {}, QStringLiteral("SELECT 1"), weight, WeightUnit::PerMinute, QueryKind::Read, {}, 0 });
        const auto back = QueryList::parse(list.toSql());
        QVERIFY2(back, why(back).constData());
        QCOMPARE(back->size(), list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            QCOMPARE(back->at(i).name, list.at(i).name);
            QCOMPARE(back->at(i).sql, list.at(i).sql);
            QCOMPARE(back->at(i).weight, list.at(i).weight);
            QCOMPARE(back->at(i).unit, list.at(i).unit);
            QCOMPARE(back->at(i).kind, list.at(i).kind);
        }
        QCOMPARE(list.at(2).name, QStringLiteral("query 3"));
    }

    // Names a save would write alike stay apart, and every name reads back from toSql() as it was.
    void namesAfterSave_data()
    {
        QTest::addColumn<QStringList>("written");
        QTest::addColumn<QStringList>("kept");
        const QString escapedSoh = QStringLiteral("a\\x01");
        QTest::newRow("control character and its escape") << QStringList { QStringLiteral("a") + QChar(1),
            escapedSoh } << QStringList { escapedSoh, escapedSoh + QStringLiteral(" (2)") };
        QTest::newRow("comment end") << QStringList { QStringLiteral("x*/y"), QStringLiteral("x* /y") }
                                     << QStringList { QStringLiteral("x* /y"), QStringLiteral("x* /y (2)") };
        QTest::newRow("bidi override") << QStringList { QStringLiteral("r") + QChar(0x202e) + QStringLiteral("l") }
                                       << QStringList { QStringLiteral("r\\u202el") };
    }

    void namesAfterSave()
    {
        QFETCH(QStringList, written);
        QFETCH(QStringList, kept);
        QueryList list;
        for (const QString& name : written)
            list.add(Query { name, QStringLiteral("SELECT 1"), 1, WeightUnit::PerMinute, QueryKind::Read, {}, 0 });
        const auto back = QueryList::parse(list.toSql());
        QVERIFY2(back, why(back).constData());
        QCOMPARE(back->size(), kept.size());
        for (qsizetype i = 0; i < kept.size(); ++i) {
            QCOMPARE(list.at(i).name, kept.at(i));
            QCOMPARE(back->at(i).name, kept.at(i));
        }
    }

    void share()
    {
        const auto list = QueryList::parse(
            QStringLiteral("-- weight: 20%\nSELECT 1;\n-- weight: 30\nSELECT 2;\n-- weight: 90\nSELECT 3;"));
        QVERIFY(list);
        QCOMPARE(list->share(0), 0.2);
        QCOMPARE(list->share(1), 0.2);
        QCOMPARE(list->share(2), 0.6);
    }

    void addAndRemove()
    {
        QueryList list;
        QCOMPARE(list.add(Query { QStringLiteral(" captured\n query "), QStringLiteral("SELECT 1"), 1,
                     WeightUnit::PerMinute, QueryKind::Read, {}, 0 }),
            QStringLiteral("captured query"));
        QCOMPARE(list.add(Query { QStringLiteral("captured query"), QStringLiteral("SELECT 2"), 1,
                     WeightUnit::PerMinute, QueryKind::Read, {}, 0 }),
            QStringLiteral("captured query (2)"));
        QVERIFY(list.find(QStringLiteral("captured query (2)")));
        list.removeAt(0);
        list.removeAt(7);
        QCOMPARE(list.size(), 1);
        QVERIFY(!list.find(QStringLiteral("captured query")));
    }
};

QTEST_GUILESS_MAIN(TestQueryList)
#include "tst_querylist.moc"
