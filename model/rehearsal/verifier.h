// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copycheck.h"
#include "core/result.h"
#include "rehearsalplan.h"
#include "rehearsalresult.h"

#include <limits>

#include <QList>

namespace godwit::sqlite {
class Database;
}

namespace godwit::rehearsal {

// The rows of a table when the rehearsal started: how many, and the largest rowid, so rows the
// application adds later (larger rowids) do not hide a lost one.
struct TableSnapshot {
    QString table;
    qint64 rows = 0;
    qint64 maxRowid = 0;
    bool withoutRowid = false;
    bool operator==(const TableSnapshot&) const = default;
};

// The checks of a rehearsal: drift between old and new columns (exact and sampled), and the
// verification the contract waits for.
class Verifier final {
public:
    // Keys the backfill has not reached yet: a NULL new column there is pending work, not drift.
    struct Pending {
        qint64 after = std::numeric_limits<qint64>::max(); // keys > after ...
        qint64 upTo = std::numeric_limits<qint64>::max(); // ... and <= upTo
        bool operator==(const Pending&) const = default;
    };

    // Rows where the new column disagrees with `up` over the old row; nothing when a column is gone.
    [[nodiscard]] static Result<std::optional<qint64>> driftRows(const sqlite::Database& db,
        const ColumnMapping& mapping,
        const Pending& pending = { std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min() });
    // An estimate from `samples` random keys, scaled to the key range: cheap enough to run
    // every half second while the backfill holds the table busy.
    [[nodiscard]] static Result<std::optional<qint64>> sampledDriftRows(
        const sqlite::Database& db, const ColumnMapping& mapping, const Pending& pending, int samples = 500);
    // Rows where the copy disagrees with its original, copies whose original is gone, and (when
    // the check says every row has a copy) originals without one outside the pending keys;
    // nothing when either table is gone (after the swap or the drop).
    [[nodiscard]] static Result<std::optional<qint64>> copyDriftRows(const sqlite::Database& db, const CopyCheck& check,
        const Pending& pending = { std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max() });
    // Rows holding a value only in the old column (the new one is NULL): what a contract now would lose.
    [[nodiscard]] static Result<std::optional<qint64>> rowsOnlyInOldColumn(
        const sqlite::Database& db, const ColumnMapping& mapping);

    // Remembers, in a TEMP table of this connection, the keys of the rows rowsOnlyInOldColumn()
    // counts, so lostRows() can tell after a contract which of them kept no value at all.
    [[nodiscard]] static Result<qint64> rememberRowsAtRisk(const sqlite::Database& db, const ColumnMapping& mapping);
    // Of the remembered rows still present: those whose old value is gone (column dropped or NULL)
    // and whose new column has no value either (NULL or gone). Needs the same connection.
    [[nodiscard]] static Result<qint64> lostRows(const sqlite::Database& db, const ColumnMapping& mapping);

    // The rows behind a drift or NULL-read incident ("table", key, old_value, new_value): where the
    // new column disagrees with `up` outside `pending`, or is NULL while the old one holds a value
    // (what a new client reads as missing). Runnable as they are on the copy, bounds written out.
    [[nodiscard]] static QString driftRowsSql(const ColumnMapping& mapping,
        const Pending& pending = { std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max() });
    [[nodiscard]] static QString nullRowsSql(const ColumnMapping& mapping);
    // The first `limit` rows of one of those queries by key; nothing when a column is gone.
    [[nodiscard]] static Result<QList<IncidentRow>> sampleRows(
        const sqlite::Database& db, const ColumnMapping& mapping, const QString& sql, qsizetype limit);

    [[nodiscard]] static Result<QList<TableSnapshot>> snapshot(const sqlite::Database& db);
    // Drift = 0, the plan's contract preconditions (no NULL where the new shape needs a value),
    // foreign_key_check and integrity_check clean, every original row still present.
    [[nodiscard]] static Result<Verification> verify(
        const sqlite::Database& db, const RehearsalPlan& plan, const QList<TableSnapshot>& before);
};

} // namespace godwit::rehearsal
