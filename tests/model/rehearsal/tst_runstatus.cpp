// SPDX-License-Identifier: GPL-3.0-or-later
// The rehearsal's run states keep the names the status line, the dashboard and the logs have
// always shown.
#include "rehearsal/runstatus.h"

#include <QTest>

using namespace godwit::rehearsal;

Q_DECLARE_METATYPE(godwit::rehearsal::RunStatus)

class TestRunStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void name_data()
    {
        QTest::addColumn<RunStatus>("status");
        QTest::addColumn<QString>("expected");
        QTest::addRow("starting") << RunStatus {} << QString();
        QTest::addRow("hashing") << RunStatus { RunState::Hashing } << QStringLiteral("hashing");
        QTest::addRow("copying") << RunStatus { RunState::Copying } << QStringLiteral("copying");
        QTest::addRow("a phase") << RunStatus::inPhase(RehearsalPhase::DualWrite) << QStringLiteral("dual-write");
        QTest::addRow("a step") << RunStatus::runningStep(RehearsalPhase::Expand, QStringLiteral("Add orders.eta"))
                                << QStringLiteral("expand: Add orders.eta");
        QTest::addRow("migrating") << RunStatus { RunState::Migrating } << QStringLiteral("migrating");
        QTest::addRow("throttled") << RunStatus::throttled(QStringLiteral("workload p99 80.0 ms > budget 50 ms"))
                                   << QStringLiteral("throttled: workload p99 80.0 ms > budget 50 ms");
        QTest::addRow("lock") << RunStatus { RunState::WaitingForLock } << QStringLiteral("waiting for lock");
        QTest::addRow("paused") << RunStatus { RunState::Paused } << QStringLiteral("paused");
        QTest::addRow("read switch") << RunStatus::readSwitch(40) << QStringLiteral("read switch: 40% new clients");
        QTest::addRow("contracting") << RunStatus { RunState::Contracting } << QStringLiteral("contracting");
        QTest::addRow("verifying") << RunStatus { RunState::Verifying } << QStringLiteral("verifying");
        QTest::addRow("cancelled") << RunStatus { RunState::Cancelled } << QStringLiteral("cancelled");
        QTest::addRow("failed") << RunStatus { RunState::Failed } << QStringLiteral("failed");
        QTest::addRow("done, ok") << RunStatus { RunState::DoneOk } << QStringLiteral("done: ok");
        QTest::addRow("done, failed") << RunStatus { RunState::DoneFailed } << QStringLiteral("done: failed");
    }

    void name()
    {
        QFETCH(RunStatus, status);
        QFETCH(QString, expected);
        QCOMPARE(status.name(), expected);
    }
};

QTEST_GUILESS_MAIN(TestRunStatus)
#include "tst_runstatus.moc"
