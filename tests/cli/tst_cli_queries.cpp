// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
#include "queryfixture.h"
#include "sample/ordersgenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using godwit::test::CliRun;
using godwit::test::runGodwit;

using godwit::test::readSample;
using godwit::test::writeScratch;

class TestCliQueries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_db = godwit::test::scratchDir() + QStringLiteral("/orders.db");
        godwit::sample::OrdersGenerator::Options options;
        options.orders = 5000;
        QVERIFY(godwit::sample::OrdersGenerator::generate(m_db, options));
        m_fingerprint = godwit::test::databaseFingerprint(m_db);
        m_queries = godwit::test::sampleDir() + QStringLiteral("/queries.sql");
        const QString v1 = readSample(QStringLiteral("V1__orders.sql"));
        QString dropped = v1;
        dropped.replace(
            QLatin1String("CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC);"), QString());
        QVERIFY(dropped != v1);
        m_same = writeScratch(QStringLiteral("same.sql"), v1);
        m_dropped = writeScratch(QStringLiteral("dropped.sql"), dropped);
        m_renamed = writeScratch(QStringLiteral("renamed.sql"),
            v1 + QStringLiteral("\nALTER TABLE orders RENAME COLUMN created_at TO placed_at;\n"));
        m_v2 = godwit::test::sampleDir() + QStringLiteral("/V2__add_shipping_eta.sql");
    }

    void cleanupTestCase()
    {
        // Nothing godwit queries does may change the user's database.
        QCOMPARE(godwit::test::databaseFingerprint(m_db), m_fingerprint);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("plans only")
            << QStringList {} << 0
            << QStringList { "7 queries on", ": 7 unchanged\n",
                   "list customer orders newest first (read, 600/min): unchanged\n  SEARCH orders USING INDEX "
                   "orders_customer_created (customer_id=?)\n" };
        QTest::addRow("same schema") << QStringList { "--after", m_same } << 0 << QStringList { ": 7 unchanged\n" };
        QTest::addRow("composite index dropped") << QStringList { "--after", m_dropped } << 1
                                                 << QStringList { ": 6 unchanged, 1 regressed\n",
                                                        "list customer orders newest first (read, 600/min): "
                                                        "regressed\n  before:\n    SEARCH orders USING INDEX "
                                                        "orders_customer_created (customer_id=?)\n  after:\n    SCAN "
                                                        "orders\n    USE TEMP B-TREE FOR ORDER BY\n  "
                                                        "search-to-scan: orders\n  temp-b-tree-added\n",
                                                        "Index advice:\n  CREATE INDEX orders_customer_id_created_at "
                                                        "ON orders (customer_id, created_at DESC);  -- removes a "
                                                        "scan for: list customer orders newest first\n" };
        QTest::addRow("column renamed") << QStringList { "--after", m_renamed } << 1
                                        << QStringList { ": 4 unchanged, 3 broken\n",
                                               "  after:\n    error: no such column: created_at\n",
                                               "  no-longer-prepares: created_at\n" };
        QTest::addRow("expand migration on a copy")
            << QStringList { "--migration", m_v2 } << 0 << QStringList { ": 7 unchanged\n" };
        QTest::addRow("measured") << QStringList { "--runs", "3" } << 0
                                  << QStringList { "  measured before: ", " ms median of 3, " };
        QTest::addRow("index cost") << QStringList { "--index-cost", "--no-advice" } << 0
                                    << QStringList { "Index write cost (per row, on a copy; sizes from dbstat):\n",
                                           "  orders_customer_created on orders: insert " };
    }
    void exitCodes()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QStringList, expected);
        const CliRun r = runGodwit(QStringList { QStringLiteral("queries"), QStringLiteral("--db"), m_db,
                                       QStringLiteral("--queries"), m_queries }
            + extra);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.exitCode, exitCode);
        for (const QString& e : expected)
            QVERIFY2(r.out.contains(e), qPrintable(QStringLiteral("missing:\n%1\nin:\n%2").arg(e, r.out)));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString missing = godwit::test::scratchDir() + QStringLiteral("/missing.db");
        const QString badQueries = writeScratch(QStringLiteral("bad.sql"), QStringLiteral("SELECT 1;\nSELECT 'abc"));
        const QString badWeight
            = writeScratch(QStringLiteral("weight.sql"), QStringLiteral("-- weight: lots\nSELECT 1"));
        const QString badAfter
            = writeScratch(QStringLiteral("after.sql"), QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY"));
        const QString badMigration
            = writeScratch(QStringLiteral("migration.sql"), QStringLiteral("ALTER TABLE nope ADD COLUMN x;"));
        QTest::addRow("no --db") << QStringList { "--queries", m_queries }
                                 << "godwit: missing --db FILE (see 'godwit queries --help')\n";
        QTest::addRow("no --queries") << QStringList { "--db", m_db }
                                      << "godwit: missing --queries Q.sql (see 'godwit queries --help')\n";
        QTest::addRow("both after sides") << QStringList { "--db", m_db, "--queries", m_queries, "--after", m_same,
            "--migration", m_v2 } << "godwit: --after and --migration are alternatives; give one\n";
        QTest::addRow("unknown format") << QStringList { "--db", m_db, "--queries", m_queries, "--format", "xml" }
                                        << "godwit: --format: expected one of text, json (got xml)\n";
        QTest::addRow("bad runs") << QStringList { "--db", m_db, "--queries", m_queries, "--runs", "many" }
                                  << "godwit: invalid --runs 'many' (expected a number from 0 to 10000)\n";
        QTest::addRow("unexpected argument") << QStringList { "--db", m_db, "--queries", m_queries, "extra" }
                                             << "godwit: unexpected argument 'extra' (see 'godwit queries --help')\n";
        QTest::addRow("missing database") << QStringList { "--db", missing, "--queries", m_queries }
                                          << QStringLiteral("godwit: %1: no such file\n").arg(missing);
        QTest::addRow("missing query file") << QStringList { "--db", m_db, "--queries", missing }
                                            << QStringLiteral("godwit: %1: no such file\n").arg(missing);
        QTest::addRow("unterminated string in the queries") << QStringList { "--db", m_db, "--queries",
            badQueries } << QStringLiteral("godwit: %1:2:8: unterminated or invalid token: 'abc\n").arg(badQueries);
        QTest::addRow("bad weight")
            << QStringList { "--db", m_db, "--queries", badWeight }
            << QStringLiteral("godwit: %1:1:12: invalid weight 'lots' (expected calls per minute like 120, or a share "
                              "like 12%)\n")
                   .arg(badWeight);
        QTest::addRow("bad after script") << QStringList { "--db", m_db, "--queries", m_queries, "--after", badAfter }
                                          << QStringLiteral("godwit: %1:").arg(badAfter);
        QTest::addRow("failing migration") << QStringList { "--db", m_db, "--queries", m_queries, "--migration",
            badMigration } << QStringLiteral("godwit: %1:1:13: no such table: nope\n").arg(badMigration);
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun r = runGodwit(QStringList { QStringLiteral("queries") } + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY(r.out.isEmpty());
    }

    void jsonShape()
    {
        const CliRun r = runGodwit({ QStringLiteral("queries"), QStringLiteral("--db"), m_db,
            QStringLiteral("--queries"), m_queries, QStringLiteral("--after"), m_dropped, QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--index-cost") });
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.keys().size(), 10);
        // The root keys in the order docs/json-format.md lists them for godwit.queries.
        QFile doc(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../docs/json-format.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString docs = QString::fromUtf8(doc.readAll());
        const qsizetype from = docs.indexOf(QLatin1String("# Query report JSON format (`godwit.queries`"));
        QVERIFY(from >= 0);
        const QString rootTable = docs.mid(from, docs.indexOf(QLatin1String("## Query\n"), from) - from);
        static const QRegularExpression docKey(
            QStringLiteral("^\\| `(\\w+)` \\|"), QRegularExpression::MultilineOption);
        static const QRegularExpression outKey(QStringLiteral("^  \"(\\w+)\":"), QRegularExpression::MultilineOption);
        QStringList documented;
        for (const QRegularExpressionMatch& m : docKey.globalMatch(rootTable))
            documented << m.captured(1);
        QStringList written;
        for (const QRegularExpressionMatch& m : outKey.globalMatch(r.out))
            written << m.captured(1);
        QCOMPARE(written, documented);
        QVERIFY(r.out.startsWith(
            QLatin1String("{\n  \"format\": \"godwit.queries\",\n  \"version\": 1,\n  \"beforeSource\"")));
        QCOMPARE(root.value(QStringLiteral("afterSource")).toString(), m_dropped);
        const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("queries")).toInt(), 7);
        QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 6);
        QCOMPARE(summary.value(QStringLiteral("regressed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("broken")).toInt(), 0);

        const QJsonObject q = root.value(QStringLiteral("queries")).toArray().at(1).toObject();
        QCOMPARE(q.value(QStringLiteral("name")).toString(), QStringLiteral("list customer orders newest first"));
        QCOMPARE(q.value(QStringLiteral("kind")).toString(), QStringLiteral("read"));
        QCOMPARE(q.value(QStringLiteral("weight")).toDouble(), 600.0);
        QCOMPARE(q.value(QStringLiteral("unit")).toString(), QStringLiteral("per-minute"));
        QCOMPARE(q.value(QStringLiteral("line")).toInt(), 16);
        QCOMPARE(q.value(QStringLiteral("status")).toString(), QStringLiteral("regressed"));
        const QJsonArray changes = q.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("search-to-scan"));
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("table")).toString(), QStringLiteral("orders"));
        QCOMPARE(
            changes.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("temp-b-tree-added"));
        const QJsonObject beforeStep
            = q.value(QStringLiteral("before")).toObject().value(QStringLiteral("steps")).toArray().at(0).toObject();
        QCOMPARE(beforeStep.value(QStringLiteral("kind")).toString(), QStringLiteral("search"));
        QCOMPARE(beforeStep.value(QStringLiteral("access")).toString(), QStringLiteral("index"));
        QCOMPARE(beforeStep.value(QStringLiteral("index")).toString(), QStringLiteral("orders_customer_created"));
        QCOMPARE(beforeStep.value(QStringLiteral("keys")).toArray(), QJsonArray { QStringLiteral("customer_id=") });
        const QJsonArray afterSteps
            = q.value(QStringLiteral("after")).toObject().value(QStringLiteral("steps")).toArray();
        QCOMPARE(afterSteps.size(), 2);
        QCOMPARE(afterSteps.at(1).toObject().value(QStringLiteral("tempBTree")).toString(), QStringLiteral("order-by"));
        QVERIFY(q.value(QStringLiteral("after")).toObject().value(QStringLiteral("error")).isNull());
        QVERIFY(q.value(QStringLiteral("measuredBefore")).isNull());
        QCOMPARE(q.value(QStringLiteral("proposals")).toArray(),
            QJsonArray { QStringLiteral("orders_customer_id_created_at") });

        const QJsonObject p = root.value(QStringLiteral("proposals")).toArray().at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("sql")).toString(),
            QStringLiteral("CREATE INDEX orders_customer_id_created_at ON orders (customer_id, created_at DESC)"));
        QCOMPARE(p.value(QStringLiteral("equality")).toArray(), QJsonArray { QStringLiteral("customer_id") });
        QCOMPARE(p.value(QStringLiteral("tail")).toArray(), QJsonArray { QStringLiteral("created_at DESC") });
        QCOMPARE(p.value(QStringLiteral("reason")).toString(), QStringLiteral("scan"));

        QVERIFY(root.value(QStringLiteral("findings")).isArray());
        const QJsonArray costs = root.value(QStringLiteral("indexCosts")).toArray();
        QStringList costed;
        for (const QJsonValue& c : costs) {
            const QJsonObject o = c.toObject();
            costed << o.value(QStringLiteral("index")).toString();
            QVERIFY(o.value(QStringLiteral("sizeBytes")).toDouble() > 0);
            QVERIFY(o.value(QStringLiteral("error")).isNull());
        }
        // The indexes of the tables the queries use, on the data as it is, and the proposal.
        QCOMPARE(costed,
            (QStringList { QStringLiteral("orders_customer_created"), QStringLiteral("payments_order"),
                QStringLiteral("payments_provider_ref"), QStringLiteral("orders_customer_id_created_at") }));
        QCOMPARE(root.value(QStringLiteral("dbstat")).toBool(), true);
    }

    void helpNamesTheCommand()
    {
        const CliRun r = runGodwit({ QStringLiteral("queries"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Usage: godwit queries")));
        QVERIFY(r.out.contains(QLatin1String("--after <AFTER>")));
        const CliRun usage = runGodwit({ QStringLiteral("--help") });
        QVERIFY(usage.out.contains(QLatin1String("  queries   Explain the listed queries")));
    }

private:
    QString m_db;
    QMap<QString, QByteArray> m_fingerprint;
    QString m_queries;
    QString m_same;
    QString m_dropped;
    QString m_renamed;
    QString m_v2;
};

QTEST_GUILESS_MAIN(TestCliQueries)
#include "tst_cli_queries.moc"
