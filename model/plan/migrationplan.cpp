// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationplan.h"

#include <algorithm>

namespace godwit::plan {

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Expand:
        return QStringLiteral("expand");
    case Phase::DualWrite:
        return QStringLiteral("dual-write");
    case Phase::Backfill:
        return QStringLiteral("backfill");
    case Phase::ReadSwitch:
        return QStringLiteral("read-switch");
    case Phase::Contract:
        return QStringLiteral("contract");
    }
    return {};
}

QString phaseTitle(Phase phase)
{
    switch (phase) {
    case Phase::Expand:
        return QStringLiteral("Expand");
    case Phase::DualWrite:
        return QStringLiteral("Dual-write");
    case Phase::Backfill:
        return QStringLiteral("Backfill");
    case Phase::ReadSwitch:
        return QStringLiteral("Read switch");
    case Phase::Contract:
        return QStringLiteral("Contract");
    }
    return {};
}

QList<Phase> allPhases()
{
    return { Phase::Expand, Phase::DualWrite, Phase::Backfill, Phase::ReadSwitch, Phase::Contract };
}

QList<const PlanStep*> MigrationPlan::stepsIn(Phase phase) const
{
    QList<const PlanStep*> out;
    for (const PlanStep& s : steps) {
        if (s.phase == phase)
            out << &s;
    }
    return out;
}

const PlanStep* MigrationPlan::step(QStringView id) const
{
    auto it = std::ranges::find_if(steps, [&](const PlanStep& s) { return s.id == id; });
    return it == steps.end() ? nullptr : &*it;
}

const DecisionWalk* MigrationPlan::walk(QStringView id) const
{
    auto it = std::ranges::find_if(walks, [&](const DecisionWalk& w) { return w.id == id; });
    return it == walks.end() ? nullptr : &*it;
}

QList<const DataCheckOutcome*> MigrationPlan::stoppingChecks() const
{
    QList<const DataCheckOutcome*> out;
    for (const DataCheckOutcome& d : dataChecks) {
        if (d.stops)
            out << &d;
    }
    return out;
}

} // namespace godwit::plan
