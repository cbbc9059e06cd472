// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "column.h"
#include "core/result.h"
#include "foreignkey.h"
#include "index.h"
#include "sqlite/statement.h"

#include <QList>

namespace godwit::sqlite {
class Database;
}

namespace godwit::schema {

// The per-table pragmas (table_xinfo, index_list, index_xinfo, foreign_key_list), prepared once
// and re-bound for every table: a 1,000-table schema must introspect in a fraction of
// `sqldiff --schema`'s time.
class Introspector final {
public:
    explicit Introspector(const sqlite::Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<void> prepare();
    // Columns from table_xinfo; for a view only the names matter.
    [[nodiscard]] Result<QList<Column>> columns(const QString& table, bool strict);
    // In declaration order, each with its columns and actions.
    [[nodiscard]] Result<QList<ForeignKey>> foreignKeys(const QString& table);
    // `partial` gets index_list's flag for each index, in the same order.
    [[nodiscard]] Result<QList<Index>> indexes(const QString& table, QList<bool>& partial);

private:
    const sqlite::Database& m_db;
    sqlite::Statement m_xinfo;
    sqlite::Statement m_indexList;
    sqlite::Statement m_indexXinfo;
    sqlite::Statement m_fkList;
};

} // namespace godwit::schema
