// SPDX-License-Identifier: GPL-3.0-or-later
// The verification the contract waits for, on the orders sample rehearsed in step mode: after
// the read switch a defect is planted in the copy, then the contract either refuses with the
// reason or, overridden, runs and says what it ran over.
#include "datasets.h"
#include "rehearsal/rehearsaljob.h"
#include "rehearsal/rehearsalplan.h"
#include "rehearsal/verifier.h"
#include "rehearsalfixture.h"
#include "sqlite/database.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace godwit;
using namespace godwit::rehearsal;

namespace {

constexpr qint64 kOrders = 5000;

} // namespace

class TestVerifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::generatedOrdersDatabase(kOrders).isEmpty());
        auto plan = RehearsalPlan::forTarget(test::generatedOrdersDatabase(kOrders), test::sampleDir());
        QVERIFY(plan);
        m_plan = *plan;
        m_payments
            = test::scalar(test::generatedOrdersDatabase(kOrders), QStringLiteral("SELECT count(*) FROM payments"));
        QVERIFY(m_payments > 0);
    }

    void beforeContract_data()
    {
        QTest::addColumn<QString>("defect");
        QTest::addColumn<bool>("override");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<PhaseStatus>("contract");
        const QString nullEta = QStringLiteral("UPDATE orders SET shipping_eta = NULL WHERE order_id = 7");
        const QString lostPayment
            = QStringLiteral("DELETE FROM payments WHERE payment_id = (SELECT min(payment_id) FROM payments)");
        const QString orphanItem = QStringLiteral("PRAGMA foreign_keys = OFF; INSERT INTO order_items "
                                                  "(order_id, item_id, quantity, price) VALUES (99999999, 1, 1, 1)");
        const QString lost = QStringLiteral("payments had %1 rows, %2 of them are left");
        QTest::addRow("NULL where NOT NULL is demanded")
            << nullEta << false << QStringLiteral("1 rows still NULL in orders.shipping_eta") << PhaseStatus::Refused;
        QTest::addRow("a lost row") << lostPayment << false << lost.arg(m_payments).arg(m_payments - 1)
                                    << PhaseStatus::Refused;
        QTest::addRow("a foreign key violation")
            << orphanItem << false << QStringLiteral("foreign_key_check: 1 violations") << PhaseStatus::Refused;
        // Overridden, the contract runs: over a lost payment it succeeds (nothing in its rebuild of
        // orders notices); over a NULL its own NOT NULL stops it and rolls back.
        QTest::addRow("a lost row, overridden")
            << lostPayment << true << lost.arg(m_payments).arg(m_payments - 1) << PhaseStatus::Done;
        QTest::addRow("NULL where NOT NULL is demanded, overridden")
            << nullEta << true << QStringLiteral("1 rows still NULL in orders.shipping_eta") << PhaseStatus::Failed;
    }

    void beforeContract()
    {
        QFETCH(QString, defect);
        QFETCH(bool, override);
        QFETCH(QString, problem);
        QFETCH(PhaseStatus, contract);
        RehearsalOptions options;
        options.originalPath = test::generatedOrdersDatabase(kOrders);
        options.copyPath
            = QDir(test::scratchDir())
                  .filePath(QStringLiteral("verify-%1.db").arg(QString::fromUtf8(QTest::currentDataTag())));
        options.rate = 0; // nothing but the planted defect changes the copy
        options.observeMs = 50;
        options.stepMode = true;
        options.overrideVerification = override;
        RehearsalJob job;
        QSignalSpy phases(&job, &RehearsalJob::phaseFinished);
        QSignalSpy finished(&job, &RehearsalJob::finished);
        job.start(m_plan, options);
        while (phases.count() < 5) {
            QVERIFY(phases.wait(30000));
            QTRY_VERIFY(job.snapshot().paused);
            if (phases.count() < 5)
                job.step();
        }
        QCOMPARE(phases.last().at(1).value<PhaseRecord>().phase, RehearsalPhase::ReadSwitch);
        {
            auto db = sqlite::Database::openWritable(options.copyPath);
            QVERIFY(db);
            QVERIFY(db->exec(defect));
        }
        job.resume();
        QVERIFY(finished.wait(30000));
        const auto result = finished.front().front().value<RehearsalResult>();
        QVERIFY(!result.ok);
        const PhaseRecord* phase = result.phase(RehearsalPhase::Contract);
        QVERIFY(phase && phase->verification);
        QCOMPARE(phase->status, contract);
        QVERIFY(!phase->verification->passed);
        QCOMPARE(phase->verification->problems, QStringList { problem });
        const QString kind = override ? QStringLiteral("contract-override") : QStringLiteral("contract-refused");
        const QList<Incident> incidents = result.incidentsOf(kind);
        QCOMPARE(incidents.size(), 1);
        QVERIFY2(incidents.front().message.contains(problem), qPrintable(incidents.front().message));
        if (override) {
            QVERIFY(result.incidentsOf(u"contract-refused").isEmpty());
        } else {
            // Refused means not run: the old column is still there.
            QCOMPARE(phase->error, problem);
            QCOMPARE(test::scalar(options.copyPath,
                         QStringLiteral(
                             "SELECT count(*) FROM pragma_table_info('orders') WHERE name = 'estimated_delivery'")),
                1);
        }
    }

private:
    RehearsalPlan m_plan;
    qint64 m_payments = 0;
};

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
