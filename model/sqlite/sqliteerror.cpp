// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteerror.h"

#include "core/textposition.h"

#include <sqlite3.h>

namespace godwit::sqlite {

Error::Code codeFromSqlite(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_OK: return Error::Code::Ok;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Error::Code::Locked;
    case SQLITE_NOTADB: return Error::Code::NotADatabase;
    case SQLITE_CORRUPT: return Error::Code::Corrupt;
    case SQLITE_CANTOPEN: return Error::Code::Io;
    case SQLITE_PERM:
    case SQLITE_AUTH: return Error::Code::PermissionDenied;
    case SQLITE_READONLY: return Error::Code::ReadOnly;
    case SQLITE_INTERRUPT: return Error::Code::Interrupted;
    case SQLITE_IOERR:
    case SQLITE_FULL: return Error::Code::Io;
    default: return Error::Code::Sql;
    }
}

Error errorFromSqlite(sqlite3* db, int rc, const QString& sql)
{
    Error e;
    e.code = codeFromSqlite(rc);
    e.sqliteCode = rc & 0xff;
    e.extendedCode = db ? sqlite3_extended_errcode(db) : rc;
    const char* msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    e.message = QString::fromUtf8(msg ? msg : sqlite3_errstr(rc));
    e.sql = sql;
    const int offset = db ? sqlite3_error_offset(db) : -1;
    if (offset >= 0 && !sql.isEmpty()) {
        const auto pos = TextPosition::fromUtf8Offset(sql.toUtf8(), offset);
        e.line = pos.line;
        e.column = pos.column;
    }
    return e;
}

} // namespace godwit::sqlite
