// SPDX-License-Identifier: GPL-3.0-or-later
#include "readswitchphase.h"

#include "fault.h"
#include "verifier.h"

#include <QCoreApplication>

namespace godwit::rehearsal {

ReadSwitchPhase::ReadSwitchPhase(PhaseContext context, std::function<void(double)> setRollout)
    : m_context(std::move(context))
    , m_setRollout(std::move(setRollout))
{
}

void ReadSwitchPhase::run(PhaseRecord& r)
{
    const PhaseContext& c = m_context;
    if (r.early) {
        qint64 pending = 0;
        for (const ColumnMapping& m : c.plan->mappings) {
            if (auto n = Verifier::rowsOnlyInOldColumn(*c.db, m); n && *n)
                pending += **n;
        }
        c.raise({ .kind = faultName(Fault::EarlyReadSwitch),
            .phase = r.name(),
            .severity = Severity::Warning,
            .message = QCoreApplication::translate("godwit::rehearsal::Incident",
                "Reads move to the new column before the backfill: %1 rows still have it NULL.")
                           .arg(pending),
            .count = pending,
            .unit = QStringLiteral("rows") });
    }
    c.runSteps(plan::Phase::ReadSwitch, r);
    if (r.status != PhaseStatus::Running)
        return;
    // A canary rollout: a few new clients first, then more, each step watched for a while.
    for (double percent : { 5.0, 25.0, 50.0, 100.0 }) {
        if (c.cancelled())
            return;
        m_setRollout(percent);
        c.setState(RunStatus::readSwitch(percent));
        c.observe(std::max(1, c.observeMs / 2), r);
    }
}

} // namespace godwit::rehearsal
