// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalsnapshot.h"

#include <QStringList>

namespace godwit::rehearsal {

namespace {

    PhaseState state(RehearsalPhase phase, bool early = false)
    {
        return { .phase = phase,
            .title = rehearsalPhaseTitle(phase) + (early ? QStringLiteral(" (early)") : QString()),
            .early = early,
            .status = PhaseStatus::Pending };
    }

} // namespace

QList<PhaseState> phaseOrder(const QList<Fault>& faults)
{
    QList<PhaseState> order { state(RehearsalPhase::Baseline), state(RehearsalPhase::Expand),
        state(RehearsalPhase::DualWrite) };
    const bool earlyRead = faults.contains(Fault::EarlyReadSwitch);
    if (earlyRead)
        order << state(RehearsalPhase::ReadSwitch, true);
    if (faults.contains(Fault::EarlyContract))
        order << state(RehearsalPhase::Contract, true);
    order << state(RehearsalPhase::Backfill);
    if (!earlyRead)
        order << state(RehearsalPhase::ReadSwitch);
    order << state(RehearsalPhase::Contract);
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
