// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "lint/linter.h"
#include "lint/lintreportwriter.h"
#include "resultmessage.h"
#include "schema/ddlgenerator.h"
#include "sqlite/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace godwit;
using godwit::lint::Linter;
using godwit::lint::LintOptions;
using godwit::lint::LintReport;

namespace {

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
CREATE TABLE archive (id INTEGER PRIMARY KEY, body TEXT);
CREATE VIEW open_orders AS SELECT id, customer_id, total FROM orders WHERE status = 'new';
CREATE TRIGGER orders_paid AFTER UPDATE OF status ON orders BEGIN UPDATE customers SET name = name WHERE id = NEW.customer_id; END;
)";

const char* kData = R"(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO customers (id, email, name, created_at) SELECT i, 'c' || i || '@example.com', 'Customer ' || i, '2026-01-01' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500)
INSERT INTO orders (id, customer_id, status, total, note, placed_at)
    SELECT i, 1 + i % 60, CASE WHEN i % 3 = 0 THEN 'paid' ELSE 'new' END, (i % 97) * 1.5,
           CASE WHEN i % 5 = 0 THEN NULL ELSE 'note ' || i END, '2026-02-01' FROM n;
)";

// The 12-step rebuild of orders with `columns` as its new body (and `check` as the last statements before COMMIT).
QString rebuildOrders(
    const QString& columns, const QString& select, const QString& check = QStringLiteral("PRAGMA foreign_key_check;\n"))
{
    return QStringLiteral(
        "PRAGMA foreign_keys = OFF;\nBEGIN;\nDROP VIEW open_orders;\nDROP TRIGGER orders_paid;\n"
        "CREATE TABLE orders_new (\n%1\n);\nINSERT INTO orders_new SELECT %2 FROM orders;\nDROP TABLE orders;\n"
        "ALTER TABLE orders_new RENAME TO orders;\nCREATE INDEX orders_customer ON orders (customer_id, placed_at "
        "DESC);\n"
        "CREATE VIEW open_orders AS SELECT id, customer_id FROM orders WHERE status = 'new';\n"
        "CREATE TRIGGER orders_paid AFTER UPDATE OF status ON orders BEGIN UPDATE customers SET name = name WHERE id = "
        "NEW.customer_id; END;\n"
        "%3COMMIT;\nPRAGMA foreign_keys = ON;\n")
        .arg(columns, select, check);
}

QString ordersColumns(const QString& from, const QString& to)
{
    QString columns
        = QStringLiteral("    id INTEGER PRIMARY KEY,\n    customer_id INTEGER NOT NULL REFERENCES customers(id),\n"
                         "    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid')),\n    total "
                         "NUMERIC,\n    note TEXT,\n    placed_at TEXT");
    return columns.replace(from, to);
}

const QString kAll = QStringLiteral("id, customer_id, status, total, note, placed_at");

// A database with the base schema and data, built once.
QString dataDatabase()
{
    static QString path;
    if (path.isEmpty()) {
        path = test::scratchDir() + QStringLiteral("/lint.db");
        auto db = sqlite::Database::openWritable(path, true);
        if (!db || !db->exec(QString::fromUtf8(kBase)) || !db->exec(QString::fromUtf8(kData)))
            qFatal("cannot build the lint database");
    }
    return path;
}

QString schemaDatabase()
{
    static QString path;
    if (path.isEmpty()) {
        path = test::scratchDir() + QStringLiteral("/schema.db");
        auto db = sqlite::Database::openWritable(path, true);
        if (!db || !db->exec(QString::fromUtf8(kBase)))
            qFatal("cannot build the schema database");
    }
    return path;
}

QStringList codes(const QList<lint::LintFinding>& findings)
{
    QStringList out;
    for (const auto& f : findings)
        out << f.code;
    return out;
}

} // namespace

