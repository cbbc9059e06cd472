// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"

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

} // namespace

class TestCliLint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findingsExitOne()
    {
        const QString db = godwit::test::ordersV1Database();
        const auto before = godwit::test::databaseFingerprint(db);
        const QString file = writeFile(
            QStringLiteral("V2__drop.sql"), QStringLiteral("ALTER TABLE orders DROP COLUMN estimated_delivery;\n"));
        const CliRun r = runGodwit({ QStringLiteral("lint"), file, QStringLiteral("--db"), db });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.out.startsWith(file
                + QStringLiteral(
                    ":1:1: warning GW002 drop-column: drops column orders.estimated_delivery and its data\n    why: ")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("    fix: ")));
        QVERIFY(r.out.endsWith(QLatin1String("1 file(s), 1 finding(s) (0 error(s)).\n")));
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
    }

    void cleanExitsZero()
    {
        const QString file = writeFile(
            QStringLiteral("V2__add.sql"), QStringLiteral("ALTER TABLE orders ADD COLUMN shipping_eta TEXT;\n"));
        const CliRun r
            = runGodwit({ QStringLiteral("lint"), file, QStringLiteral("--db"), godwit::test::ordersV1Database() });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("1 file(s), 0 finding(s) (0 error(s)).\n"));
    }

    void sampleFolderJson()
    {
        const CliRun r = runGodwit(
            { QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), godwit::test::sampleDir() });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("godwit.lint"));
        QCOMPARE(root.value(QLatin1String("files")).toArray().size(), 4);
        QStringList codes;
        for (const QJsonValue& f : root.value(QLatin1String("findings")).toArray())
            codes << f.toObject().value(QLatin1String("code")).toString();
        QCOMPARE(codes, QStringList({ "GW002", "GW004", "GW009" }));
    }

    void dataCheckWithSamples()
    {
        // A V2 database with rows: recent orders dual-written, older ones still NULL. V4 would fail on them.
        const QString db = godwit::test::scratchDir() + QStringLiteral("/orders-v2.db");
        const CliRun sample = runGodwit({ QStringLiteral("sample"), QStringLiteral("orders"), db,
            QStringLiteral("--rows"), QStringLiteral("5000"), QStringLiteral("--v2") });
        QCOMPARE(sample.exitCode, 0);
        const auto before = godwit::test::databaseFingerprint(db);
        const CliRun r = runGodwit({ QStringLiteral("lint"), QStringLiteral("--brief"),
            godwit::test::sampleDir() + QStringLiteral("/V4__contract_estimated_delivery.sql"), QStringLiteral("--db"),
            db });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("error GW101 nulls-before-not-null: ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("rows: NULLs in orders.shipping_eta, which becomes NOT NULL")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("    sample: order_id=1, ")));
        // With the data at hand, GW101's count replaces the static GW004 guess.
        QVERIFY2(!r.out.contains(QLatin1String("GW004")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("GW009")));
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
    }

    void rules()
    {
        const CliRun r = runGodwit({ QStringLiteral("lint"), QStringLiteral("--rules") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("GW001 drop-table")));
        QVERIFY(r.out.contains(QLatin1String("GW101 nulls-before-not-null")));
        QVERIFY(r.out.contains(QLatin1String("GW013 comment-hides-statement")));
        QVERIFY(r.out.contains(QLatin1String("GW106 values-reading-differently")));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 27); // 19 SQLite rules, 8 PostgreSQL rules
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no path") << QStringList { "lint" } << "godwit: missing argument (see 'godwit lint --help')\n";
        QTest::addRow("missing file") << QStringList { "lint", "/nonexistent/V1__x.sql" }
                                      << "godwit: /nonexistent/V1__x.sql: no such file or folder\n";
        QTest::addRow("bad format") << QStringList { "lint", "-f", "xml", "x.sql" }
                                    << "godwit: --format: expected one of text, json, sarif, github (got xml)\n";
        QTest::addRow("bad rows") << QStringList { "lint", "--big-table-rows", "many", "x.sql" }
                                  << "godwit: --big-table-rows must be a positive integer\n";
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun r = runGodwit(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, message);
    }

    void notADatabase()
    {
        const QString file = writeFile(QStringLiteral("V2__x.sql"), QStringLiteral("SELECT 1;\n"));
        const QString junk = writeFile(QStringLiteral("junk.db"),
            QStringLiteral("this is not a database, just text that is long enough to be read"));
        const CliRun r = runGodwit({ QStringLiteral("lint"), file, QStringLiteral("--db"), junk });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("godwit: ") + junk + QStringLiteral(": ")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliLint)
#include "tst_cli_lint.moc"
