// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalphase.h"

#include <QCoreApplication>

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

// Titles are for people, in their language (the command line too); names stay stable for JSON.
QString rehearsalPhaseTitle(RehearsalPhase phase)
{
    switch (phase) {
    case RehearsalPhase::Baseline:
        return QCoreApplication::translate("godwit::rehearsal::RehearsalSnapshot", "Baseline");
    case RehearsalPhase::Expand:
        return QCoreApplication::translate("godwit::rehearsal::RehearsalSnapshot", "Expand");
    case RehearsalPhase::DualWrite:
        return QCoreApplication::translate("godwit::rehearsal::RehearsalSnapshot", "Dual-write");
    case RehearsalPhase::Backfill:
        return QCoreApplication::translate("godwit::rehearsal::RehearsalSnapshot", "Backfill");
    case RehearsalPhase::ReadSwitch:
        return QCoreApplication::translate("godwit::rehearsal::RehearsalSnapshot", "Read switch");
    case RehearsalPhase::Contract:
        return QCoreApplication::translate("godwit::rehearsal::RehearsalSnapshot", "Contract");
    }
    return {};
}

} // namespace godwit::rehearsal