class TestLinter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogue()
    {
        QStringList seen;
        for (const lint::LintRule& r : lint::LintRule::all()) {
            QVERIFY(r.code.startsWith(QLatin1String("GW")));
            QVERIFY2(!seen.contains(r.code), qPrintable(r.code));
            seen << r.code;
            QVERIFY(!r.summary.isEmpty() && !r.why.isEmpty() && !r.fix.isEmpty());
            QCOMPARE(lint::LintRule::find(r.name), &r);
        }
        QCOMPARE(seen.size(), 27); // 19 for SQLite, 8 for PostgreSQL (GW2xx)
    }

    void rules_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("withData");
        QTest::addColumn<qint64>("bigTableRows");
        QTest::addColumn<QStringList>("expected");
        const qint64 big = 100000;
        QTest::addRow("GW001 drop table") << "DROP TABLE archive;" << false << big << QStringList { "GW001" };
        QTest::addRow("GW001 negative: table created and dropped")
            << "CREATE TABLE scratch (x);\nDROP TABLE scratch;" << false << big << QStringList {};
        QTest::addRow("GW002 drop column")
            << "ALTER TABLE orders DROP COLUMN note;" << false << big << QStringList { "GW002" };
        QTest::addRow("GW002 negative: add column")
            << "ALTER TABLE orders ADD COLUMN note2 TEXT;" << false << big << QStringList {};
        QTest::addRow("GW003 rename column")
            << "ALTER TABLE orders RENAME COLUMN note TO remark;" << false << big << QStringList { "GW003" };
        QTest::addRow("GW003 negative: view keeps the old name")
            << "ALTER TABLE archive RENAME TO archived;\nCREATE VIEW archive AS SELECT * FROM archived;" << false << big
            << QStringList {};
        QTest::addRow("GW004 NOT NULL without default")
            << "ALTER TABLE orders ADD COLUMN channel TEXT NOT NULL;" << false << big << QStringList { "GW004" };
        QTest::addRow("GW004 negative: with default")
            << "ALTER TABLE orders ADD COLUMN channel TEXT NOT NULL DEFAULT 'web';" << false << big << QStringList {};
        QTest::addRow("GW005 affinity change")
            << rebuildOrders(ordersColumns(QStringLiteral("total NUMERIC"), QStringLiteral("total TEXT")), kAll)
            << false << big << QStringList { "GW005" };
        QTest::addRow("GW005 negative: same affinity")
            << rebuildOrders(ordersColumns(QStringLiteral("note TEXT"), QStringLiteral("note VARCHAR(200)")), kAll)
            << false << big << QStringList {};
        QTest::addRow("GW006 CURRENT_TIMESTAMP default")
            << "ALTER TABLE orders ADD COLUMN seen_at TEXT DEFAULT CURRENT_TIMESTAMP;" << false << big
            << QStringList { "GW006" };
        QTest::addRow("GW006 negative: constant default")
            << "ALTER TABLE orders ADD COLUMN seen_at TEXT DEFAULT ('2026-01-01');" << false << big << QStringList {};
        QTest::addRow("GW007 foreign key without index")
            << "CREATE TABLE refunds (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id));" << false << big
            << QStringList { "GW007" };
        QTest::addRow("GW007 negative: indexed")
            << "CREATE TABLE refunds (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id));\nCREATE INDEX "
               "refunds_order ON refunds (order_id);"
            << false << big << QStringList {};
        QTest::addRow("GW008 index on a big table")
            << "CREATE INDEX orders_status ON orders (status);" << true << qint64(1000) << QStringList { "GW008" };
        QTest::addRow("GW008 negative: small table")
            << "CREATE INDEX orders_status ON orders (status);" << true << big << QStringList {};
        QTest::addRow("GW009 rebuild without foreign_key_check") << rebuildOrders(
            ordersColumns(QStringLiteral("note TEXT"), QStringLiteral("note VARCHAR(200)")), kAll, QString())
                                                                 << false << big << QStringList { "GW009" };
        QTest::addRow("GW009 negative: the plan's guard that fails the script") << rebuildOrders(
            ordersColumns(QStringLiteral("note TEXT"), QStringLiteral("note VARCHAR(200)")), kAll,
            schema::DdlGenerator::foreignKeyGuard()) << true << big << QStringList {};
        QTest::addRow("GW009 positive: a guard before the rebuild checks nothing")
            << schema::DdlGenerator::foreignKeyGuard()
                + rebuildOrders(
                    ordersColumns(QStringLiteral("note TEXT"), QStringLiteral("note VARCHAR(200)")), kAll, QString())
            << true << big << QStringList { "GW009" };
        QTest::addRow("GW010 trigger left dangling")
            << "DROP TABLE customers;" << false << big << QStringList { "GW001", "GW010" };
        QTest::addRow("GW010 negative: trigger dropped first")
            << "DROP TRIGGER orders_paid;\nDROP TABLE customers;" << false << big << QStringList { "GW001" };
        QTest::addRow("GW011 PRAGMA foreign_keys inside BEGIN")
            << "BEGIN;\nPRAGMA foreign_keys = OFF;\nALTER TABLE orders ADD COLUMN x TEXT;\nCOMMIT;" << false << big
            << QStringList { "GW011" };
        QTest::addRow("GW011 negative: outside") << "PRAGMA foreign_keys = OFF;\nBEGIN;\nALTER TABLE orders ADD COLUMN "
                                                    "x TEXT;\nCOMMIT;\nPRAGMA foreign_keys = ON;"
                                                 << false << big << QStringList {};
        QTest::addRow("GW012 script fails")
            << "ALTER TABLE nope ADD COLUMN x TEXT;" << false << big << QStringList { "GW012" };
        QTest::addRow("GW012 negative: clean script")
            << "CREATE INDEX orders_status ON orders (status);" << false << big << QStringList {};
        QTest::addRow("GW101 NULLs before NOT NULL")
            << rebuildOrders(ordersColumns(QStringLiteral("note TEXT"), QStringLiteral("note TEXT NOT NULL")), kAll)
            << true << big << QStringList { "GW101" };
        QTest::addRow("GW101 negative: no NULLs") << rebuildOrders(
            ordersColumns(QStringLiteral("placed_at TEXT"), QStringLiteral("placed_at TEXT NOT NULL")), kAll)
                                                  << true << big << QStringList {};
        QTest::addRow("GW102 duplicates before UNIQUE")
            << "CREATE UNIQUE INDEX orders_one_per_customer ON orders (customer_id);" << true << big
            << QStringList { "GW102" };
        QTest::addRow("GW102 negative: unique values")
            << "CREATE UNIQUE INDEX orders_key ON orders (id, customer_id);" << true << big << QStringList {};
        QTest::addRow("GW103 orphans before FK") << rebuildOrders(
            ordersColumns(QStringLiteral("note TEXT"), QStringLiteral("note TEXT REFERENCES customers(email)")), kAll)
                                                 << true << big << QStringList { "GW103", "GW007" };
        QTest::addRow("GW103 negative: every parent exists") << rebuildOrders(
            ordersColumns(QStringLiteral("REFERENCES customers(id)"),
                QStringLiteral("REFERENCES customers(id) ON DELETE CASCADE")),
            kAll) << true << big << QStringList {};
        QTest::addRow("GW104 rows failing a CHECK") << rebuildOrders(
            ordersColumns(QStringLiteral("total NUMERIC"), QStringLiteral("total NUMERIC CHECK (total < 10)")), kAll)
                                                    << true << big << QStringList { "GW104" };
        QTest::addRow("GW104 negative: rows pass") << rebuildOrders(
            ordersColumns(QStringLiteral("total NUMERIC"), QStringLiteral("total NUMERIC CHECK (total >= 0)")), kAll)
                                                   << true << big << QStringList {};
        QTest::addRow("GW105 values not converting")
            << rebuildOrders(ordersColumns(QStringLiteral("note TEXT"), QStringLiteral("note INTEGER")), kAll) << true
            << big << QStringList { "GW005", "GW105" };
        QTest::addRow("GW105 negative: values convert") << rebuildOrders(
            ordersColumns(QStringLiteral("customer_id INTEGER"), QStringLiteral("customer_id REAL")), kAll)
                                                        << true << big << QStringList { "GW005" };
    }
    void rules()
    {
        QFETCH(QString, script);
        QFETCH(bool, withData);
        QFETCH(qint64, bigTableRows);
        QFETCH(QStringList, expected);
        LintOptions options;
        options.database = withData ? dataDatabase() : schemaDatabase();
        options.bigTableRows = bigTableRows;
        const auto hashes = test::databaseFingerprint(options.database);
        auto report = Linter::lintScripts({ { QStringLiteral("change.sql"), script } }, options);
        QVERIFY2(report, godwit::test::why(report).constData());
        QStringList actual = codes(report->findings);
        std::ranges::sort(actual);
        std::ranges::sort(expected);
        if (actual != expected)
            qWarning().noquote() << lint::LintReportWriter::text(*report, false);
        QCOMPARE(actual, expected);
        for (const auto& f : report->findings) {
            QVERIFY2(f.line > 0, qPrintable(f.toString()));
            if (f.code.startsWith(QLatin1String("GW1"))) {
                QVERIFY(f.count > 0);
                QVERIFY(!f.samples.isEmpty());
            }
        }
        // The database given with --db is only read.
        QCOMPARE(test::databaseFingerprint(options.database), hashes);
    }

    // GW004 without --db: a rebuild that makes an existing column NOT NULL may meet NULLs. With
    // a database GW101 counts them instead (the rules() rows above).
    void notNullWithoutData_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("existing column made NOT NULL")
            << rebuildOrders(ordersColumns(QStringLiteral("note TEXT"), QStringLiteral("note TEXT NOT NULL")), kAll)
            << QStringList { "GW004" };
        QTest::addRow("existing column renamed and made NOT NULL")
            << rebuildOrders(ordersColumns(QStringLiteral("note TEXT"), QStringLiteral("remark TEXT NOT NULL")), kAll)
                   .replace(QStringLiteral("CREATE VIEW open_orders AS SELECT id, customer_id FROM orders"),
                       QStringLiteral("CREATE VIEW open_orders AS SELECT id, customer_id, remark AS note FROM orders"))
            << QStringList { "GW004" };
        QTest::addRow("negative: NOT NULL with a default") << rebuildOrders(
            ordersColumns(QStringLiteral("note TEXT"), QStringLiteral("note TEXT NOT NULL DEFAULT ''")), kAll)
                                                           << QStringList {};
        QTest::addRow("negative: NOT NULL dropped") << rebuildOrders(
            ordersColumns(QStringLiteral("customer_id INTEGER NOT NULL"), QStringLiteral("customer_id INTEGER")), kAll)
                                                    << QStringList {};
    }
    void notNullWithoutData()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        auto report = Linter::lintScripts(
            { { QStringLiteral("base.sql"), QString::fromUtf8(kBase) }, { QStringLiteral("change.sql"), script } });
        QVERIFY2(report, godwit::test::why(report).constData());
        QStringList actual;
        for (const auto& f : report->findings) {
            if (f.file == QLatin1String("change.sql"))
                actual << f.code;
        }
        if (actual != expected)
            qWarning().noquote() << lint::LintReportWriter::text(*report, false);
        QCOMPARE(actual, expected);
        for (const auto& f : report->findings) {
            if (f.code == QLatin1String("GW004"))
                QVERIFY2(f.message.startsWith(QLatin1String("makes the existing column orders.")) && f.line > 0,
                    qPrintable(f.toString()));
        }
    }

    // A failing statement is reported and skipped: each of the five statements, two of which
    // fail and one of which leaves a view dangling, gets its own coded finding.
    void recoversAfterFailure()
    {
        const QString path = test::scratchDir() + QStringLiteral("/recover.db");
        {
            auto db = sqlite::Database::openWritable(path, true);
            QVERIFY(db);
            QVERIFY(db->exec(QString::fromUtf8(kBase)));
            QVERIFY(db->exec(QStringLiteral("CREATE VIEW archive_bodies AS SELECT id, body FROM archive;")));
        }
        const QString script = QStringLiteral("ALTER TABLE orders DROP COLUMN total;\n"
                                              "ALTER TABLE orders ADD COLUMN priority INTEGER NOT NULL;\n"
                                              "ALTER TABLE customers RENAME COLUMN name TO full_name;\n"
                                              "ALTER TABLE orders ADD COLUMN seen_at TEXT DEFAULT CURRENT_TIMESTAMP;\n"
                                              "DROP TABLE archive;\n");
        auto report = Linter::lintScripts({ { QStringLiteral("change.sql"), script } }, { path, 100000 });
        QVERIFY2(report, godwit::test::why(report).constData());
        const QList<QStringList> expected
            = { { "GW012" }, { "GW004" }, { "GW003" }, { "GW006" }, { "GW001", "GW010" } };
        for (int line = 1; line <= 5; ++line) {
            QStringList actual;
            for (const auto& f : report->findings) {
                if (f.line == line)
                    actual << f.code;
            }
            std::ranges::sort(actual);
            if (actual != expected.at(line - 1))
                qWarning().noquote() << lint::LintReportWriter::text(*report, false);
            QCOMPARE(actual, expected.at(line - 1));
        }
    }

    // Flyway runs every file in a transaction unless its .conf turns that off: PRAGMA foreign_keys there is a no-op.
    void flywayTransaction()
    {
        const QString script = QStringLiteral("PRAGMA foreign_keys = OFF;\nALTER TABLE orders ADD COLUMN x TEXT;\n");
        auto flyway
            = Linter::lintScripts({ { QStringLiteral("V7__add_x.sql"), script } }, { schemaDatabase(), 100000 });
        QVERIFY(flyway);
        QCOMPARE(codes(flyway->findings), QStringList { "GW011" });
        const QString folder = test::scratchDir();
        QFile conf(folder + QStringLiteral("/V7__add_x.sql.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("executeInTransaction=false\n");
        conf.close();
        auto own = Linter::lintScripts(
            { { folder + QStringLiteral("/V7__add_x.sql"), script } }, { schemaDatabase(), 100000 });
        QVERIFY(own);
        QCOMPARE(codes(own->findings), QStringList {});
    }

    // A file that fails on the data copy leaves none of its writes there, and the files after
    // it are checked without data (the schema copy has the file, the data copy has not).
    void fileFailingOnData_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QStringList>("expected");
        // The UPDATE runs, then the UNIQUE index fails on duplicate customer_ids (GW102 explains it).
        const QString update = QStringLiteral("UPDATE orders SET total = -1 WHERE id <= 10;\n");
        const QString unique = QStringLiteral("CREATE UNIQUE INDEX orders_one_per_customer ON orders (customer_id);\n");
        // Only the UPDATE's rows would fail this CHECK.
        const QString check = rebuildOrders(
            ordersColumns(QStringLiteral("total NUMERIC"), QStringLiteral("total NUMERIC CHECK (total >= 0)")), kAll);
        QTest::addRow("autocommit file: rolled back") << update + unique << check << QStringList { "GW102" };
        QTest::addRow("own transaction: data checks stop") << update + QStringLiteral("BEGIN;\n") + unique
                + QStringLiteral("COMMIT;\n") << check << QStringList { "GW102" };
        QTest::addRow("failing without a data finding")
            << update + QStringLiteral("INSERT INTO orders (id, customer_id, status) VALUES (1, 1, 'new');\n") << check
            << QStringList { "GW012" };
        QTest::addRow("negative: the first file applies") << update << check << QStringList { "GW104" };
    }
    void fileFailingOnData()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QStringList, expected);
        auto report
            = Linter::lintScripts({ { QStringLiteral("first.sql"), first }, { QStringLiteral("second.sql"), second } },
                { dataDatabase(), 100000 });
        QVERIFY2(report, godwit::test::why(report).constData());
        if (codes(report->findings) != expected)
            qWarning().noquote() << lint::LintReportWriter::text(*report, false);
        QCOMPARE(codes(report->findings), expected);
        for (const auto& f : report->findings)
            QCOMPARE(f.file, QString::fromLatin1(f.code == QLatin1String("GW104") ? "second.sql" : "first.sql"));
    }

    // Once the data copy is given up, an index on a table that had many rows is still flagged.
    void bigTableAfterDataStops()
    {
        auto report = Linter::lintScripts(
            { { QStringLiteral("first.sql"),
                  QStringLiteral("CREATE UNIQUE INDEX orders_one_per_customer ON orders (customer_id);\n") },
                { QStringLiteral("second.sql"), QStringLiteral("CREATE INDEX orders_status ON orders (status);\n") } },
            { dataDatabase(), 1000 });
        QVERIFY(report);
        QCOMPARE(codes(report->findings), QStringList({ "GW008", "GW102", "GW008" }));
        QCOMPARE(report->findings.last().file, QStringLiteral("second.sql"));
    }

    void positions()
    {
        auto report = Linter::lintScripts(
            { { QStringLiteral("m.sql"),
                QStringLiteral("-- header\nALTER TABLE orders ADD COLUMN a TEXT;\n\n"
                               "ALTER TABLE orders ADD COLUMN seen TEXT DEFAULT CURRENT_TIME;\n") } },
            { schemaDatabase(), 100000 });
        QVERIFY(report);
        QCOMPARE(report->findings.size(), 1);
        QCOMPARE(report->findings.front().toString(),
            QStringLiteral("m.sql:4:49: error GW006 add-column-non-constant-default: adds orders.seen with the "
                           "non-constant default "
                           "CURRENT_TIME, which ALTER TABLE ADD COLUMN refuses"));
    }

    void suppression_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<QStringList>("suppressed");
        QTest::addRow("comment before")
            << "-- godwit:ignore GW002 contract of release 12, readers gone\nALTER TABLE orders DROP COLUMN note;"
            << QStringList {} << QStringList { "GW002" };
        QTest::addRow("trailing comment")
            << "ALTER TABLE orders DROP COLUMN note; -- godwit:ignore GW002 agreed in review" << QStringList {}
            << QStringList { "GW002" };
        QTest::addRow("other code") << "-- godwit:ignore GW001 wrong code\nALTER TABLE orders DROP COLUMN note;"
                                    << QStringList { "GW002" } << QStringList {};
        QTest::addRow("only the next statement")
            << "-- godwit:ignore GW002\nALTER TABLE orders DROP COLUMN note;\nALTER TABLE orders DROP COLUMN placed_at;"
            << QStringList { "GW002" } << QStringList { "GW002" };
    }
    void suppression()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, findings);
        QFETCH(QStringList, suppressed);
        // Drop the index on placed_at first so the second DROP COLUMN can run.
        auto report = Linter::lintScripts(
            { { QStringLiteral("m.sql"), QStringLiteral("DROP INDEX orders_customer;\n") + script } },
            { schemaDatabase(), 100000 });
        QVERIFY(report);
        QCOMPARE(codes(report->findings), findings);
        QCOMPARE(codes(report->suppressed), suppressed);
    }

    // The orders sample as a migrations folder: V4 rebuilds orders without foreign_key_check, drops
    // the old column and makes shipping_eta NOT NULL; on a V2 database with history not yet
    // backfilled, it would fail on the NULLs.
    void sampleFolder()
    {
        auto report = Linter::lintPath(test::sampleDir());
        QVERIFY2(report, godwit::test::why(report).constData());
        QCOMPARE(report->files.size(), 4);
        QCOMPARE(codes(report->findings), QStringList({ "GW002", "GW004", "GW009" }));
        QVERIFY(report->findings.front().file.endsWith(QLatin1String("V4__contract_estimated_delivery.sql")));
        QCOMPARE(report->findings[1].message,
            QStringLiteral("makes the existing column orders.shipping_eta NOT NULL without a default: a row holding "
                           "NULL stops the copy (lint with --db to count them)"));
        // Without the data only possible NULLs are known: a warning, where ADD COLUMN NOT NULL is an error.
        QCOMPARE(report->findings[1].severity, lint::Severity::Warning);

        const QString json = lint::LintReportWriter::json(*report);
        const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("godwit.lint"));
        QCOMPARE(root.value(QLatin1String("findings")).toArray().size(), 3);
    }

    void errors()
    {
        auto missing = Linter::lintPath(QStringLiteral("/nonexistent/migrations"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().toString(), QStringLiteral("/nonexistent/migrations: no such file or folder"));
        auto empty = Linter::lintPath(test::scratchDir());
        QVERIFY(!empty);
        QVERIFY(empty.error().toString().endsWith(QLatin1String(": no .sql files in the folder")));
    }
};

QTEST_GUILESS_MAIN(TestLinter)
#include "tst_linter.moc"
