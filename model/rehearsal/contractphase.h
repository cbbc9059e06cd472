// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phasecontext.h"
#include "verifier.h"

namespace godwit::rehearsal {

// The Contract phase: the verification it waits for (drift, NULLs, foreign keys, integrity,
// every original row), then its steps. Run early (a fault), it counts the rows that held their
// value only in the old shape and, after the steps, those left with no value at all.
class ContractPhase final {
public:
    struct Options {
        QList<TableSnapshot> tables; // the copy's tables when the rehearsal started
        bool overrideVerification = false;
        // Runs the contract's steps with no application operation in flight (a shadow table's
        // swap moves every client to the new shape at once).
        std::function<void(const std::function<bool()>&)> exclusively;
    };

    ContractPhase(PhaseContext context, Options options);
    // True when the contract ran: the old shape is gone.
    bool run(PhaseRecord& record);

private:
    bool runEarly(PhaseRecord& record);
    void runSteps(PhaseRecord& record);

    PhaseContext m_context;
    Options m_options;
};

} // namespace godwit::rehearsal
