// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalsnapshot.h"

#include <QCoreApplication>
#include <QStringList>

namespace godwit::rehearsal {

namespace {

    PhaseState state(RehearsalPhase phase, bool early = false)
    {
        const QString title = rehearsalPhaseTitle(phase);
        return { .phase = phase,
            .title = early ? QCoreApplication::translate(
                         "godwit::rehearsal::RehearsalSnapshot", "%1 (early)", "a phase run before its time")
                                 .arg(title)
                           : title,
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

QString RehearsalSnapshot::copyNotes() const
{
    QStringList notes;
    if (copy.restarts > 0)
        // Two sources rather than an English plural catalogue: the model's text must read right
        // in a process that loaded no translation (the tests, a library user).
        notes << (copy.restarts == 1
                ? QCoreApplication::translate("godwit::rehearsal::RehearsalSnapshot",
                    "restarted 1 time because another process is writing the original")
                : QCoreApplication::translate("godwit::rehearsal::RehearsalSnapshot",
                    "restarted %n times because another process is writing the original", nullptr, copy.restarts));
    if (copy.waiting)
        notes << QCoreApplication::translate(
            "godwit::rehearsal::RehearsalSnapshot", "waiting for another process's write lock on the original");
    else if (copy.restarts > 0 && copy.snapshot)
        notes << QCoreApplication::translate("godwit::rehearsal::RehearsalSnapshot", "now copying one snapshot of it");
    return notes.join(QStringLiteral("; "));
}

StatusLine RehearsalSnapshot::statusLine() const
{
    StatusLine s;
    if (state.state == RunState::Copying) {
        // gh-ost's "Copy:" counts the copy's pages until the backfill has rows to count.
        s.copied = copy.pagesDone;
        s.total = copy.pagesTotal;
        s.state = state;
        s.stateNotes = copyNotes();
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
