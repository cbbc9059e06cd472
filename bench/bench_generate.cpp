// SPDX-License-Identifier: GPL-3.0-or-later
// Times OrdersGenerator on 1M orders against the sqlite3 shell bulk-inserting the same number of
// rows into the same schema with INSERT ... SELECT from recursive CTEs: the fastest SQLite can
// fill these tables, so the ratio is what our row generation and per-row binding cost on top.
#include "sample/ordersgenerator.h"
#include "sqlite/database.h"

#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using godwit::sample::OrdersGenerator;

namespace {

struct Counts {
    qint64 orders = 0;
    qint64 items = 0;
    qint64 payments = 0;
    [[nodiscard]] qint64 total() const { return orders + items + payments; }
};

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

bool countRows(const QString& path, Counts& counts)
{
    auto db = godwit::sqlite::Database::openWritable(path);
    if (!db)
        return false;
    auto count = [&db](const char* table) {
        auto v = db->scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return v ? v->toLongLong() : -1;
    };
    counts = { count("orders"), count("order_items"), count("payments") };
    return counts.orders >= 0 && counts.items >= 0 && counts.payments >= 0;
}

// The same schema (V1), pragmas and row counts as the generator, filled by SQLite itself.
QString referenceScript(const Counts& c)
{
    auto script = OrdersGenerator::migrationScript(1);
    const qint64 customers = std::max<qint64>(1, (c.orders + 7) / 8);
    QString sql = QStringLiteral("PRAGMA journal_mode=OFF;\nPRAGMA synchronous=OFF;\nPRAGMA cache_size=-131072;\n");
    sql += script ? *script : QString();
    sql += QStringLiteral(R"(
BEGIN;
WITH RECURSIVE n(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n WHERE x + 1 < %1)
INSERT INTO orders (order_id, customer_id, status, total_amount, created_at, estimated_delivery)
SELECT x + 1, abs(random()) % %2 + 1,
       CASE abs(random()) % 20 WHEN 0 THEN 'cancelled' WHEN 1 THEN 'shipped' ELSE 'delivered' END,
       (abs(random()) % 100000) / 100.0,
       strftime('%Y-%m-%dT%H:%M:%SZ', 1732492800 + x * 63, 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%SZ', 1732492800 + x * 63 + 259200, 'unixepoch')
  FROM n;
WITH RECURSIVE n(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n WHERE x + 1 < %3)
INSERT INTO order_items (order_id, item_id, quantity, price)
SELECT x % %1 + 1, x / %1 + 1, abs(random()) % 4 + 1, (abs(random()) % 30000) / 100.0 FROM n;
WITH RECURSIVE n(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n WHERE x + 1 < %4)
INSERT INTO payments (payment_id, order_id, status, provider_ref, created_at)
SELECT x + 1, x % %1 + 1, 'captured', 'pi_' || lower(hex(randomblob(8))),
       strftime('%Y-%m-%dT%H:%M:%SZ', 1732492800 + x * 60, 'unixepoch')
  FROM n;
COMMIT;
PRAGMA journal_mode=DELETE;
PRAGMA synchronous=FULL;
ANALYZE;
)")
               .arg(c.orders)
               .arg(customers)
               .arg(c.items)
               .arg(c.payments);
    return sql;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Orders sample generation against sqlite3 bulk INSERT ... SELECT"));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rows"), QStringLiteral("Orders to generate."), QStringLiteral("N"),
        QStringLiteral("1000000") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Scratch folder (default: a temporary one)."), QStringLiteral("DIR") });
    parser.addOption(
        { QStringLiteral("keep"), QStringLiteral("Keep the generated bench_orders.db in the scratch folder.") });
    parser.process(app);

    bool ok = false;
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong(&ok);
    if (!ok || rows <= 0) {
        say(QStringLiteral("bench_generate: --rows needs a positive number"));
        return 2;
    }
    QTemporaryDir tmp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();
    const QString ours = dir + QStringLiteral("/bench_orders.db");
    const QString reference = dir + QStringLiteral("/bench_reference.db");

    OrdersGenerator::Options options;
    options.orders = rows;
    options.overwrite = true;
    QElapsedTimer timer;
    qint64 fillMs = 0;
    options.progress = [&](qint64 done, qint64 total) {
        if (done == total)
            fillMs = timer.elapsed();
        return true;
    };
    timer.start();
    const auto generated = OrdersGenerator::generate(ours, options);
    const qint64 ourMs = std::max<qint64>(1, timer.elapsed());
    if (!generated) {
        say(QStringLiteral("bench_generate: %1").arg(generated.error().toString()));
        return 2;
    }
    Counts counts;
    if (!countRows(ours, counts)) {
        say(QStringLiteral("bench_generate: cannot count rows in %1").arg(ours));
        return 2;
    }
    say(QStringLiteral("generate: %1 orders, %2 order_items, %3 payments in %4 s (rows %5 s, commit + ANALYZE %6 s)")
            .arg(counts.orders)
            .arg(counts.items)
            .arg(counts.payments)
            .arg(ourMs / 1000.0, 0, 'f', 2)
            .arg(fillMs / 1000.0, 0, 'f', 2)
            .arg((ourMs - fillMs) / 1000.0, 0, 'f', 2));
    say(QStringLiteral("generate: %1 orders/s, %2 rows/s")
            .arg(counts.orders * 1000 / ourMs)
            .arg(counts.total() * 1000 / ourMs));
    say(QStringLiteral("generate: file %1 MB").arg(QFile(ours).size() / 1048576.0, 0, 'f', 1));

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        say(QStringLiteral("reference: skipped (no sqlite3 on PATH)"));
        return 0;
    }
    QFile::remove(reference);
    const QString scriptPath = dir + QStringLiteral("/bench_reference.sql");
    QFile script(scriptPath);
    if (!script.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        say(QStringLiteral("bench_generate: cannot write %1").arg(scriptPath));
        return 2;
    }
    script.write(referenceScript(counts).toUtf8());
    script.close();

    QProcess shell;
    shell.setStandardInputFile(scriptPath);
    shell.setStandardOutputFile(QProcess::nullDevice());
    timer.restart();
    shell.start(sqlite3, { QStringLiteral("-bail"), reference });
    const bool finished = shell.waitForFinished(-1);
    const qint64 refMs = std::max<qint64>(1, timer.elapsed());
    if (!finished || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        say(QStringLiteral("reference: sqlite3 failed: %1").arg(QString::fromUtf8(shell.readAllStandardError())));
        return 2;
    }
    say(QStringLiteral("reference: sqlite3 INSERT ... SELECT of the same row counts in %1 s (%2 rows/s)")
            .arg(refMs / 1000.0, 0, 'f', 2)
            .arg(counts.total() * 1000 / refMs));
    say(QStringLiteral("ratio: generate / sqlite3 bulk insert = %1 (lower is better)")
            .arg(static_cast<double>(ourMs) / static_cast<double>(refMs), 0, 'f', 2));
    if (!parser.isSet(QStringLiteral("keep")))
        QFile::remove(ours);
    QFile::remove(reference);
    QFile::remove(scriptPath);
    return 0;
}
