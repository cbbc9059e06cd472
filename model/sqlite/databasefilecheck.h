// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace godwit::sqlite {

// Facts read from the 100-byte SQLite header without opening a connection.
struct DatabaseHeader {
    int pageSize = 0;
    qint64 pageCount = 0; // 0 when the in-header size is not valid (old writers)
    qint64 fileSize = 0;
    bool isWal = false; // file format version numbers 2 = WAL
};

// Checks the file a user gave us before SQLite sees it, so each failure gets a message
// that says what is wrong: missing, a directory, unreadable, empty, not SQLite (or
// encrypted), or shorter than its header says (truncated).
[[nodiscard]] Result<DatabaseHeader> checkDatabaseFile(const QString& path);

// Rewords an error SQLite gave while opening or first reading `path`.
[[nodiscard]] Error describeOpenFailure(Error error, const QString& path);

} // namespace godwit::sqlite
