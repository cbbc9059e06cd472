// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phasecontext.h"

namespace godwit::rehearsal {

// The Read switch phase: its steps, then a canary rollout of the new clients (5%, 25%, 50%,
// 100%), each step watched for a while. Run early (a fault), it first counts the rows the new
// clients will find without a value.
class ReadSwitchPhase final {
public:
    ReadSwitchPhase(PhaseContext context, std::function<void(double percent)> setRollout);
    void run(PhaseRecord& record);

private:
    PhaseContext m_context;
    std::function<void(double)> m_setRollout;
};

} // namespace godwit::rehearsal
