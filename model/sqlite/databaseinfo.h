// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace godwit::sqlite {

class Database;

// Facts about a database file for the status bar and `inspect`.
struct DatabaseInfo {
    QString path;
    qint64 fileSize = 0; // bytes
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    qint64 freelistCount = 0;
    QString journalMode; // "delete", "wal", ...
    QString encoding; // "UTF-8", ...
    qint64 userVersion = 0;
    qint64 schemaVersion = 0;
    QString sqliteVersion; // of the library reading it

    [[nodiscard]] static Result<DatabaseInfo> read(const Database& db);

    bool operator==(const DatabaseInfo&) const = default;
};

// The version of the SQLite library Godwit is linked with, e.g. "3.46.1" (sqlite3_libversion),
// without opening a database.
[[nodiscard]] QString libraryVersion();

} // namespace godwit::sqlite
