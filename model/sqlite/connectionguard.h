// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3;

namespace godwit::sqlite {

// The limits every connection gets as it opens (Database::open), because scripts, migrations,
// queries and answers' expressions all reach SQLite as text a user wrote: no ATTACH, DETACH or
// VACUUM INTO (no other file is reachable), no load_extension(), no fts3_tokenizer() pointers,
// SQLITE_DBCONFIG_DEFENSIVE and trusted_schema=OFF, and the pragmas that would undo them denied.
// The guard is the one choke point; no caller can forget it.
class ConnectionGuard final {
public:
    static void apply(sqlite3* db);

    // Why the guard refused the last statement on this thread, e.g. "ATTACH is not allowed
    // (…)"; empty when it refused nothing since the last call. SQLite says only "not authorized".
    [[nodiscard]] static QString takeRefusal();
};

} // namespace godwit::sqlite
