// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rehearsalplan.h"
#include "verifier.h"

#include <map>
#include <optional>

namespace godwit::rehearsal {

// Drift over every place the plan keeps data twice: a column swap's old and new column, a
// shadow table, a split or a merge's two tables. Keys the backfill has not reached are pending
// work, not drift. "Not measured" always comes with its reason.
class DriftMonitor final {
public:
    explicit DriftMonitor(const RehearsalPlan& plan);

    // Columns and tables checked: 0 when the plan keeps no second copy of anything.
    [[nodiscard]] qsizetype checks() const { return m_plan->mappings.size() + m_plan->copies.size(); }
    // The backfill of `table` has reached `pending.after`; nothing pending once it is done.
    void setPending(const QString& table, const Verifier::Pending& pending);
    void backfillDone();
    // The drift now, exact or estimated; nothing when no check had both sides.
    [[nodiscard]] std::optional<qint64> measure(const sqlite::Database& db, bool exact);
    [[nodiscard]] std::optional<qint64> lastExact() const { return m_lastExact; }
    [[nodiscard]] QString notMeasuredReason() const;

    // The first rows behind drift and behind NULL reads now, over every mapped column, with the
    // queries that list all of them (Verifier::driftRowsSql, nullRowsSql).
    struct Samples {
        QList<IncidentRow> drift;
        QList<IncidentRow> nulls;
        QString driftSql;
        QString nullSql;
    };
    [[nodiscard]] Samples sample(const sqlite::Database& db, qsizetype limit) const;

private:
    [[nodiscard]] Verifier::Pending pendingFor(const QString& table) const;

    const RehearsalPlan* m_plan;
    std::map<QString, Verifier::Pending> m_pending; // by lower-cased table
    std::optional<qint64> m_lastExact;
};

} // namespace godwit::rehearsal
