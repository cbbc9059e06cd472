// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

struct sqlite3;

namespace godwit::sqlite {

// Error for result code `rc` on `db`, with SQLite's message and, when SQLite knows it,
// the line and column inside `sql` (from sqlite3_error_offset).
[[nodiscard]] Error errorFromSqlite(sqlite3* db, int rc, const QString& sql = {});

// Maps a primary result code to our error code.
[[nodiscard]] Error::Code codeFromSqlite(int rc);

} // namespace godwit::sqlite
