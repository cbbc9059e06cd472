// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/changeset.h"

namespace godwit::plan {

// A question about the data a change needs answered before it runs: NULLs in a column that
// becomes NOT NULL, duplicates before a UNIQUE, orphans before a foreign key, rows failing a
// new CHECK, values a new type would store as they are, and values it converts into a number or a
// text that no longer reads as they did ('01007' becomes 1007). The SQL runs on the before-schema
// (a working copy of the user's data).
struct DataCheck {
    enum class Kind { Nulls, MissingValues, Duplicates, Orphans, CheckFails, TypeMismatch, LossyConversion };

    Kind kind = Kind::Nulls;
    QString changeId;
    QString table; // before-name
    QString description; // "NULLs in orders.note, which becomes NOT NULL"
    QString countSql; // returns the number of offending rows
    // Returns the offending rows themselves (every column, no LIMIT): what lint samples, what the
    // plan shows under a failing check, and what "Show the rows" opens, editable, in a grid.
    QString rowsSql;

    bool operator==(const DataCheck&) const = default;

    // Every check the changes of `set` need, in change order.
    [[nodiscard]] static QList<DataCheck> forChangeSet(const diff::ChangeSet& set);
    [[nodiscard]] static QList<DataCheck> forChange(const diff::ChangeSet& set, const diff::Change& change);
    [[nodiscard]] static QString kindName(Kind kind); // "nulls", "missing-values", "duplicates", ...
};

} // namespace godwit::plan
