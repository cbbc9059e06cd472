// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <memory>

class QTemporaryDir;

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

// Rewords an error SQLite gave while opening or first reading `path`: a hot journal, an
// unfinished copy of an interrupted Godwit run, a WAL database in a read-only folder.
[[nodiscard]] Error describeOpenFailure(Error error, const QString& path);

// How to read an original without creating or changing a file beside it.
struct OriginalSource {
    QString path; // the file to open: the original, or its snapshot
    bool immutable = false; // open with immutable=1
    std::shared_ptr<QTemporaryDir> snapshot; // owns the snapshot's folder, if there is one
};

// A rollback-journal original is opened as it is (mode=ro reads create nothing). A WAL original
// would get a -wal and -shm beside it (or a changed -shm) from any reader, so:
// - without a -wal (no writer has it open; a writer's connection keeps one), it is opened with
//   immutable=1, which takes no locks and needs no -shm. The one risk, a writer starting while
//   we read, is the same torn read any copy would see, and quick_check runs after opening.
// - with a -wal (a live writer, or one that crashed), the database and its -wal are copied into a
//   temporary folder and the copy is read: SQLite rebuilds the WAL index there. The copy is
//   retried while the files change under it, and refused ("locked") if they never hold still.
[[nodiscard]] Result<OriginalSource> prepareOriginal(const QString& path, const DatabaseHeader& header);

} // namespace godwit::sqlite
