// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "queries/plannerdatabase.h"
#include "queries/queryimpact.h"
#include "queries/querylist.h"
#include "queryfixture.h"
#include "resultmessage.h"
#include "sample/ordersgenerator.h"
#include "sqlite/workingcopy.h"

#include <QFile>
#include <QTest>

using namespace godwit::queries;

using godwit::test::readSample;
using godwit::test::why;

namespace {

QStringList proposalSql(const QueryReport& report)
{
    QStringList out;
    for (const IndexProposal& p : report.proposals)
        out << p.sql + QStringLiteral(" for ") + p.queries.join(QStringLiteral(", "));
    return out;
}

} // namespace

class TestQueryImpact : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_orders = godwit::test::scratchDir() + QStringLiteral("/orders-3k.db");
        godwit::sample::OrdersGenerator::Options options;
        options.orders = 3000;
        const auto r = godwit::sample::OrdersGenerator::generate(m_orders, options);
        QVERIFY2(r, why(r).constData());
        auto list = QueryList::ordersSample();
        QVERIFY(list);
        // Two more with advice: two equality columns, and an equality with a range and its sort.
        auto extra = QueryList::parse(QStringLiteral(
            "-- name: customer's orders by status\nSELECT order_id FROM orders WHERE status = ? AND customer_id = ?;\n"
            "-- name: captured payments since\nSELECT payment_id FROM payments WHERE status = ? AND created_at > ? "
            "ORDER BY created_at;\n"));
        QVERIFY2(extra, why(extra).constData());
        m_queries = *list;
        for (const Query& q : *extra)
            m_queries.add(q);
    }

    // `--migration` measures the migrated copy (measuredAfter) and advises with its statistics:
    // the same report as the same migration applied beforehand and given as `--after`.
    void migratedCopyIsMeasuredAndAdvised_data()
    {
        QTest::addColumn<QString>("migration");
        QTest::addColumn<QStringList>("statuses");
        QStringList same(m_queries.size(), QStringLiteral("unchanged"));
        QTest::addRow("expand (V2)") << readSample(QStringLiteral("V2__add_shipping_eta.sql")) << same;
        QStringList regressed = same;
        regressed[1] = regressed[7] = QStringLiteral("regressed"); // both found it by customer_id
        QTest::addRow("composite index dropped") << "DROP INDEX orders_customer_created;" << regressed;
    }
    void migratedCopyIsMeasuredAndAdvised()
    {
        QFETCH(QString, migration);
        QFETCH(QStringList, statuses);
        const auto fingerprint = godwit::test::databaseFingerprint(m_orders);
        QueryImpact::Request request;
        request.database = m_orders;
        request.queries = m_queries;
        request.migration = migration;
        request.migrationFileName = QStringLiteral("migration.sql");
        request.runs = 3;
        const auto viaMigration = QueryImpact::run(request);
        QVERIFY2(viaMigration, why(viaMigration).constData());

        const QString migrated = godwit::test::scratchDir()
            + QStringLiteral("/migrated-%1.db")
                  .arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(godwit::sqlite::WorkingCopy::create(m_orders, migrated));
        QVERIFY(PlannerDatabase::applyMigration(migrated, migration, QStringLiteral("migration.sql")));
        request.migration.clear();
        request.after = migrated;
        const auto viaAfter = QueryImpact::run(request);
        QVERIFY2(viaAfter, why(viaAfter).constData());

        QStringList actual;
        for (qsizetype i = 0; i < viaMigration->queries.size(); ++i) {
            const QueryResult& r = viaMigration->queries[i];
            const QueryResult& expected = viaAfter->queries[i];
            actual << queryStatusName(r.comparison.status);
            QVERIFY2(r.measuredBefore.isValid(), qPrintable(r.query.name + r.measuredBefore.error));
            QVERIFY2(r.measuredAfter.isValid(), qPrintable(r.query.name + r.measuredAfter.error));
            QCOMPARE(r.measuredAfter.runs, 3);
            // The same data and parameters: the same rows, and the same work behind them.
            QCOMPARE(r.measuredAfter.rows, expected.measuredAfter.rows);
            QCOMPARE(r.measuredAfter.fullScanSteps, expected.measuredAfter.fullScanSteps);
            QCOMPARE(r.measuredAfter.sorts, expected.measuredAfter.sorts);
            QCOMPARE(r.after, expected.after);
        }
        QCOMPARE(actual, statuses);
        // The regressed query scans the whole table after the drop: far more full-scan steps.
        if (statuses.contains(QStringLiteral("regressed"))) {
            const QueryResult& r = viaMigration->queries[1];
            QVERIFY2(r.measuredAfter.fullScanSteps > r.measuredBefore.fullScanSteps + 1000,
                qPrintable(
                    QStringLiteral("%1 vs %2").arg(r.measuredAfter.fullScanSteps).arg(r.measuredBefore.fullScanSteps)));
        }
        QCOMPARE(proposalSql(*viaMigration), proposalSql(*viaAfter));
        QVERIFY(!viaMigration->proposals.isEmpty());
        QCOMPARE(godwit::test::databaseFingerprint(m_orders), fingerprint);
    }

private:
    QString m_orders;
    QueryList m_queries;
};

QTEST_GUILESS_MAIN(TestQueryImpact)
#include "tst_queryimpact.moc"
