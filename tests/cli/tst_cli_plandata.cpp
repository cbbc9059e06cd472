// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
#include "flywayapply.h"
#include "sqlite/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using godwit::test::CliRun;
using godwit::test::runGodwit;
using namespace godwit;

namespace {

const int kRows = 20000;
const int kNullCredits = 7142;

QString scratchFile(const QString& name, const QString& text)
{
    const QString path = test::scratchDir() + QLatin1Char('/') + name;
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(text.toUtf8());
    return path;
}

// A customers database: 20,000 rows, `credit` TEXT holding '1' … '499' and 7,142 NULLs.
QString customersDatabase()
{
    static QString path;
    if (!path.isEmpty())
        return path;
    path = test::scratchDir() + QStringLiteral("/customers.db");
    auto db = sqlite::Database::openWritable(path, true);
    if (!db
        || !db->exec(QStringLiteral(
            "CREATE TABLE customer (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT, credit TEXT);\n"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)\n"
            "INSERT INTO customer SELECT i, 'c' || i || '@example.com', 'Customer ' || i,\n"
            "    CASE WHEN i <= %2 THEN NULL ELSE CAST(1 + i % 499 AS TEXT) END FROM n;")
                         .arg(kRows)
                         .arg(kNullCredits)))
        qFatal("cannot build the customers database");
    return path;
}

QString target(const QString& credit)
{
    return scratchFile(QStringLiteral("target-%1.sql").arg(qHash(credit)),
        QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT, %1);\n")
            .arg(credit));
}

QString answers(const QString& fill)
{
    return scratchFile(QStringLiteral("answers.json"),
        QStringLiteral("{ \"format\": \"godwit.answers\", \"version\": 1, \"changes\": "
                       "{ \"column:customer.credit\": { \"fill\": \"%1\" } } }")
            .arg(fill));
}

QString folder(const QString& name)
{
    const QString dir = test::scratchDir() + QLatin1Char('/') + name;
    QDir(dir).removeRecursively();
    return dir;
}

qint64 scalar(const QString& database, const QString& sql)
{
    auto db = sqlite::Database::openOriginal(database);
    if (!db)
        return -1;
    auto v = db->scalar(sql);
    return v ? v->toLongLong() : -1;
}

} // namespace

