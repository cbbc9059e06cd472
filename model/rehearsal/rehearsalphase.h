// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

namespace godwit::rehearsal {

// The phases a rehearsal runs: a baseline of the workload, then the five expand-contract phases.
enum class RehearsalPhase { Baseline, Expand, DualWrite, Backfill, ReadSwitch, Contract };

// The name the record's JSON and the incidents use: "baseline", "expand", "dual-write",
// "backfill", "read-switch", "contract".
[[nodiscard]] QString rehearsalPhaseName(RehearsalPhase phase);
[[nodiscard]] std::optional<RehearsalPhase> rehearsalPhaseFromName(QStringView name);
// For people: "Baseline", "Expand", "Dual-write", "Backfill", "Read switch", "Contract".
[[nodiscard]] QString rehearsalPhaseTitle(RehearsalPhase phase);

} // namespace godwit::rehearsal
