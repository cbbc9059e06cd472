// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalpace.h"

#include "plan/migrationplan.h"
#include "rehearsal/rehearsaloptions.h"
#include "schema/identifier.h"
#include "sqlite/database.h"

#include <limits>

#include <QSet>

namespace godwit::project {

Result<qint64> RehearsalPace::backfillRows(const QString& databasePath, const plan::MigrationPlan& plan)
{
    QSet<QString> tables;
    for (const plan::PlanStep& step : plan.steps) {
        if (step.backfill)
            tables.insert(step.backfill->table);
    }
    if (tables.isEmpty())
        return 0;
    auto db = sqlite::Database::openOriginal(databasePath);
    if (!db)
        return std::unexpected(db.error());
    qint64 rows = 0;
    for (const QString& table : tables) {
        auto n = db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(schema::quoteIdentifier(table)));
        if (!n)
            return std::unexpected(n.error().inFile(databasePath));
        rows += n->toLongLong();
    }
    return rows;
}

void RehearsalPace::apply(const RehearsalSettings& settings, qint64 rows, rehearsal::RehearsalOptions& options)
{
    options.rate = settings.rate;
    options.latencyBudgetMs = settings.budgetMs;
    options.faults = settings.faults;
    options.pacing.delayMs = settings.delayMs;
    if (settings.batchSize > 0) {
        options.pacing.batchSize = settings.batchSize;
        options.planBatchSize = false;
    }
    switch (settings.pace) {
    case Pace::Realistic:
        break;
    case Pace::Fastest:
        // No pauses, and no throttling on the workload's latency: the backfill as fast as SQLite goes.
        options.pacing.delayMs = 0;
        options.latencyBudgetMs = std::numeric_limits<double>::max();
        break;
    case Pace::Classroom: {
        // A fixed number of batches with a pause between them; the batches stay small enough
        // that the pause, not the work, sets the pace.
        if (settings.batchSize <= 0) {
            options.pacing.batchSize = std::max<qint64>(1, (rows + ClassroomBatches - 1) / ClassroomBatches);
            options.planBatchSize = false;
        }
        options.pacing.minBatchSize = std::min(options.pacing.minBatchSize, options.pacing.batchSize);
        const qint64 batches = std::max<qint64>(1, (rows + options.pacing.batchSize - 1) / options.pacing.batchSize);
        options.pacing.delayMs = std::max(settings.delayMs, int(std::min<qint64>(ClassroomMs / batches, ClassroomMs)));
        options.pacing.targetBatchMs = 0;
        break;
    }
    }
}

} // namespace godwit::project
