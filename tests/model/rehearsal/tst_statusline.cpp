// SPDX-License-Identifier: GPL-3.0-or-later
// The gh-ost-style status line of a rehearsal, checked against exact text.
#include "rehearsal/statusline.h"

#include <QTest>

using namespace godwit::rehearsal;

Q_DECLARE_METATYPE(godwit::rehearsal::RunStatus)

class TestStatusLine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toString_data()
    {
        QTest::addColumn<qint64>("copied");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("p99");
        QTest::addColumn<RunStatus>("state");
        QTest::addColumn<double>("elapsed");
        QTest::addColumn<QString>("expected");
        const RunStatus migrating { RunState::Migrating };
        QTest::addRow("mid-backfill example")
            << qint64(412000) << qint64(1000000) << 52000.0 << 3.0 << migrating << 8.0
            << QStringLiteral("Copy: 412000/1000000 41.2%; Applied: 1834; Backfill rate: 52,000 rows/s; "
                              "Lag/latency p99: 3 ms; State: migrating; ETA: 11s");
        QTest::addRow("a tenth under 10 ms")
            << qint64(500) << qint64(1000) << 100.0 << 2.46 << migrating << 5.0
            << QStringLiteral("Copy: 500/1000 50.0%; Applied: 1834; Backfill rate: 100 rows/s; "
                              "Lag/latency p99: 2.5 ms; State: migrating; ETA: 5s");
        QTest::addRow("a tenth that rounds to whole")
            << qint64(500) << qint64(1000) << 100.0 << 0.96 << migrating << 5.0
            << QStringLiteral("Copy: 500/1000 50.0%; Applied: 1834; Backfill rate: 100 rows/s; "
                              "Lag/latency p99: 1 ms; State: migrating; ETA: 5s");
        QTest::addRow("whole ms from 10 on")
            << qint64(500) << qint64(1000) << 100.0 << 12.6 << migrating << 5.0
            << QStringLiteral("Copy: 500/1000 50.0%; Applied: 1834; Backfill rate: 100 rows/s; "
                              "Lag/latency p99: 13 ms; State: migrating; ETA: 5s");
        QTest::addRow("no ETA before 1 %%")
            << qint64(9999) << qint64(1000000) << 5000.0 << 3.0 << migrating << 2.0
            << QStringLiteral("Copy: 9999/1000000 1.0%; Applied: 1834; Backfill rate: 5,000 rows/s; "
                              "Lag/latency p99: 3 ms; State: migrating; ETA: N/A");
        QTest::addRow("an ETA from 1 %%")
            << qint64(10000) << qint64(1000000) << 5000.0 << 3.0 << migrating << 2.0
            << QStringLiteral("Copy: 10000/1000000 1.0%; Applied: 1834; Backfill rate: 5,000 rows/s; "
                              "Lag/latency p99: 3 ms; State: migrating; ETA: 3m18s");
        QTest::addRow("throttled, rate from the elapsed time")
            << qint64(100000) << qint64(1000000) << 0.0 << 80.0
            << RunStatus::throttled(QStringLiteral("workload p99 80.0 ms > budget 50 ms")) << 2000.0
            << QStringLiteral("Copy: 100000/1000000 10.0%; Applied: 1834; Backfill rate: 0 rows/s; "
                              "Lag/latency p99: 80 ms; State: throttled: workload p99 80.0 ms > budget 50 ms; "
                              "ETA: 5h00m");
        QTest::addRow("nothing to copy") << qint64(0) << qint64(0) << 0.0 << 0.0 << RunStatus { RunState::Copying }
                                         << 0.0
                                         << QStringLiteral("Copy: 0/0 0.0%; Applied: 1834; Backfill rate: 0 rows/s; "
                                                           "Lag/latency p99: 0 ms; State: copying; ETA: N/A");
        QTest::addRow("done") << qint64(1000) << qint64(1000) << 100.0 << 3.0 << RunStatus { RunState::Verifying }
                              << 10.0
                              << QStringLiteral("Copy: 1000/1000 100.0%; Applied: 1834; Backfill rate: 100 rows/s; "
                                                "Lag/latency p99: 3 ms; State: verifying; ETA: 0s");
    }

    void toString()
    {
        QFETCH(qint64, copied);
        QFETCH(qint64, total);
        QFETCH(double, rate);
        QFETCH(double, p99);
        QFETCH(RunStatus, state);
        QFETCH(double, elapsed);
        QFETCH(QString, expected);
        StatusLine line;
        line.copied = copied;
        line.total = total;
        line.applied = 1834;
        line.rowsPerSecond = rate;
        line.latencyP99Ms = p99;
        line.state = state;
        line.elapsedSeconds = elapsed;
        QCOMPARE(line.toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestStatusLine)
#include "tst_statusline.moc"
