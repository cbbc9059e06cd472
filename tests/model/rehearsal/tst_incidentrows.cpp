// SPDX-License-Identifier: GPL-3.0-or-later
// The rows behind drift and NULL-read incidents: what DriftMonitor samples equals what a
// hand-written query returns on the copy (orders sample, Chinook, Northwind, real NULLs), the
// query it records runs as it is and lists exactly the rows it counts, the samples survive the
// JSON record, and a rehearsal with a staged fault records them on its incident.
#include "datasets.h"
#include "filehash.h"
#include "rehearsal/driftmonitor.h"
#include "rehearsal/rehearsaljson.h"
#include "rehearsal/rehearsalrunner.h"
#include "rehearsalfixture.h"
#include "resultmessage.h"
#include "sqlite/database.h"
#include "sqlite/workingcopy.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace godwit;
using namespace godwit::rehearsal;

namespace {

constexpr qint64 kOrders = 5000;

// `sql` (key, old, new) on `db`, as the rows of `table`.
QList<IncidentRow> handWritten(const sqlite::Database& db, const QString& table, const QString& sql)
{
    QList<IncidentRow> rows;
    auto st = db.prepare(sql);
    if (!st) {
        qWarning() << st.error().toString();
        return rows;
    }
    for (auto row = st->step(); row && *row; row = st->step())
        rows << IncidentRow { table, st->value(0), st->value(1), st->value(2) };
    return rows;
}

qint64 countOf(const sqlite::Database& db, const QString& sql)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM (%1)").arg(sql));
    return n ? n->toLongLong() : -1;
}

} // namespace

