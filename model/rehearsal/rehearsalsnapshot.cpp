// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalsnapshot.h"

#include <QHash>

namespace godwit::rehearsal {

namespace {

PhaseState state(const QString& name, bool early = false)
{
    static const QHash<QString, QString> titles { { QStringLiteral("baseline"), QStringLiteral("Baseline") },
        { QStringLiteral("expand"), QStringLiteral("Expand") },
        { QStringLiteral("dual-write"), QStringLiteral("Dual-write") },
        { QStringLiteral("backfill"), QStringLiteral("Backfill") },
        { QStringLiteral("read-switch"), QStringLiteral("Read switch") },
        { QStringLiteral("contract"), QStringLiteral("Contract") } };
    return { name, titles.value(name) + (early ? QStringLiteral(" (early)") : QString()), early,
        PhaseStatus::Pending };
}

} // namespace

QList<PhaseState> phaseOrder(const QList<Fault>& faults)
{
    QList<PhaseState> order { state(QStringLiteral("baseline")), state(QStringLiteral("expand")),
        state(QStringLiteral("dual-write")) };
    const bool earlyRead = faults.contains(Fault::EarlyReadSwitch);
    if (earlyRead)
        order << state(QStringLiteral("read-switch"), true);
    if (faults.contains(Fault::EarlyContract))
        order << state(QStringLiteral("contract"), true);
    order << state(QStringLiteral("backfill"));
    if (!earlyRead)
        order << state(QStringLiteral("read-switch"));
    order << state(QStringLiteral("contract"));
    return order;
}

StatusLine RehearsalSnapshot::statusLine() const
{
    StatusLine s;
    s.copied = backfill.rowsDone;
    s.total = backfill.rowsTotal;
    s.applied = applied;
    s.rowsPerSecond = backfill.rowsPerSecond;
    s.latencyP99Ms = workload.p99Ms();
    s.state = state;
    s.elapsedSeconds = elapsedMs / 1000.0;
    return s;
}

} // namespace godwit::rehearsal
