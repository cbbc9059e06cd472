// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
#include "sqlite/database.h"

#include <QFileInfo>
#include <QTest>

using godwit::test::CliRun;
using godwit::test::runGodwit;

class TestCliSample : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesOrders_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("hasShippingEta");
        QTest::addRow("V1") << QStringList {} << false;
        QTest::addRow("V2 applied") << QStringList { QStringLiteral("--v2") } << true;
    }
    void writesOrders()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, hasShippingEta);
        const QString out = godwit::test::scratchDir() + QStringLiteral("/orders.db");
        const CliRun r = runGodwit(QStringList { QStringLiteral("sample"), QStringLiteral("orders"),
                                       QStringLiteral("--rows"), QStringLiteral("300") }
            + options + QStringList { out });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("wrote 300 orders to ") + out));
        auto db = godwit::sqlite::Database::openOriginal(out);
        QVERIFY(db);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM orders"))->toInt(), 300);
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('orders') WHERE name = 'shipping_eta'"))
                ->toInt(),
            hasShippingEta ? 1 : 0);
        // The same seed gives the same file content: a second run is identical.
        const QString again = godwit::test::scratchDir() + QStringLiteral("/again.db");
        QCOMPARE(runGodwit(QStringList { QStringLiteral("sample"), QStringLiteral("orders"), QStringLiteral("--rows"),
                               QStringLiteral("300") }
                     + options + QStringList { again })
                     .exitCode,
            0);
        auto db2 = godwit::sqlite::Database::openOriginal(again);
        const QString digest = QStringLiteral(
            "SELECT group_concat(order_id || customer_id || status || total_amount || created_at, ',') FROM orders");
        QCOMPARE(db2->scalar(digest)->toString(), db->scalar(digest)->toString());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("stderrStart");
        QTest::addRow("unknown sample") << QStringList { QStringLiteral("sample"), QStringLiteral("shop"),
            QStringLiteral("x.db") } << "godwit: unknown sample 'shop'";
        QTest::addRow("bad rows") << QStringList { QStringLiteral("sample"), QStringLiteral("orders"),
            QStringLiteral("--rows"), QStringLiteral("many"), QStringLiteral("x.db") }
                                  << "godwit: --rows needs a whole number";
        QTest::addRow("missing output") << QStringList { QStringLiteral("sample"), QStringLiteral("orders") }
                                        << "godwit: missing argument";
        QTest::addRow("existing file") << QStringList { QStringLiteral("sample"), QStringLiteral("orders"),
            QStringLiteral("--rows"), QStringLiteral("10"), QStringLiteral("EXISTING") }
                                       << "godwit: EXISTING";
        QTest::addRow("unwritable folder")
            << QStringList { QStringLiteral("sample"), QStringLiteral("orders"), QStringLiteral("/proc/godwit/x.db") }
            << "godwit: /proc/godwit/x.db";
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, stderrStart);
        // An existing file must be left exactly as it was.
        const QString existing = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
        const auto before = godwit::test::databaseFingerprint(existing);
        arguments.replaceInStrings(QStringLiteral("EXISTING"), existing);
        stderrStart.replace(QStringLiteral("EXISTING"), existing);
        const CliRun r = runGodwit(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(stderrStart), qPrintable(r.err));
        QCOMPARE(godwit::test::databaseFingerprint(existing), before);
        QVERIFY(!QFileInfo::exists(QStringLiteral("x.db")));
    }
};

QTEST_GUILESS_MAIN(TestCliSample)
#include "tst_cli_sample.moc"
