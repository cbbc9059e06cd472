// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "schemareader.h"

#include <QList>

namespace godwit::schema {

// Fills Table::rowCount as ReadOptions asks: exactly with count(*), or cheaply from
// sqlite_stat1 / max(rowid) for big tables, counting exactly whatever estimates small.
class RowCounter final {
public:
    [[nodiscard]] static Result<void> count(
        const sqlite::Database& db, QList<Table>& tables, const ReadOptions& options);
};

} // namespace godwit::schema
