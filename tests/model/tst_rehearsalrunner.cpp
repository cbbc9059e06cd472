// SPDX-License-Identifier: GPL-3.0-or-later
// The rehearsal engine on the orders sample: the seed's shipping_eta migration run for real on a
// working copy while the simulated application reads and writes, with and without faults.
#include "datasets.h"
#include "filehash.h"
#include "rehearsal/backfiller.h"
#include "rehearsal/backfillphase.h"
#include "rehearsal/rehearsaljson.h"
#include "rehearsal/rehearsalrunner.h"
#include "sample/ordersgenerator.h"
#include "sqlite/database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace godwit;
using namespace godwit::rehearsal;

namespace {

constexpr qint64 kOrders = 20000;

QString ordersDatabase(qint64 orders)
{
    static QHash<qint64, QString> built;
    if (built.contains(orders))
        return built.value(orders);
    const QString path = QDir(test::scratchDir()).filePath(QStringLiteral("orders-%1.db").arg(orders));
    sample::OrdersGenerator::Options options;
    options.orders = orders;
    if (auto r = sample::OrdersGenerator::generate(path, options); !r) {
        qWarning() << r.error().toString();
        return {};
    }
    built.insert(orders, path);
    return path;
}

RehearsalOptions optionsFor(const QString& original, const QString& name)
{
    RehearsalOptions o;
    o.originalPath = original;
    o.copyPath = QDir(test::scratchDir()).filePath(name + QStringLiteral(".db"));
    o.rate = 300;
    o.observeMs = 150;
    o.longTransactionMs = 400;
    return o;
}

[[maybe_unused]] qint64 scalar(const QString& path, const QString& sql)
{
    auto db = sqlite::Database::openWritable(path);
    if (!db)
        return -1;
    auto v = db->scalar(sql);
    return v ? v->toLongLong() : -1;
}

} // namespace

class TestRehearsalRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!ordersDatabase(kOrders).isEmpty());
        auto plan = RehearsalPlan::forTarget(ordersDatabase(kOrders), test::sampleDir());
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        m_plan = *plan;
    }

    void planMapsTheRenamedColumn()
    {
        QCOMPARE(m_plan.mappings.size(), 1);
        const ColumnMapping& m = m_plan.mappings.front();
        QCOMPARE(m.table, QStringLiteral("orders"));
        QCOMPARE(m.oldColumn, QStringLiteral("estimated_delivery"));
        QCOMPARE(m.newColumn, QStringLiteral("shipping_eta"));
        QCOMPARE(m.keyColumn, QStringLiteral("order_id"));
    }

    void fullRehearsal()
    {
        const QString original = ordersDatabase(kOrders);
        const auto before = test::databaseFingerprint(original);
        RehearsalRunner runner(m_plan, optionsFor(original, QStringLiteral("full")));
        auto result = runner.run();
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        qInfo().noquote() << RehearsalJson::write(*result);
        QVERIFY2(result->ok, qPrintable(result->reasons.join(QLatin1Char('\n'))));
        QCOMPARE(result->driftRows, 0);
        QVERIFY(result->originalUnchanged());
        QCOMPARE(test::databaseFingerprint(original), before);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("incident");
        QTest::addColumn<bool>("ok");
        QTest::addRow("crash mid-backfill")
            << QStringLiteral("crash-mid-backfill") << QStringLiteral("crash-mid-backfill") << true;
        QTest::addRow("skip dual-write") << QStringLiteral("skip-dual-write") << QStringLiteral("drift") << false;
        QTest::addRow("early read switch")
            << QStringLiteral("early-read-switch") << QStringLiteral("null-reads") << false;
        QTest::addRow("early contract") << QStringLiteral("early-contract") << QStringLiteral("early-contract")
                                        << false;
        QTest::addRow("long transaction")
            << QStringLiteral("long-transaction") << QStringLiteral("long-transaction") << true;
    }

    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(QString, incident);
        QFETCH(bool, ok);
        RehearsalOptions options = optionsFor(ordersDatabase(kOrders), fault);
        options.faults << *faultFromName(fault);
        RehearsalRunner runner(m_plan, options);
        auto result = runner.run();
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        qInfo().noquote() << result->reasons.join(QLatin1Char('\n'));
        for (const Incident& i : result->incidents)
            qInfo().noquote() << i.kind << i.phase << i.count << i.message;
        QCOMPARE(result->ok, ok);
        QVERIFY(!result->incidentsOf(incident).isEmpty());
        QVERIFY(result->originalUnchanged());
    }

private:
    RehearsalPlan m_plan;
};

QTEST_GUILESS_MAIN(TestRehearsalRunner)
#include "tst_rehearsalrunner.moc"
