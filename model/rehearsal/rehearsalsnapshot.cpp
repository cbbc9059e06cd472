// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalsnapshot.h"

#include <QHash>
#include <QStringList>

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

QString RehearsalSnapshot::copyState() const
{
    QStringList notes;
    if (copy.restarts > 0)
        notes << QStringLiteral("restarted %1 time%2 because another process is writing the original")
                     .arg(copy.restarts)
                     .arg(copy.restarts == 1 ? QString() : QStringLiteral("s"));
    if (copy.waiting)
        notes << QStringLiteral("waiting for another process's write lock on the original");
    else if (copy.restarts > 0 && copy.snapshot)
        notes << QStringLiteral("now copying one snapshot of it");
    return notes.isEmpty() ? state : state + QStringLiteral(": ") + notes.join(QStringLiteral("; "));
}

StatusLine RehearsalSnapshot::statusLine() const
{
    StatusLine s;
    if (state == QLatin1String("copying")) {
        // gh-ost's "Copy:" counts the copy's pages until the backfill has rows to count.
        s.copied = copy.pagesDone;
        s.total = copy.pagesTotal;
        s.state = copyState();
        s.latencyP99Ms = workload.p99Ms();
        s.elapsedSeconds = elapsedMs / 1000.0;
        return s;
    }
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
