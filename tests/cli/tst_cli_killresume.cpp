// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL at several points of `godwit rehearse` (the backup into the working copy, the backfill,
// with and without the simulated application writing) and of `godwit migrate`, then resumed:
// every original row keeps its value (or the one the application wrote), integrity_check and
// foreign_key_check are clean, the original is untouched, and a copy killed before it was
// complete never sits under the final name.
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
#include "rehearsal/rehearsalcopy.h"
#include "sample/ordersgenerator.h"
#include "sqlite/database.h"

#include <functional>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using godwit::sqlite::Database;
using godwit::test::CliRun;
using godwit::test::runGodwit;

namespace {

QString scratch(const QString& name)
{
    static const QString dir = godwit::test::scratchDir();
    return QDir(dir).filePath(name);
}

QString tagged(const QString& prefix)
{
    return scratch(prefix + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
}

// A value of one query on a database, as text; empty when it cannot be read.
QString query(const QString& path, const QString& sql)
{
    auto db = Database::openWritable(path);
    if (!db)
        return {};
    auto v = db->scalar(sql);
    return v ? v->toString() : QString();
}

// Every order's migrated column, in key order: two copies that agree on it hold the same data.
QString migratedDigest(const QString& path)
{
    return query(path,
        QStringLiteral("SELECT count(*) || ':' || sum(length(shipping_eta)) || ':' || "
                       "sum(order_id * unicode(substr(shipping_eta, 9, 1))) FROM orders"));
}

// The values of the original orders, items and payments that neither a migration nor the
// application changes: equal digests mean every original row is there with its value.
QString originalRowsDigest(const QString& path, qint64 maxOrderId)
{
    const QString max = QString::number(maxOrderId);
    return query(path,
        QStringLiteral("SELECT (SELECT count(*) || ':' || sum(customer_id * (order_id % 97 + 1)) || ':' || "
                       "total(total_amount * (order_id % 89 + 1)) || ':' || "
                       "sum(unicode(substr(created_at, 18, 1)) * order_id) FROM orders WHERE order_id <= %1) || '/' || "
                       "(SELECT count(*) || ':' || total(quantity * price * item_id) FROM order_items "
                       "WHERE order_id <= %1) || '/' || "
                       "(SELECT count(*) || ':' || sum(order_id * length(provider_ref)) FROM payments)")
            .arg(max));
}

// integrity_check's first line and the number of foreign_key_check rows: "ok/0" when clean.
QString checks(const QString& path)
{
    return query(path,
        QStringLiteral("SELECT (SELECT * FROM pragma_integrity_check LIMIT 1) || '/' || "
                       "(SELECT count(*) FROM pragma_foreign_key_check)"));
}

// The copy's backfill checkpoint: rows done, or -1 before the backfill wrote one.
qint64 checkpointRows(const QString& copy)
{
    if (!QFileInfo::exists(copy))
        return -1;
    const QString rows = query(copy, QStringLiteral("SELECT rows_done FROM godwit_backfill_checkpoint"));
    return rows.isEmpty() ? -1 : rows.toLongLong();
}

qint64 historyRows(const QString& copy)
{
    if (!QFileInfo::exists(copy))
        return -1;
    const QString rows = query(copy, QStringLiteral("SELECT count(*) FROM godwit_schema_history WHERE success"));
    return rows.isEmpty() ? -1 : rows.toLongLong();
}

// Every file next to `path` whose name starts with its name plus a dot or dash: what a copy leaves.
QStringList leftovers(const QString& path)
{
    const QFileInfo info(path);
    QStringList names
        = QDir(info.absolutePath())
              .entryList(
                  { info.fileName() + QStringLiteral(".*"), info.fileName() + QStringLiteral("-*") }, QDir::Files);
    names.removeIf([](const QString& n) { return n.endsWith(QLatin1String(".json")); });
    return names;
}

// Runs godwit with `arguments` and SIGKILLs it as soon as `reached` holds. False when the
// process ended, or two minutes passed, before that.
bool killWhen(const QStringList& arguments, const std::function<bool()>& reached)
{
    QProcess child;
    child.setProgram(godwit::test::godwitBinary());
    child.setArguments(arguments);
    child.setStandardOutputFile(QProcess::nullDevice());
    child.setStandardErrorFile(QProcess::nullDevice());
    child.start();
    if (!child.waitForStarted())
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000) {
        if (reached()) {
            child.kill(); // SIGKILL: no chance to clean up
            child.waitForFinished();
            return child.exitStatus() == QProcess::CrashExit;
        }
        if (child.waitForFinished(2))
            return false;
    }
    child.kill();
    child.waitForFinished();
    return false;
}

QJsonObject backfillOf(const QJsonObject& record)
{
    QJsonObject found;
    for (const QJsonValue& p : record.value(QStringLiteral("phases")).toArray()) {
        const QJsonObject phase = p.toObject();
        if (phase.value(QStringLiteral("name")).toString() == QLatin1String("backfill")
            && !phase.value(QStringLiteral("backfills")).toArray().isEmpty())
            found = phase.value(QStringLiteral("backfills")).toArray().first().toObject();
    }
    return found;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

constexpr qint64 kOrders = 20000;
constexpr qint64 kBigOrders = 50000;

} // namespace

class TestCliKillResume : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        godwit::sample::OrdersGenerator::Options options;
        options.orders = kOrders;
        m_db = scratch(QStringLiteral("orders.db"));
        QVERIFY(godwit::sample::OrdersGenerator::generate(m_db, options));
        options.orders = kBigOrders; // a copy that takes long enough to be killed at a chosen point
        m_bigDb = scratch(QStringLiteral("big.db"));
        QVERIFY(godwit::sample::OrdersGenerator::generate(m_bigDb, options));
        // The application reads orders, their items and payments, and (added by the rehearsal) writes
        // the migrated column: every original row keeps its other values, so they can be compared.
        m_readQueries = scratch(QStringLiteral("reads.sql"));
        QFile reads(m_readQueries);
        QVERIFY(reads.open(QIODevice::WriteOnly));
        QVERIFY(
            reads.write("-- name: fetch order by id\n-- weight: 1200\n"
                        "SELECT order_id, status, total_amount, estimated_delivery FROM orders WHERE order_id = ?;\n"
                        "-- name: list customer orders newest first\n-- weight: 600\n"
                        "SELECT order_id, status FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 20;\n"
                        "-- name: order line items\n-- weight: 900\n"
                        "SELECT item_id, quantity, price FROM order_items WHERE order_id = ?;\n")
            > 0);
        reads.close();
        m_fingerprint = godwit::test::databaseFingerprint(m_db);
        m_bigFingerprint = godwit::test::databaseFingerprint(m_bigDb);
    }

    void backfill_data()
    {
        QTest::addColumn<int>("rate"); // the simulated application's operations per second
        QTest::addColumn<qint64>("killAtRows"); // rows the checkpoint says are done
        QTest::addRow("no workload, after one batch") << 0 << qint64(1);
        QTest::addRow("no workload, at 60%%") << 0 << kOrders * 6 / 10;
        QTest::addRow("with workload, at 25%%") << 300 << kOrders / 4;
        QTest::addRow("with workload, at 60%%") << 300 << kOrders * 6 / 10;
        QTest::addRow("with workload, at 95%%") << 300 << kOrders * 95 / 100;
    }

    // Killed mid-backfill, then resumed: every row backfilled exactly once (the audit table), and
    // the data a straight run leaves (without the application) or every original row and what the
    // application wrote (with it).
    void backfill()
    {
        QFETCH(int, rate);
        QFETCH(qint64, killAtRows);
        const QString copy = tagged(QStringLiteral("backfill-")) + QStringLiteral(".db");
        const QStringList common = rehearse(m_db, rate);
        QVERIFY(killWhen(common + QStringList { QStringLiteral("--copy"), copy },
            [&] { return checkpointRows(copy) >= killAtRows; }));
        const qint64 doneAtKill = checkpointRows(copy);
        QVERIFY2(doneAtKill < kOrders, "killed after the backfill had finished");

        const QString json = copy + QStringLiteral(".json");
        const CliRun resumed = runGodwit(common
            + QStringList {
                QStringLiteral("--copy"), copy, QStringLiteral("--resume"), QStringLiteral("--json"), json });
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        const QJsonObject record = readJson(json);
        QCOMPARE(record.value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
        const QJsonObject backfill = backfillOf(record);
        QVERIFY(backfill.value(QStringLiteral("resumed")).toBool());
        QVERIFY(backfill.value(QStringLiteral("rows_this_run")).toInteger() <= kOrders - doneAtKill);
        QCOMPARE(backfill.value(QStringLiteral("audit_rows_twice")).toInteger(), 0);
        verifyResult(copy, rate);
    }

    void copy_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<QString>("stage"); // "backup" (with `percent`), "prepare" or "done"
        QTest::addColumn<int>("percent"); // of the original's size the unfinished copy has reached
        // The workload runs once the copy is there: in the resumed or restarted run.
        QTest::addRow("backup at 25%%") << 300 << QStringLiteral("backup") << 25;
        QTest::addRow("backup at 90%%") << 300 << QStringLiteral("backup") << 90;
        QTest::addRow("preparing the copy") << 300 << QStringLiteral("prepare") << 0;
        QTest::addRow("as soon as it is in place") << 300 << QStringLiteral("done") << 0;
    }

    // Killed while the original is copied: nothing sits under the copy's name until the copy is
    // complete; the next run (a fresh one, or --resume once the copy is in place) ends ok.
    void copy()
    {
        QFETCH(int, rate);
        QFETCH(QString, stage);
        QFETCH(int, percent);
        const QString copy = tagged(QStringLiteral("copy-")) + QStringLiteral(".db");
        const QString staging = godwit::rehearsal::RehearsalCopy::stagingPath(copy);
        const qint64 size = QFileInfo(m_bigDb).size();
        const QStringList common = rehearse(m_bigDb, rate, 5000, 0);
        bool inPlace = false;
        QVERIFY(killWhen(common + QStringList { QStringLiteral("--copy"), copy }, [&] {
            inPlace = QFileInfo::exists(copy);
            if (stage == QLatin1String("done") || inPlace)
                return inPlace;
            if (stage == QLatin1String("prepare"))
                return QFileInfo::exists(staging);
            // The backup writes the pages in order, so the unfinished file grows with the copy.
            return QFileInfo::exists(staging)
                || QFileInfo(staging + QStringLiteral(".partial")).size() * 100 >= size * percent;
        }));
        const qint64 backupSize = QFileInfo(staging + QStringLiteral(".partial")).size();
        qInfo().noquote() << "killed with"
                          << (QFileInfo::exists(copy) ? QStringLiteral("the copy in place")
                                     : QFileInfo::exists(staging)
                                     ? QStringLiteral("the copy being prepared")
                                     : QStringLiteral("the backup at %1%").arg(backupSize * 100 / size));
        QCOMPARE(godwit::test::databaseFingerprint(m_bigDb), m_bigFingerprint);
        if (QFileInfo::exists(copy)) {
            // Under the final name only once complete: a rehearsal copy that resumes.
            QVERIFY2(inPlace || stage == QLatin1String("done"), "the copy appeared under its name while being made");
        }
        const bool resume = QFileInfo::exists(copy);
        const CliRun again = runGodwit(common + QStringList { QStringLiteral("--copy"), copy }
            + (resume ? QStringList { QStringLiteral("--resume") } : QStringList {}));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        QVERIFY2(leftovers(copy).isEmpty(), qPrintable(leftovers(copy).join(QLatin1Char(' '))));
        QCOMPARE(checks(copy), QStringLiteral("ok/0"));
        QCOMPARE(originalRowsDigest(copy, kBigOrders), originalRowsDigest(m_bigDb, kBigOrders));
        QCOMPARE(godwit::test::databaseFingerprint(m_bigDb), m_bigFingerprint);
    }

    void migrate_data()
    {
        QTest::addColumn<int>("appliedAtKill"); // history rows (the baseline and versions) when killed
        // While a migration writes, its lock keeps the test from reading the history, so each
        // kill lands at the first point after the one named here that the test can see.
        QTest::addRow("as soon as the copy is there") << 0;
        QTest::addRow("after the baseline") << 1;
        QTest::addRow("after V2") << 2;
    }

    // `godwit migrate` killed between or inside migrations: the copy it leaves holds whole
    // migrations only (each file is one transaction with its history row), and migrating on from
    // it ends where a straight run ends.
    void migrate()
    {
        QFETCH(int, appliedAtKill);
        const QString sample = godwit::test::sampleDir();
        auto migrateTo = [&](const QString& from, const QString& copy) {
            return QStringList { QStringLiteral("migrate"), QStringLiteral("migrate"), QStringLiteral("--db"), from,
                QStringLiteral("--dir"), sample, QStringLiteral("--baseline-on-migrate"), QStringLiteral("--copy"),
                copy };
        };
        const QString straight = scratch(QStringLiteral("migrated-straight.db"));
        if (!QFileInfo::exists(straight)) {
            const CliRun r = runGodwit(migrateTo(m_bigDb, straight));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        }
        const QString killed = tagged(QStringLiteral("migrate-")) + QStringLiteral(".db");
        QVERIFY(killWhen(migrateTo(m_bigDb, killed),
            [&] { return QFileInfo::exists(killed) && (appliedAtKill == 0 || historyRows(killed) >= appliedAtKill); }));
        QCOMPARE(godwit::test::databaseFingerprint(m_bigDb), m_bigFingerprint);
        const bool journal = QFileInfo::exists(killed + QStringLiteral("-journal"));

        // Given as --db, the killed copy is an original like any other: read, never written, and
        // a hot journal in it is one line on stderr, exit 2.
        const auto killedBytes = godwit::test::databaseFingerprint(killed);
        const CliRun info = runGodwit({ QStringLiteral("migrate"), QStringLiteral("info"), QStringLiteral("--db"),
            killed, QStringLiteral("--dir"), sample });
        QVERIFY2(info.exitCode == 0 || info.exitCode == 2, qPrintable(info.err));
        if (info.exitCode == 2)
            QCOMPARE(info.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(godwit::test::databaseFingerprint(killed), killedBytes);

        // Any writable open rolls the interrupted transaction back (sqlite3 does it too).
        QCOMPARE(checks(killed), QStringLiteral("ok/0"));
        const qint64 applied = std::max<qint64>(historyRows(killed), 0);
        qInfo().noquote() << "killed with" << applied << "migrations recorded" << (journal ? "and a journal" : "");
        QVERIFY(applied >= appliedAtKill && applied <= 4);
        if (applied > 0)
            QCOMPARE(query(killed, QStringLiteral("SELECT count(*) FROM godwit_schema_history WHERE NOT success")),
                QStringLiteral("0"));
        // The schema is the one of the versions the history names: V2 adds shipping_eta, V4 drops
        // estimated_delivery.
        QCOMPARE(query(killed,
                     QStringLiteral("SELECT count(*) FROM pragma_table_info('orders') WHERE name = 'shipping_eta'")),
            applied >= 2 ? QStringLiteral("1") : QStringLiteral("0"));
        QCOMPARE(
            query(killed,
                QStringLiteral("SELECT count(*) FROM pragma_table_info('orders') WHERE name = 'estimated_delivery'")),
            applied >= 4 ? QStringLiteral("0") : QStringLiteral("1"));
        QCOMPARE(originalRowsDigest(killed, kBigOrders), originalRowsDigest(m_bigDb, kBigOrders));

        const QString resumed = tagged(QStringLiteral("migrate-resumed-")) + QStringLiteral(".db");
        const CliRun on = runGodwit(migrateTo(killed, resumed));
        QVERIFY2(on.exitCode == 0, qPrintable(on.err + on.out));
        QCOMPARE(checks(resumed), QStringLiteral("ok/0"));
        QCOMPARE(historyRows(resumed), qint64(4));
        QCOMPARE(migratedDigest(resumed), migratedDigest(straight));
        QCOMPARE(originalRowsDigest(resumed, kBigOrders), originalRowsDigest(m_bigDb, kBigOrders));
    }

private:
    // Small, paced batches by default, so a kill lands at the checkpoint the test waits for.
    QStringList rehearse(const QString& db, int rate, int batch = 200, int delayMs = 20) const
    {
        QStringList args { QStringLiteral("rehearse"), QStringLiteral("--db"), db, QStringLiteral("--to"),
            godwit::test::sampleDir(), QStringLiteral("--rate"), QString::number(rate), QStringLiteral("--audit"),
            QStringLiteral("--phase-time"), QStringLiteral("50"), QStringLiteral("--batch"), QString::number(batch),
            QStringLiteral("--delay"), QString::number(delayMs) };
        if (rate > 0)
            args << QStringLiteral("--queries") << m_readQueries;
        return args;
    }

    // The resumed copy against the original and, without the application, against a straight run.
    void verifyResult(const QString& copy, int rate)
    {
        QCOMPARE(godwit::test::databaseFingerprint(m_db), m_fingerprint);
        QCOMPARE(checks(copy), QStringLiteral("ok/0"));
        QCOMPARE(originalRowsDigest(copy, kOrders), originalRowsDigest(m_db, kOrders));
        QCOMPARE(
            query(copy, QStringLiteral("SELECT count(*) FROM orders WHERE shipping_eta IS NULL")), QStringLiteral("0"));
        if (rate > 0)
            return; // the application rescheduled some orders: their value is the one it wrote
        if (m_straightDigest.isEmpty()) {
            const QString straight = scratch(QStringLiteral("straight.db"));
            const CliRun r = runGodwit(rehearse(m_db, 0)
                + QStringList { QStringLiteral("--copy"), straight, QStringLiteral("--delay"), QStringLiteral("0") });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
            m_straightDigest = migratedDigest(straight);
            QVERIFY(!m_straightDigest.isEmpty());
        }
        QCOMPARE(migratedDigest(copy), m_straightDigest);
    }

    QString m_db;
    QString m_readQueries;
    QString m_bigDb;
    QMap<QString, QByteArray> m_fingerprint;
    QMap<QString, QByteArray> m_bigFingerprint;
    QString m_straightDigest;
};

QTEST_GUILESS_MAIN(TestCliKillResume)
#include "tst_cli_killresume.moc"
