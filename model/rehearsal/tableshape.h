// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rehearsalplan.h"

#include <QList>
#include <QString>

namespace godwit::rehearsal {

// A column as each client version names it: `oldName` empty, only new clients have it (added,
// merged in); `newName` empty, only old clients (dropped, split away).
struct ColumnShape {
    QString oldName;
    QString newName;
    bool changed = false; // renamed, retyped, constrained, or moved: what the migration is about
    bool unique = false; // alone under a UNIQUE constraint or the primary key
    bool integer = false; // INTEGER or REAL affinity: varied by max + 1, not by a suffix
    QString parentTable; // a single-column foreign key: the parent table and column
    QString parentColumn;

    bool operator==(const ColumnShape&) const = default;
};

// A table the plan touches (or a foreign-key neighbour of one), as the old and the new client
// see it. A table only old clients use (dropped, merged away) has no `newName`; one only new
// clients use (split out) has no `oldName`.
struct TableShape {
    QString oldName;
    QString newName;
    QString key; // INTEGER PRIMARY KEY alias or "rowid" in the old shape; empty: WITHOUT ROWID
    QString keyTable; // whose keys :key draws from (a split table draws its parent's)
    QString linkColumn; // a split table: the column holding keyTable's key
    // gh-ost's shadow table: the new definition takes the name only at the swap, so both versions
    // use the old shape until `swapMarker` (the shadow) is gone, and the new one after.
    QString swapMarker;
    bool neighbour = false; // not touched itself: a foreign key links it to a touched table
    QList<ColumnShape> columns;
    QList<QStringList> compositeUniques; // old names, two or more columns
    QList<QStringList> indexLeads; // leading column of each index, old name first, new name second
    // Where a moved column's old value lives, for telling a NULL read from a NULL value:
    // SQL over the old shape that returns a row when the old value at :key is not NULL.
    QString nullColumnNew;
    QString nullProbe;

    [[nodiscard]] bool hasOld() const { return !oldName.isEmpty(); }
    [[nodiscard]] bool hasNew() const { return !newName.isEmpty(); }
    [[nodiscard]] const ColumnShape* column(QStringView oldName) const;

    // The tables `plan` touches, with their foreign-key neighbours, as each version names them.
    [[nodiscard]] static QList<TableShape> derive(const schema::Schema& before, const RehearsalPlan& plan);

    bool operator==(const TableShape&) const = default;
};

} // namespace godwit::rehearsal