class TestIncidentRows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::generatedOrdersDatabase(kOrders).isEmpty());
        auto plan = RehearsalPlan::forTarget(test::generatedOrdersDatabase(kOrders), test::sampleDir());
        QVERIFY2(plan, test::why(plan).constData());
        m_plan = *plan;
        QCOMPARE(m_plan.mappings.size(), 1);
    }

    // A copy where the new column was backfilled with `up`, then `plant` made some rows disagree
    // and some new values NULL. The hand-written queries name the columns themselves.
    void sampleEqualsHandWrittenQuery_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<ColumnMapping>("mapping");
        QTest::addColumn<QString>("plant");
        QTest::addColumn<QString>("driftQuery");
        QTest::addColumn<QString>("nullQuery");
        QTest::addRow("orders sample") << test::generatedOrdersDatabase(kOrders) << m_plan.mappings.front()
                                       << QStringLiteral("UPDATE orders SET estimated_delivery = 'late' WHERE "
                                                         "order_id % 97 = 0; UPDATE orders SET shipping_eta = NULL "
                                                         "WHERE order_id % 89 = 0")
                                       << QStringLiteral(
                                              "SELECT order_id, estimated_delivery, shipping_eta FROM orders "
                                              "WHERE shipping_eta IS NOT estimated_delivery ORDER BY order_id")
                                       << QStringLiteral(
                                              "SELECT order_id, estimated_delivery, shipping_eta FROM orders "
                                              "WHERE shipping_eta IS NULL AND estimated_delivery IS NOT NULL "
                                              "ORDER BY order_id");
        // Company is NULL for most customers: a NULL copied as NULL is no drift, and no NULL read.
        QTest::addRow("Chinook, NULLs in the old column")
            << test::datasetDatabase(test::Dataset::Chinook)
            << ColumnMapping { QStringLiteral("Customer"), QStringLiteral("CustomerId"), QStringLiteral("Company"),
                   QStringLiteral("company_name"), QStringLiteral("\"Company\"") }
            << QStringLiteral("UPDATE Customer SET Company = 'Acme' WHERE CustomerId % 6 = 0; "
                              "UPDATE Customer SET company_name = NULL WHERE CustomerId % 4 = 0")
            << QStringLiteral("SELECT CustomerId, Company, company_name FROM Customer "
                              "WHERE company_name IS NOT Company ORDER BY CustomerId")
            << QStringLiteral("SELECT CustomerId, Company, company_name FROM Customer "
                              "WHERE company_name IS NULL AND Company IS NOT NULL ORDER BY CustomerId");
        // A TEXT primary key: the rows are keyed by rowid; `up` is an expression, not a copy.
        QTest::addRow("Northwind, rowid and an expression")
            << test::datasetDatabase(test::Dataset::Northwind)
            << ColumnMapping { QStringLiteral("Customers"), QStringLiteral("rowid"), QStringLiteral("Region"),
                   QStringLiteral("region_code"), QStringLiteral("upper(\"Region\")") }
            << QStringLiteral("UPDATE Customers SET Region = 'xx' WHERE rowid % 5 = 0; "
                              "UPDATE Customers SET region_code = NULL WHERE rowid % 7 = 0")
            << QStringLiteral("SELECT rowid, Region, region_code FROM Customers "
                              "WHERE region_code IS NOT upper(Region) ORDER BY rowid")
            << QStringLiteral("SELECT rowid, Region, region_code FROM Customers "
                              "WHERE region_code IS NULL AND Region IS NOT NULL ORDER BY rowid");
    }

    void sampleEqualsHandWrittenQuery()
    {
        QFETCH(QString, original);
        QFETCH(ColumnMapping, mapping);
        QFETCH(QString, plant);
        QFETCH(QString, driftQuery);
        QFETCH(QString, nullQuery);
        QVERIFY(!original.isEmpty());
        const auto before = test::databaseFingerprint(original);
        const QString copy = QDir(test::scratchDir()).filePath(QString::fromLatin1(QTest::currentDataTag()) + ".db");
        QVERIFY(sqlite::WorkingCopy::create(original, copy));
        auto db = sqlite::Database::openWritable(copy);
        QVERIFY2(db, test::why(db).constData());
        QVERIFY(db->exec(QStringLiteral("ALTER TABLE \"%1\" ADD COLUMN \"%2\"; UPDATE \"%1\" SET \"%2\" = %3; %4")
                             .arg(mapping.table, mapping.newColumn, mapping.up, plant)));

        RehearsalPlan plan;
        plan.mappings << mapping;
        DriftMonitor monitor(plan);
        monitor.backfillDone();
        const DriftMonitor::Samples samples = monitor.sample(*db, 5);

        const QList<IncidentRow> drift = handWritten(*db, mapping.table, driftQuery);
        const QList<IncidentRow> nulls = handWritten(*db, mapping.table, nullQuery);
        QVERIFY(drift.size() > 5 && nulls.size() > 5); // the planted rows, and more than a sample
        QCOMPARE(samples.drift, drift.first(5));
        QCOMPARE(samples.nulls, nulls.first(5));
        // The recorded queries run as they are and list every such row, as many as the drift count.
        QCOMPARE(countOf(*db, samples.driftSql), drift.size());
        QCOMPARE(countOf(*db, samples.nullSql), nulls.size());
        QCOMPARE(monitor.measure(*db, true).value_or(-1), drift.size());
        QCOMPARE(test::databaseFingerprint(original), before);
    }

    // While the backfill is under way, NULLs in keys it has not reached are pending work: the
    // query leaves them out with the bounds written in, and counts what driftRows() counts.
    void pendingKeysLeftOut()
    {
        const QString copy = QDir(test::scratchDir()).filePath(QStringLiteral("pending.db"));
        QVERIFY(sqlite::WorkingCopy::create(test::generatedOrdersDatabase(kOrders), copy));
        auto db = sqlite::Database::openWritable(copy);
        QVERIFY(db);
        // Backfilled up to key 1000; keys 1500 and 20 then written to the old column only.
        QVERIFY(db->exec(QStringLiteral("ALTER TABLE orders ADD COLUMN shipping_eta TEXT; "
                                        "UPDATE orders SET shipping_eta = estimated_delivery WHERE order_id <= 1000; "
                                        "UPDATE orders SET estimated_delivery = 'late' WHERE order_id IN (20, 1500)")));
        const ColumnMapping& m = m_plan.mappings.front();
        const Verifier::Pending pending { 1000, std::numeric_limits<qint64>::max() };
        const QString sql = Verifier::driftRowsSql(m, pending);
        QVERIFY2(sql.contains(QLatin1String("1000")), qPrintable(sql));
        QCOMPARE(countOf(*db, sql), Verifier::driftRows(*db, m, pending).value().value_or(-1));
        auto rows = Verifier::sampleRows(*db, m, sql, 5);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1); // key 20; key 1500 is NULL in the new column: not reached yet
        QCOMPARE(rows->front().key.toLongLong(), 20);
        QCOMPARE(rows->front().oldValue.toString(), QStringLiteral("late"));
        // Before the backfill starts every NULL is pending.
        RehearsalPlan plan;
        plan.mappings << m;
        DriftMonitor monitor(plan);
        const DriftMonitor::Samples before = monitor.sample(*db, 5);
        QCOMPARE(before.drift.size(), 1);
        QCOMPARE(countOf(*db, before.driftSql), 1);
        // A column gone (after the contract): nothing sampled, no error.
        QVERIFY(db->exec(QStringLiteral("ALTER TABLE orders DROP COLUMN shipping_eta")));
        auto gone = Verifier::sampleRows(*db, m, sql, 5);
        QVERIFY(gone && gone->isEmpty());
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<Incident>("incident");
        Incident drift { .kind = QStringLiteral("drift"),
            .phase = QStringLiteral("backfill"),
            .severity = Severity::Error,
            .message = QStringLiteral("2 row(s) where the old and the new column disagree"),
            .count = 2,
            .unit = QStringLiteral("rows"),
            .atMs = 1200 };
        drift.samples = {
            IncidentRow { QStringLiteral("orders"), qlonglong(7), QStringLiteral("2024-01-02"), QVariant() },
            IncidentRow { QStringLiteral("orders"), qlonglong(9), QStringLiteral("late"), QStringLiteral("2024-01-03") }
        };
        drift.rowsSql = Verifier::driftRowsSql(m_plan.mappings.front());
        QTest::addRow("drift") << drift;
        Incident nulls = drift;
        nulls.kind = QStringLiteral("null-reads");
        nulls.samples = { IncidentRow { QStringLiteral("Customers"), QVariant(), 2.5, QVariant() } };
        QTest::addRow("NULL reads, no key, a real") << nulls;
        Incident none = drift;
        none.samples.clear(); // the rows were gone by the phase's end: the query stays
        QTest::addRow("no rows left") << none;
    }

    void jsonRoundTrip()
    {
        QFETCH(Incident, incident);
        const QJsonObject o = RehearsalJson::incidentToJson(incident);
        QCOMPARE(o.value(QStringLiteral("rows_sql")).toString(), incident.rowsSql);
        QCOMPARE(o.value(QStringLiteral("samples")).toArray().size(), incident.samples.size());
        // Through the text as written, in the format's key order.
        RehearsalResult r;
        r.incidents << incident;
        const QJsonObject root = QJsonDocument::fromJson(RehearsalJson::write(r).toUtf8()).object();
        const QJsonObject back = root.value(QStringLiteral("incidents")).toArray().first().toObject();
        QCOMPARE(RehearsalJson::incidentFromJson(back), incident);
        QCOMPARE(RehearsalJson::incidentFromJson(o), incident);
        // Other incidents carry neither key.
        Incident plain = incident;
        plain.samples.clear();
        plain.rowsSql.clear();
        QVERIFY(!RehearsalJson::incidentToJson(plain).contains(QStringLiteral("samples")));
        QVERIFY(!RehearsalJson::incidentToJson(plain).contains(QStringLiteral("rows_sql")));
    }

    // A real rehearsal with the fault staged: the incident carries its first rows, each one a row the
    // fault explains, and a query that runs on the working copy. (The application keeps writing after
    // the phase: the exact values are checked above, on a copy nothing else writes to.)
    void rehearsalRecordsTheRows_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("kind");
        QTest::addRow("skip dual-write") << QStringLiteral("skip-dual-write") << QStringLiteral("drift");
        QTest::addRow("early read switch") << QStringLiteral("early-read-switch") << QStringLiteral("null-reads");
    }

    void rehearsalRecordsTheRows()
    {
        QFETCH(QString, fault);
        QFETCH(QString, kind);
        RehearsalOptions o;
        o.originalPath = test::generatedOrdersDatabase(kOrders);
        o.copyPath = QDir(test::scratchDir()).filePath(QStringLiteral("run-%1.db").arg(fault));
        o.rate = 300;
        o.observeMs = 150;
        o.faults << *faultFromName(fault);
        RehearsalRunner runner(m_plan, o);
        auto result = runner.run();
        QVERIFY2(result, test::why(result).constData());
        const QList<Incident> incidents = result->incidentsOf(kind);
        QVERIFY(!incidents.isEmpty());
        const Incident& i = incidents.front();
        QVERIFY2(!i.samples.isEmpty() && i.samples.size() <= 5, qPrintable(i.message));
        for (qsizetype n = 0; n < i.samples.size(); ++n) {
            const IncidentRow& row = i.samples[n];
            QCOMPARE(row.table, QStringLiteral("orders"));
            QVERIFY(n == 0 || i.samples[n - 1].key.toLongLong() < row.key.toLongLong()); // by key
            if (kind == QLatin1String("drift"))
                QVERIFY(row.oldValue != row.newValue);
            else
                QVERIFY(row.newValue.isNull() && !row.oldValue.isNull());
        }
        auto copy = sqlite::Database::openOriginal(result->copyPath);
        QVERIFY(copy);
        QVERIFY2(countOf(*copy, i.rowsSql) >= 0, qPrintable(i.rowsSql));
        QVERIFY(result->originalUnchanged());
    }

private:
    RehearsalPlan m_plan;
};

QTEST_GUILESS_MAIN(TestIncidentRows)
#include "tst_incidentrows.moc"
