// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::rehearsal {

// The mistakes a rehearsal can stage on purpose, so a team sees what each skipped or early
// step of expand-contract does to a running application before it happens in production.
enum class Fault {
    CrashMidBackfill, // the process dies between two backfill batches' commits, then resumes
    SkipDualWrite, // the dual-write triggers are never installed: old and new columns drift
    EarlyReadSwitch, // reads move to the new column before the backfill: new clients read NULLs
    EarlyContract, // the contract runs before the backfill: values only the old column holds are lost
    LongTransaction, // another connection holds the write lock and blocks the backfill
};

[[nodiscard]] QString faultName(Fault fault); // "crash-mid-backfill", ...
[[nodiscard]] std::optional<Fault> faultFromName(QStringView name);
[[nodiscard]] QList<Fault> allFaults();
[[nodiscard]] QStringList faultNames();

} // namespace godwit::rehearsal
