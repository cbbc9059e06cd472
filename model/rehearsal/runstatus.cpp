// SPDX-License-Identifier: GPL-3.0-or-later
#include "runstatus.h"

namespace godwit::rehearsal {

QString RunStatus::name() const
{
    switch (state) {
    case RunState::Starting:
        return {};
    case RunState::Hashing:
        return QStringLiteral("hashing");
    case RunState::Copying:
        return QStringLiteral("copying");
    case RunState::InPhase:
        return rehearsalPhaseName(phase);
    case RunState::RunningStep:
        return QStringLiteral("%1: %2").arg(rehearsalPhaseName(phase), detail);
    case RunState::Migrating:
        return QStringLiteral("migrating");
    case RunState::Throttled:
        return QStringLiteral("throttled: ") + detail;
    case RunState::WaitingForLock:
        return QStringLiteral("waiting for lock");
    case RunState::Paused:
        return QStringLiteral("paused");
    case RunState::ReadSwitch:
        return QStringLiteral("read switch: %1% new clients").arg(percent);
    case RunState::Contracting:
        return QStringLiteral("contracting");
    case RunState::Verifying:
        return QStringLiteral("verifying");
    case RunState::Cancelled:
        return QStringLiteral("cancelled");
    case RunState::Failed:
        return QStringLiteral("failed");
    case RunState::DoneOk:
        return QStringLiteral("done: ok");
    case RunState::DoneFailed:
        return QStringLiteral("done: failed");
    }
    return {};
}

} // namespace godwit::rehearsal
