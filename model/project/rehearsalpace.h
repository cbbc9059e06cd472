// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "project.h"

namespace godwit::plan {
struct MigrationPlan;
}
namespace godwit::rehearsal {
struct RehearsalOptions;
}

namespace godwit::project {

// A project's rehearsal settings as the rehearsal's options. The pace is what a teacher or a
// reviewer chooses: Classroom makes the backfill last about a minute, whatever the table's size,
// so the progress bar and its ETA can be watched and the staged mistakes discussed as they happen.
class RehearsalPace final {
public:
    static constexpr int ClassroomMs = 60'000; // the backfill's length at the Classroom pace
    static constexpr int ClassroomBatches = 200; // enough for a smooth progress bar and ETA

    // The rows the plan's backfills walk, counted in the database (opened read-only).
    [[nodiscard]] static Result<qint64> backfillRows(const QString& databasePath, const plan::MigrationPlan& plan);
    // Copies `settings` into `options`; `rows` (backfillRows()) sizes the Classroom pace.
    static void apply(const RehearsalSettings& settings, qint64 rows, rehearsal::RehearsalOptions& options);
};

} // namespace godwit::project
