// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalphase.h"

namespace godwit::rehearsal {

namespace {

    constexpr RehearsalPhase kPhases[] = { RehearsalPhase::Baseline, RehearsalPhase::Expand, RehearsalPhase::DualWrite,
        RehearsalPhase::Backfill, RehearsalPhase::ReadSwitch, RehearsalPhase::Contract };

} // namespace

QString rehearsalPhaseName(RehearsalPhase phase)
{
    switch (phase) {
    case RehearsalPhase::Baseline:
        return QStringLiteral("baseline");
    case RehearsalPhase::Expand:
        return QStringLiteral("expand");
    case RehearsalPhase::DualWrite:
        return QStringLiteral("dual-write");
    case RehearsalPhase::Backfill:
        return QStringLiteral("backfill");
    case RehearsalPhase::ReadSwitch:
        return QStringLiteral("read-switch");
    case RehearsalPhase::Contract:
        return QStringLiteral("contract");
    }
    return {};
}

std::optional<RehearsalPhase> rehearsalPhaseFromName(QStringView name)
{
    for (RehearsalPhase phase : kPhases) {
        if (rehearsalPhaseName(phase) == name)
            return phase;
    }
    return std::nullopt;
}

QString rehearsalPhaseTitle(RehearsalPhase phase)
{
    switch (phase) {
    case RehearsalPhase::Baseline:
        return QStringLiteral("Baseline");
    case RehearsalPhase::Expand:
        return QStringLiteral("Expand");
    case RehearsalPhase::DualWrite:
        return QStringLiteral("Dual-write");
    case RehearsalPhase::Backfill:
        return QStringLiteral("Backfill");
    case RehearsalPhase::ReadSwitch:
        return QStringLiteral("Read switch");
    case RehearsalPhase::Contract:
        return QStringLiteral("Contract");
    }
    return {};
}

} // namespace godwit::rehearsal
