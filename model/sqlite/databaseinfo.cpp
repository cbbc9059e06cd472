// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseinfo.h"

#include "database.h"

#include <functional>
#include <sqlite3.h>

#include <QFileInfo>

namespace godwit::sqlite {

QString libraryVersion() { return QString::fromLatin1(sqlite3_libversion()); }

Result<DatabaseInfo> DatabaseInfo::read(const Database& db)
{
    DatabaseInfo info;
    info.path = db.path();
    info.fileSize = QFileInfo(db.path()).size();
    info.sqliteVersion = libraryVersion();
    struct Pragma {
        const char* sql;
        std::function<void(const QVariant&)> store;
    };
    const Pragma pragmas[] = {
        { "PRAGMA page_size", [&](const QVariant& v) { info.pageSize = v.toLongLong(); } },
        { "PRAGMA page_count", [&](const QVariant& v) { info.pageCount = v.toLongLong(); } },
        { "PRAGMA freelist_count", [&](const QVariant& v) { info.freelistCount = v.toLongLong(); } },
        { "PRAGMA journal_mode", [&](const QVariant& v) { info.journalMode = v.toString(); } },
        { "PRAGMA encoding", [&](const QVariant& v) { info.encoding = v.toString(); } },
        { "PRAGMA user_version", [&](const QVariant& v) { info.userVersion = v.toLongLong(); } },
        { "PRAGMA schema_version", [&](const QVariant& v) { info.schemaVersion = v.toLongLong(); } },
    };
    for (const Pragma& p : pragmas) {
        auto value = db.scalar(QString::fromLatin1(p.sql));
        if (!value)
            return std::unexpected(value.error().inFile(db.path()));
        p.store(*value);
    }
    return info;
}

} // namespace godwit::sqlite
