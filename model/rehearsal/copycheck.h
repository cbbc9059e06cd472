// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace godwit::plan {
struct BackfillSpec;
}

namespace godwit::rehearsal {

// Data the plan keeps in two tables while both shapes live: gh-ost's shadow table (original and
// shadow by rowid), a split (the table and the new table by key), a merge (the merged table and
// the table it absorbs). Drift is a row whose copy disagrees, a copy whose original is gone, or
// (when `everyRow`) an original without its copy outside the keys the backfill has not reached.
struct CopyCheck {
    QString oldTable; // where the old clients' data lives
    QString oldKey; // the key the backfill walks there ("rowid" or an INTEGER PRIMARY KEY alias)
    QString newTable;
    QString newKey; // the column of newTable holding oldKey's value
    // Column of newTable, and the expression over the old row (unqualified names) it must equal.
    QList<QPair<QString, QString>> pairs;
    bool everyRow = true; // every old row has its copy (false for a merge: rows without a source stay NULL)
    QString backfillTable; // the table the backfill's keys belong to (its pending range applies)

    // "Customer -> Customer_godwit_new"
    [[nodiscard]] QString title() const { return oldTable + QStringLiteral(" -> ") + newTable; }

    // The check a backfill step describes: `INSERT INTO new (key, cols) SELECT key, exprs FROM old …`
    // (shadow table, split) or `UPDATE t SET c = (SELECT c FROM src WHERE src.fk = t.pk), …` (merge);
    // nothing for other backfills (a column swap's UPDATE is a ColumnMapping).
    [[nodiscard]] static QList<CopyCheck> fromBackfill(const plan::BackfillSpec& spec);

    bool operator==(const CopyCheck&) const = default;
};

} // namespace godwit::rehearsal
