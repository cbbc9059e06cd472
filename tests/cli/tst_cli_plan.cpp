// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using godwit::test::CliRun;
using godwit::test::runGodwit;

namespace {

QString writeFile(const QString& name, const QString& text)
{
    const QString path = godwit::test::scratchDir() + QLatin1Char('/') + name;
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(text.toUtf8());
    return path;
}

QString sampleScript(const QString& name, const QStringList& files)
{
    return writeFile(name, godwit::test::sampleScript(files));
}

QString v1() { return sampleScript(QStringLiteral("v1.sql"), { QStringLiteral("V1__orders.sql") }); }

QString v4()
{
    return sampleScript(QStringLiteral("v4.sql"),
        { QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
            QStringLiteral("V3__backfill_shipping_eta.sql"), QStringLiteral("V4__contract_estimated_delivery.sql") });
}

} // namespace

class TestCliPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("text") << "text"
                              << QStringList { "/v1.sql → ", "B Breaking change? → Yes: rename/remove",
                                     "ALTER TABLE orders ADD COLUMN shipping_eta TEXT;",
                                     "WHERE order_id > :last AND order_id <= :last + :batch",
                                     "Rebuild orders with its final definition" };
        QTest::addRow("markdown") << "markdown"
                                  << QStringList { "# Migration plan: ", "```mermaid\nflowchart TD",
                                         "B ==>|Yes: rename/remove| D", "## 5. Contract",
                                         "- [ ] no NULL left in orders.shipping_eta" };
        // One graph per group of changes, its walk drawn thick along B → D (rename/remove).
        QTest::addRow("dot") << "dot"
                             << QStringList { "digraph \"Schema Migration Decision Tree: ",
                                    "B [label=\"Breaking change?\", shape=diamond, color=\"#1f6feb\"",
                                    "B -> D [label=\"Yes: rename/remove\", color=\"#1f6feb\", penwidth=2.5];" };
        QTest::addRow("json") << "json"
                              << QStringList { "\"format\": \"godwit.plan\"",
                                     "\"path\": [\"A\", \"B\", \"D\", \"E\", \"F\", \"G\", \"H\", \"I\"]" };
    }
    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, expected);
        const CliRun r = runGodwit({ QStringLiteral("plan"), QStringLiteral("--format"), format, v1(), v4() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        for (const QString& e : expected)
            QVERIFY2(r.out.contains(e), qPrintable(e + QStringLiteral("\n---\n") + r.out.left(3000)));
    }

    void jsonShape()
    {
        const CliRun r
            = runGodwit({ QStringLiteral("plan"), QStringLiteral("-f"), QStringLiteral("json"), v1(), v4() });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("summary")).toObject().value(QLatin1String("steps")).toInt(), 7);
        const QJsonArray steps = root.value(QLatin1String("steps")).toArray();
        QStringList phases;
        for (const QJsonValue& s : steps)
            phases << s.toObject().value(QLatin1String("phase")).toString();
        QCOMPARE(phases,
            QStringList({ "expand", "dual-write", "backfill", "read-switch", "contract", "contract", "contract" }));
        const QJsonObject backfill = steps.at(2).toObject().value(QLatin1String("backfill")).toObject();
        QCOMPARE(backfill.value(QLatin1String("keyColumn")).toString(), QStringLiteral("order_id"));
        QCOMPARE(backfill.value(QLatin1String("batchSize")).toInt(), 1000);
        QCOMPARE(steps.at(5).toObject().value(QLatin1String("transactional")).toBool(), false);
        // Keys in the documented order.
        QVERIFY(r.out.indexOf(QLatin1String("\"format\"")) < r.out.indexOf(QLatin1String("\"summary\"")));
        QVERIFY(r.out.indexOf(QLatin1String("\"summary\"")) < r.out.indexOf(QLatin1String("\"walks\"")));
    }

    // A migrations folder as AFTER: the database after its pending files, as `godwit diff` reads
    // it; the plan is the same as between the two scripts.
    void migrationsFolderAsTarget()
    {
        const QString dir = godwit::test::scratchDir() + QStringLiteral("/plan-pending");
        QDir(dir).removeRecursively();
        QVERIFY(QDir().mkpath(dir));
        for (const QString& name : QDir(godwit::test::sampleDir()).entryList({ QStringLiteral("V*.sql") }))
            QVERIFY(QFile::copy(godwit::test::sampleDir() + QLatin1Char('/') + name, dir + QLatin1Char('/') + name));
        const QString db = godwit::test::ordersV1Database();
        const auto before = godwit::test::databaseFingerprint(db);
        const CliRun folder
            = runGodwit({ QStringLiteral("plan"), QStringLiteral("-f"), QStringLiteral("json"), db, dir });
        QCOMPARE(folder.exitCode, 1);
        QVERIFY2(folder.err.isEmpty(), qPrintable(folder.err));
        const CliRun scripts
            = runGodwit({ QStringLiteral("plan"), QStringLiteral("-f"), QStringLiteral("json"), v1(), v4() });
        const auto steps = [](const CliRun& r) {
            QStringList out;
            for (const QJsonValue& s :
                QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("steps")).toArray())
                out << s.toObject().value(QLatin1String("phase")).toString() + QLatin1Char(' ')
                        + s.toObject().value(QLatin1String("title")).toString();
            return out;
        };
        QCOMPARE(steps(folder).size(), 7);
        QCOMPARE(steps(folder), steps(scripts));
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
    }

    // --queries: a drop warns when a listed query still reads what goes, and only then.
    void queriesReaders_data()
    {
        QTest::addColumn<QString>("after"); // the V1 sample without this text
        QTest::addColumn<QString>("queries"); // empty: the sample's queries.sql
        QTest::addColumn<QStringList>("warnings");
        const QString column = QStringLiteral(",\n    estimated_delivery TEXT\n");
        const QString table = QStringLiteral("CREATE TABLE payments (");
        QTest::addRow("drop column read by a listed query")
            << column << QString()
            << QStringList {
                   "orders.estimated_delivery is dropped but 1 application query still uses it: SELECT order_id, "
                   "customer_id, status, total_amount, created_at, estimated_delivery\n  FROM orders\n WHERE "
                   "order_id = ?;"
               };
        QTest::addRow("drop column read through SELECT *")
            << column << "SELECT * FROM orders WHERE order_id = ?;\n"
            << QStringList {
                   "orders.estimated_delivery is dropped but 1 application query still uses it: SELECT * FROM "
                   "orders WHERE order_id = ?;"
               };
        QTest::addRow("drop column nobody reads")
            << column
            << "SELECT order_id, status FROM orders WHERE customer_id = ?;\nUPDATE orders SET status = ? WHERE "
               "order_id = ?;\n"
            << QStringList {};
        QTest::addRow("drop table read by listed queries")
            << table << QString()
            << QStringList {
                   "table payments is dropped but 2 application queries still use it: SELECT payment_id, status, "
                   "provider_ref, created_at\n  FROM payments\n WHERE order_id = ?; | SELECT payment_id, "
                   "order_id, status\n  FROM payments\n WHERE provider_ref = ?;"
               };
        QTest::addRow("drop table nobody reads")
            << table << "SELECT item_id, quantity, price FROM order_items WHERE order_id = ?;\n"
            << QStringList {};
    }
    void queriesReaders()
    {
        QFETCH(QString, after);
        QFETCH(QString, queries);
        QFETCH(QStringList, warnings);
        QFile v1File(v1());
        QVERIFY(v1File.open(QIODevice::ReadOnly));
        QString target = QString::fromUtf8(v1File.readAll());
        QVERIFY(target.contains(after));
        // The column goes from the table; the table goes with everything after it (its indexes).
        target = after.startsWith(QLatin1String("CREATE TABLE")) ? target.left(target.indexOf(after))
                                                                 : target.replace(after, QStringLiteral("\n"));
        const QString queryFile = queries.isEmpty() ? godwit::test::sampleDir() + QStringLiteral("/queries.sql")
                                                    : writeFile(QStringLiteral("queries.sql"), queries);
        const QString afterFile = writeFile(QStringLiteral("after.sql"), target);
        const CliRun r = runGodwit({ QStringLiteral("plan"), QStringLiteral("-f"), QStringLiteral("json"),
            QStringLiteral("--queries"), queryFile, v1(), afterFile });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QStringList actual;
        for (const QJsonValue& w :
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("warnings")).toArray())
            actual << w.toString();
        QCOMPARE(actual, warnings);
        // The text format prints them too.
        const CliRun text
            = runGodwit({ QStringLiteral("plan"), QStringLiteral("--queries"), queryFile, v1(), afterFile });
        QCOMPARE(text.exitCode, 1);
        QCOMPARE(text.out.count(QLatin1String(" is dropped but ")), warnings.size());
    }

    void answersChangeThePlan()
    {
        const QString answers = writeFile(QStringLiteral("answers.json"),
            QStringLiteral(
                R"({"format":"godwit.answers","version":1,"batchSize":5000,)"
                R"("changes":{"table:orders":{"skipDualWrite":true,"skipDualWriteReason":"no readers yet"}}})"));
        const CliRun r = runGodwit({ QStringLiteral("plan"), QStringLiteral("--answers"), answers, v1(), v4() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("E Dual-write old and new → Skipped  (your answer)")),
            qPrintable(r.out.left(2000)));
        QVERIFY(r.out.contains(QLatin1String("batches: 5000 rows on orders.order_id")));
        QVERIFY(!r.out.contains(QLatin1String("CREATE TRIGGER")));
    }

    void flywayFolder()
    {
        const QString dir = godwit::test::scratchDir() + QStringLiteral("/migrations");
        const CliRun r = runGodwit({ QStringLiteral("plan"), QStringLiteral("-f"), QStringLiteral("flyway"),
            QStringLiteral("-o"), dir, QStringLiteral("--flyway-version"), QStringLiteral("2"), v1(), v4() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
            QStringList({ "U2__expand_orders.sql", "U3__dual_write_orders.sql", "U4__backfill_orders.sql",
                "U5__read_switch_orders.sql", "U6__contract_orders.sql", "U6__contract_orders.sql.conf",
                "V2__expand_orders.sql", "V3__dual_write_orders.sql", "V4__backfill_orders.sql",
                "V5__read_switch_orders.sql", "V6__contract_orders.sql", "V6__contract_orders.sql.conf" }));
        QFile backfill(dir + QStringLiteral("/V4__backfill_orders.sql"));
        QVERIFY(backfill.open(QIODevice::ReadOnly));
        QVERIFY(backfill.readAll().contains("UPDATE orders SET shipping_eta = estimated_delivery\n WHERE shipping_eta "
                                            "IS NULL AND estimated_delivery IS NOT NULL;"));
        QFile conf(dir + QStringLiteral("/V6__contract_orders.sql.conf"));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(conf.readAll().contains("executeInTransaction=false"));
        // The folder lints clean of script errors: every file applies in order on V1.
        const CliRun lint = runGodwit({ QStringLiteral("lint"), QStringLiteral("--brief"), dir, QStringLiteral("--db"),
            godwit::test::ordersV1Database() });
        QVERIFY2(!lint.out.contains(QLatin1String("GW012")), qPrintable(lint.out));
        // The one finding is the contract's intended drop; the rebuild's foreign-key guard satisfies GW009.
        QCOMPARE(lint.exitCode, 1);
        QVERIFY2(lint.out.contains(QLatin1String("V6__contract_orders.sql"))
                && lint.out.contains(QLatin1String("GW002")) && lint.out.contains(QLatin1String("1 finding(s)")),
            qPrintable(lint.out));
        QVERIFY2(!lint.out.contains(QLatin1String("GW009")), qPrintable(lint.out));
        // Writing again into the same folder refuses to overwrite.
        const CliRun again = runGodwit({ QStringLiteral("plan"), QStringLiteral("-f"), QStringLiteral("flyway"),
            QStringLiteral("-o"), dir, QStringLiteral("--flyway-version"), QStringLiteral("2"), v1(), v4() });
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.startsWith(QLatin1String("godwit: ")), qPrintable(again.err));
        QVERIFY(again.err.contains(QLatin1String("exists already")));
    }

    void sameSchemasExitZero()
    {
        const QString db = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
        const auto before = godwit::test::databaseFingerprint(db);
        const CliRun r = runGodwit({ QStringLiteral("plan"), db, db });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Nothing to do")));
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing argument")
            << QStringList { "plan", "a.sql" } << "godwit: missing argument (see 'godwit plan --help')\n";
        QTest::addRow("bad format") << QStringList { "plan", "-f", "yaml", "a",
            "b" } << "godwit: --format: expected one of text, json, markdown, dot, flyway (got yaml)\n";
        QTest::addRow("flyway without folder")
            << QStringList { "plan", "-f", "flyway", "a", "b" } << "godwit: --format flyway needs a folder: -o DIR\n";
        QTest::addRow("missing queries") << QStringList { "plan", "--queries", "/nonexistent/queries.sql", "a", "b" }
                                         << "godwit: /nonexistent/queries.sql: no such file\n";
        QTest::addRow("missing answers") << QStringList { "plan", "--answers", "/nonexistent/answers.json", "a", "b" }
                                         << "godwit: /nonexistent/answers.json: no such file\n";
        QTest::addRow("missing schema") << QStringList { "plan", "/nonexistent/a.db", "/nonexistent/b.db" }
                                        << "godwit: /nonexistent/a.db: no such file\n";
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun r = runGodwit(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, message);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
