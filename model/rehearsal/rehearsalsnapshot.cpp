// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalsnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace godwit::rehearsal {

namespace {

    // Snapshot texts are translated in the model, so the command line shows them in the user's
    // language too.
    constexpr const char* kContext = "godwit::rehearsal::RehearsalSnapshot";

    // The expand-contract phases by their stable names; titles are for people, in their language.
    PhaseState state(const QString& name, bool early = false)
    {
        static const QHash<QString, const char*> titles {
            { QStringLiteral("baseline"), QT_TRANSLATE_NOOP("godwit::rehearsal::RehearsalSnapshot", "Baseline") },
            { QStringLiteral("expand"), QT_TRANSLATE_NOOP("godwit::rehearsal::RehearsalSnapshot", "Expand") },
            { QStringLiteral("dual-write"), QT_TRANSLATE_NOOP("godwit::rehearsal::RehearsalSnapshot", "Dual-write") },
            { QStringLiteral("backfill"), QT_TRANSLATE_NOOP("godwit::rehearsal::RehearsalSnapshot", "Backfill") },
            { QStringLiteral("read-switch"), QT_TRANSLATE_NOOP("godwit::rehearsal::RehearsalSnapshot", "Read switch") },
            { QStringLiteral("contract"), QT_TRANSLATE_NOOP("godwit::rehearsal::RehearsalSnapshot", "Contract") }
        };
        const QString title = QCoreApplication::translate(kContext, titles.value(name, ""));
        return { name,
            early ? QCoreApplication::translate(
                "godwit::rehearsal::RehearsalSnapshot", "%1 (early)", "a phase run before its time")
                        .arg(title)
                  : title,
            early, PhaseStatus::Pending };
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
    return notes.isEmpty()
        ? state
        : QCoreApplication::translate("godwit::rehearsal::RehearsalSnapshot", "%1: %2", "state: notes")
              .arg(state, notes.join(QStringLiteral("; ")));
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
