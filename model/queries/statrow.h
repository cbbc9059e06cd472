// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::queries {

// One row of sqlite_stat1: what ANALYZE measured, and all the planner knows about sizes.
struct StatRow {
    QString table;
    QString index; // empty: the table's row count alone
    QString stat; // "rows avg-rows-per-key-prefix…", e.g. "5000 9 1"

    bool operator==(const StatRow&) const = default;
};

} // namespace godwit::queries