// `godwit plan` on a database runs the data pre-checks, shows their counts in every format,
// fills NULLs with the column's DEFAULT, and stops (exit 1, no export) when a step would fail
// on the data, unless --force, which writes the failing check at the top of that file.
class TestCliPlanData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsInEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("text") << "text"
                              << QStringList { "Data pre-checks (run on ", "7142 row(s): NULLs in customer.credit",
                                     "filled with (0) (the column's DEFAULT)" };
        QTest::addRow("markdown") << "markdown"
                                  << QStringList { "## Data pre-checks", "| 7142 | NULLs in customer.credit",
                                         "filled with (0) (the column's DEFAULT)" };
        QTest::addRow("json") << "json"
                              << QStringList { "\"dataChecked\": true", "\"stops\": false", "\"rows\": 7142" };
    }
    void countsInEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, expected);
        const auto hashes = test::databaseFingerprint(customersDatabase());
        const CliRun r = runGodwit({ QStringLiteral("plan"), QStringLiteral("-f"), format, customersDatabase(),
            target(QStringLiteral("credit INTEGER NOT NULL DEFAULT 0")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        for (const QString& e : expected)
            QVERIFY2(r.out.contains(e), qPrintable(QStringLiteral("missing %1 in:\n%2").arg(e, r.out.left(4000))));
        QVERIFY(!r.out.contains(QLatin1String("STOPS")));
        // No false GW105: every credit value is numeric text SQLite converts under INTEGER.
        QVERIFY(!r.out.contains(QLatin1String("would store as they are")));
        QCOMPARE(test::databaseFingerprint(customersDatabase()), hashes);
    }

    // The exported files run on the data, whole, in order, with the sqlite3 shell.
    void exportRunsOnItsData_data()
    {
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QString>("fill");
        QTest::addColumn<qint64>("filled"); // what the NULLs become
        QTest::addRow("DEFAULT fills") << "credit INTEGER NOT NULL DEFAULT 0" << QString() << qint64(0);
        QTest::addRow("answer 'fill' over the DEFAULT") << "credit INTEGER NOT NULL DEFAULT 0"
                                                        << "-1" << qint64(-1);
        // 1000: outside the 1 … 499 the other rows hold.
        QTest::addRow("answer 'fill' without a DEFAULT") << "credit INTEGER NOT NULL"
                                                         << "1000" << qint64(1000);
    }
    void exportRunsOnItsData()
    {
        QFETCH(QString, credit);
        QFETCH(QString, fill);
        QFETCH(qint64, filled);
        const QString dir = folder(QStringLiteral("export"));
        QStringList args { QStringLiteral("plan"), QStringLiteral("-f"), QStringLiteral("flyway"), QStringLiteral("-o"),
            dir, customersDatabase(), target(credit) };
        if (!fill.isEmpty())
            args << QStringLiteral("--answers") << answers(fill);
        const CliRun r = runGodwit(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QFile backfill(dir + QStringLiteral("/V3__backfill_customer.sql"));
        QVERIFY(backfill.open(QIODevice::ReadOnly));
        QVERIFY(backfill.readAll().contains("-- 7142 row(s): NULLs in customer.credit"));
        const QString copy = test::scratchDir() + QStringLiteral("/customers-copy.db");
        QVERIFY(test::copyDatabase(customersDatabase(), copy));
        const test::ShellApply applied = test::applyWithSqliteShell(copy, dir);
        QVERIFY2(applied.ok, qPrintable(applied.failedFile + QStringLiteral(": ") + applied.message));
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM customer")), qint64(kRows));
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM customer WHERE credit = %1").arg(filled)),
            qint64(kNullCredits));
        QCOMPARE(
            scalar(copy, QStringLiteral("SELECT count(*) FROM customer WHERE typeof(credit) <> 'integer'")), qint64(0));
    }

    // Without a DEFAULT or an answer the NULLs stop the plan: exit 1, the column, the count and
    // the answer on stderr, JSON says so, and nothing is exported.
    void stopsWithoutFill()
    {
        const QString after = target(QStringLiteral("credit INTEGER NOT NULL"));
        const CliRun text = runGodwit({ QStringLiteral("plan"), customersDatabase(), after });
        QCOMPARE(text.exitCode, 1);
        for (const char* e :
            { "godwit: ", "stops at step backfill:customer", "7142 row(s)", "customer.credit", "answer 'fill'" })
            QVERIFY2(text.err.contains(QLatin1String(e)), qPrintable(text.err));
        QCOMPARE(text.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(text.out.contains(QLatin1String("STOPS at backfill:customer")), qPrintable(text.out));
        // The step's pre-check says what it found instead of only what it expects.
        QVERIFY2(text.out.contains(QStringLiteral("→ 0, found 7142 on the data)")), qPrintable(text.out));

        const CliRun json = runGodwit(
            { QStringLiteral("plan"), QStringLiteral("-f"), QStringLiteral("json"), customersDatabase(), after });
        QCOMPARE(json.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root[QLatin1String("summary")][QLatin1String("stops")].toBool(), true);
        const QJsonArray checks = root[QLatin1String("dataChecks")].toArray();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks[0][QLatin1String("kind")].toString(), QStringLiteral("nulls"));
        QCOMPARE(checks[0][QLatin1String("rows")].toInteger(), qint64(kNullCredits));
        QCOMPARE(checks[0][QLatin1String("stops")].toBool(), true);
        QCOMPARE(checks[0][QLatin1String("step")].toString(), QStringLiteral("backfill:customer"));

        const QString dir = folder(QStringLiteral("refused"));
        const CliRun flyway = runGodwit({ QStringLiteral("plan"), QStringLiteral("-f"), QStringLiteral("flyway"),
            QStringLiteral("-o"), dir, customersDatabase(), after });
        QCOMPARE(flyway.exitCode, 1);
        QVERIFY2(flyway.err.contains(QLatin1String("nothing exported")), qPrintable(flyway.err));
        QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty());
    }

    // --force exports anyway; the file that fails starts with the failing pre-check, and it is
    // the file the sqlite3 shell stops in.
    void forceMarksTheFailingFile()
    {
        const QString dir = folder(QStringLiteral("forced"));
        const CliRun r = runGodwit(
            { QStringLiteral("plan"), QStringLiteral("-f"), QStringLiteral("flyway"), QStringLiteral("-o"), dir,
                QStringLiteral("--force"), customersDatabase(), target(QStringLiteral("credit INTEGER NOT NULL")) });
        QCOMPARE(r.exitCode, 1);
        QFile backfill(dir + QStringLiteral("/V3__backfill_customer.sql"));
        QVERIFY(backfill.open(QIODevice::ReadOnly));
        const QByteArray text = backfill.readAll();
        QVERIFY2(text.startsWith("-- THIS FILE FAILS ON THE DATA IT WAS PLANNED FROM: step backfill:customer meets "
                                 "7142 row(s)"),
            text.left(300).constData());
        QVERIFY(text.contains("SELECT count(*) FROM customer WHERE credit IS NULL"));
        for (const QString& other : QDir(dir).entryList({ QStringLiteral("V*.sql") }, QDir::Files)) {
            QFile f(dir + QLatin1Char('/') + other);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll().contains("THIS FILE FAILS"), other == QLatin1String("V3__backfill_customer.sql"));
        }
        const QString copy = test::scratchDir() + QStringLiteral("/customers-forced.db");
        QVERIFY(test::copyDatabase(customersDatabase(), copy));
        const test::ShellApply applied = test::applyWithSqliteShell(copy, dir);
        QVERIFY(!applied.ok);
        QCOMPARE(applied.failedFile, QStringLiteral("V3__backfill_customer.sql"));
        QVERIFY2(applied.message.contains(QLatin1String("NOT NULL constraint failed")), qPrintable(applied.message));
    }
};

QTEST_GUILESS_MAIN(TestCliPlanData)
#include "tst_cli_plandata.moc"
