// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "datasets.h"
#include "pgserver.h"

#include <QFile>
#include <QTest>

using godwit::test::CliRun;
using godwit::test::PgServer;
using godwit::test::runGodwit;

// `godwit inspect|diff|render|lint` on a live PostgreSQL server: what they print, one `godwit:`
// line for every way a connection fails (the password never in it), and a database that is
// byte-for-byte the same (schema dump and row checksums) after every command.
class TestCliPostgres : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        GODWIT_START_PGSERVER(m_server);
        QString error;
        for (const QString& db : { QStringLiteral("shop"), QStringLiteral("shop_next") }) {
            QVERIFY2(m_server.createDatabase(
                         db, QStringLiteral(GODWIT_TEST_SOURCE_DIR "/model/postgres/objects.sql"), &error),
                qPrintable(error));
        }
        QVERIFY2(m_server.psql(QStringLiteral("shop_next"),
                     QStringLiteral("ALTER TABLE sales.refund ALTER COLUMN amount TYPE numeric(14, 2);"
                                    "ALTER TABLE sales.refund ALTER COLUMN id TYPE bigint;"
                                    "CREATE INDEX customer_name ON customer (name);"),
                     nullptr, &error),
            qPrintable(error));
        // libpq would otherwise read the runner's own ~/.pgpass and PGPASSWORD (a missing file is ignored quietly).
        qputenv("PGPASSFILE", QFile::encodeName(godwit::test::scratchDir() + QStringLiteral("/no-pgpass")));
        qunsetenv("PGPASSWORD");
    }

    void connectionErrors_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("expected"); // the whole stderr line after "godwit: "
        QTest::addRow("bad URI")
            << "postgresql://localhost:notaport/db"
            << "postgresql://localhost:notaport/db: invalid integer value \"notaport\" for connection option \"port\"";
        QTest::addRow("refused") << "postgresql://127.0.0.1:1/postgres?connect_timeout=5"
                                 << "postgresql://127.0.0.1:1/postgres?connect_timeout=5: connection refused";
        QTest::addRow("missing database") << m_server.uri(
            QStringLiteral("nope")) << m_server.uri(QStringLiteral("nope")) + ": database \"nope\" does not exist";
        const QString wrong
            = QStringLiteral("postgresql://godwit_pw:hunter2@/postgres?host=%1").arg(m_server.socketDir());
        QTest::addRow("wrong password")
            << wrong
            << QStringLiteral(
                   "postgresql://godwit_pw@/postgres?host=%1: password authentication failed for user \"godwit_pw\"")
                   .arg(m_server.socketDir());
        const QString none = QStringLiteral("postgresql://godwit_pw@/postgres?host=%1").arg(m_server.socketDir());
        QTest::addRow("no password") << none << none + QStringLiteral(": password required");
    }
    void connectionErrors()
    {
        QFETCH(QString, uri);
        QFETCH(QString, expected);
        for (const QStringList& args : { QStringList { QStringLiteral("inspect"), uri },
                 QStringList { QStringLiteral("diff"), uri, m_server.uri(QStringLiteral("shop")) } }) {
            const CliRun run = runGodwit(args);
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.out, QString());
            QCOMPARE(run.err, QStringLiteral("godwit: ") + expected + QLatin1Char('\n'));
            QVERIFY(!run.err.contains(QLatin1String("hunter2")));
        }
    }

    void inspect_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("text") << "text"
                              << QStringList { "schema sales", "table sales.orders (", "PARTITION BY RANGE (logged_on)",
                                     "enum mood (sad, ok, happy)", "GENERATED ALWAYS AS IDENTITY",
                                     "\"sales.orders_customer_cover\" (customer_id) INCLUDE (total)", "NOT VALID",
                                     "materialized view order_totals", "EXECUTE FUNCTION touch_status()" };
        QTest::addRow("json") << "json"
                              << QStringList { "\"dialect\": \"postgresql\"", "\"schema\": \"sales\"",
                                     "\"method\": \"gin\"", "\"materialized\": true" };
        QTest::addRow("dot") << "dot" << QStringList { "subgraph \"cluster_sales\"", "subgraph \"cluster_public\"" };
    }
    void inspect()
    {
        QFETCH(QString, format);
        const CliRun run = runGodwit(
            { QStringLiteral("inspect"), QStringLiteral("--format"), format, m_server.uri(QStringLiteral("shop")) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFETCH(QStringList, expected);
        for (const QString& e : expected)
            QVERIFY2(run.out.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + run.out));
    }

    void diff()
    {
        const CliRun run = runGodwit({ QStringLiteral("diff"), QStringLiteral("--color"), QStringLiteral("never"),
            m_server.uri(QStringLiteral("shop")), m_server.uri(QStringLiteral("shop_next")) });
        QVERIFY2(run.exitCode == 1, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("ACCESS EXCLUSIVE lock · table rewrite")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("SHARE lock · full scan")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("ACCESS EXCLUSIVE lock · catalog only")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("(sql-altertable.html#SQL-ALTERTABLE-NOTES)")), qPrintable(run.out));
    }

    // A .sql or Mermaid target is applied in a scratch database on the server (a Mermaid one
    // written as PostgreSQL DDL first) and read back; the server's refusal is reported at the
    // target's line and column, and no scratch database is left behind.
    void target_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // on stdout (exit 1) or the whole stderr line (exit 2)
        QTest::addRow("sql: valid target")
            << "target.sql" << QByteArray("CREATE TABLE customer (id integer PRIMARY KEY, email text);\n") << 1
            << "- table sales.orders";
        QTest::addRow("sql: syntax error")
            << "target.sql" << QByteArray("CREATE TABLE a (id integer);\n\nCREATE TABLE b (id integr);\n") << 2
            << ":3:20: type \"integr\" does not exist";
        QTest::addRow("mermaid: valid target")
            << "target.mmd"
            << QByteArray("erDiagram\n    customer {\n        integer id PK\n        varchar(120) email\n    }\n") << 1
            << "- table sales.orders";
        QTest::addRow("mermaid: unknown type")
            << "target.mmd"
            << QByteArray("erDiagram\n    customer {\n        integer id PK\n        integr email\n    }\n") << 2
            << ":4:9: type \"integr\" does not exist";
    }
    void target()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        const QString path = godwit::test::scratchDir() + QLatin1Char('/') + file;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size());
        f.close();
        const CliRun run = runGodwit({ QStringLiteral("diff"), QStringLiteral("--color"), QStringLiteral("never"),
            m_server.uri(QStringLiteral("shop")), path });
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err + run.out));
        if (exitCode == 2)
            QCOMPARE(run.err, QStringLiteral("godwit: ") + path + expected + QLatin1Char('\n'));
        else
            QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        QString left;
        QVERIFY(m_server.psql(QStringLiteral("postgres"),
            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'godwit_scratch_%';"), &left));
        QCOMPARE(left.trimmed(), QStringLiteral("0"));
    }

    // One migration with a statement per PostgreSQL rule; the expected codes, each at its line.
    void lint()
    {
        const QString file = migrationFile();
        const CliRun run = runGodwit({ QStringLiteral("lint"), QStringLiteral("--brief"), QStringLiteral("--db"),
            m_server.uri(QStringLiteral("shop")), file });
        QVERIFY2(run.exitCode == 1, qPrintable(run.err + run.out));
        const QStringList expected = {
            QStringLiteral(":2:1: warning GW204"), // SET NOT NULL with no CHECK proving it
            QStringLiteral(":2:1: error GW101"), // feeling holds a NULL
            QStringLiteral(":3:1: warning GW205"), // integer -> bigint
            QStringLiteral(":4:1: warning GW206"), // random()
            QStringLiteral(":5:1: warning GW203"), // foreign key without NOT VALID
            QStringLiteral(":6:1: warning GW201"), // CREATE INDEX without CONCURRENTLY
            QStringLiteral(":8:1: warning GW003"), // rename
            QStringLiteral(":8:1: warning GW207"), // lock_timeout was reset on line 7
            QStringLiteral(":9:1: error GW209"), // view customer_orders uses email
            QStringLiteral(":11:1: error GW202"), // CONCURRENTLY inside BEGIN
        };
        for (const QString& e : expected)
            QVERIFY2(run.out.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + run.out));
        // Every refund points at an existing order, and lines 2-6 run under the lock_timeout of line 1.
        QVERIFY2(!run.out.contains(QLatin1String("GW103")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QLatin1String(":2:1: warning GW207")), qPrintable(run.out));
    }

    // Every command leaves the database exactly as it was: same pg_dump --schema-only, same rows.
    void untouched()
    {
        QString error;
        const QString before = m_server.fingerprint(QStringLiteral("shop"), &error);
        QVERIFY2(!before.isEmpty(), qPrintable(error));
        QVERIFY(before.contains(QLatin1String("CREATE TABLE sales.orders")));
        const QString shop = m_server.uri(QStringLiteral("shop"));
        const QString dot = godwit::test::scratchDir() + QStringLiteral("/shop.dot");
        const QString target = godwit::test::scratchDir() + QStringLiteral("/untouched-target.sql");
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("CREATE TABLE customer (id bigint PRIMARY KEY);\n") > 0);
        f.close();
        const QString diagram = godwit::test::scratchDir() + QStringLiteral("/untouched-target.mmd");
        QFile d(diagram);
        QVERIFY(
            d.open(QIODevice::WriteOnly) && d.write("erDiagram\n    customer {\n        bigint id PK\n    }\n") > 0);
        d.close();
        const QList<QStringList> commands = {
            { QStringLiteral("inspect"), QStringLiteral("--exact-counts"), shop },
            { QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("json"), shop },
            { QStringLiteral("diff"), shop, m_server.uri(QStringLiteral("shop_next")) },
            { QStringLiteral("diff"), m_server.uri(QStringLiteral("shop_next")), shop },
            { QStringLiteral("render"), QStringLiteral("-o"), dot, shop },
            { QStringLiteral("lint"), QStringLiteral("--db"), shop, migrationFile() },
            { QStringLiteral("diff"), shop, target },
            { QStringLiteral("diff"), shop, diagram },
        };
        for (const QStringList& args : commands) {
            const CliRun run = runGodwit(args);
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1,
                qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.err));
            QCOMPARE(m_server.fingerprint(QStringLiteral("shop"), &error), before);
        }
    }

private:
    // Line 1 sets lock_timeout and line 7 resets it.
    QString migrationFile()
    {
        const QString path = godwit::test::scratchDir() + QStringLiteral("/V2__postgres.sql");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("SET lock_timeout = '2s';\n"
                "ALTER TABLE customer ALTER COLUMN feeling SET NOT NULL;\n"
                "ALTER TABLE sales.refund ALTER COLUMN id TYPE bigint;\n"
                "ALTER TABLE customer ADD COLUMN salt double precision DEFAULT random();\n"
                "ALTER TABLE sales.refund ADD CONSTRAINT refund_order FOREIGN KEY (order_id) REFERENCES sales.orders "
                "(id);\n"
                "CREATE INDEX customer_name ON customer (name);\n"
                "RESET lock_timeout;\n"
                "ALTER TABLE customer RENAME COLUMN name TO full_name;\n"
                "ALTER TABLE customer DROP COLUMN email;\n"
                "BEGIN;\n"
                "CREATE INDEX CONCURRENTLY customer_tags2 ON customer (feeling);\n"
                "COMMIT;\n");
        return path;
    }

    PgServer m_server;
};

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "tst_cli_postgres.moc"
