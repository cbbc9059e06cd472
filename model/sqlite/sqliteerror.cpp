// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteerror.h"

#include "connectionguard.h"
#include "core/messagetext.h"
#include "core/textposition.h"

#include <sqlite3.h>

#include <QRegularExpression>

namespace godwit::sqlite {

namespace {

    // SQLite 3.40 gives no offset for "no such table: x" and friends; the first whole-word
    // occurrence of the name in the statement is where a reader would look.
    int offsetOfNamedObject(const QString& message, const QString& sql)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^no such (?:table|column|function|index|view|collation sequence): (?:main\\.)?(.+)$"));
        const auto match = pattern.match(message);
        if (!match.hasMatch() || sql.isEmpty())
            return -1;
        QString name = match.captured(1);
        if (const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
            dot >= 0 && message.contains(QLatin1String("column")))
            name = name.mid(dot + 1);
        const QRegularExpression word(
            QStringLiteral("(?<![\\w$])[\"`\\[]?%1(?![\\w$])").arg(QRegularExpression::escape(name)),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const auto found = word.match(sql);
        if (!found.hasMatch())
            return -1;
        return static_cast<int>(sql.left(found.capturedStart()).toUtf8().size());
    }

    // SQLite quotes the offending token whole, and an unterminated string or quoted name runs to
    // the end of the script: keep the token short and on one line.
    QString shortenQuotedToken(const QString& message)
    {
        static const QRegularExpression token(QStringLiteral("^(near |unrecognized token: )\"(.*)\"(: syntax error)?$"),
            QRegularExpression::DotMatchesEverythingOption);
        const auto match = token.match(message);
        if (!match.hasMatch())
            return message;
        return match.captured(1) + QLatin1Char('"') + excerpt(match.capturedView(2)) + QLatin1Char('"')
            + match.captured(3);
    }

} // namespace

Error::Code codeFromSqlite(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_OK:
        return Error::Code::Ok;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Code::Locked;
    case SQLITE_NOTADB:
        return Error::Code::NotADatabase;
    case SQLITE_CORRUPT:
        return Error::Code::Corrupt;
    case SQLITE_CANTOPEN:
        return Error::Code::Io;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error::Code::PermissionDenied;
    case SQLITE_READONLY:
        return Error::Code::ReadOnly;
    case SQLITE_INTERRUPT:
        return Error::Code::Interrupted;
    case SQLITE_IOERR:
    case SQLITE_FULL:
        return Error::Code::Io;
    default:
        return Error::Code::Sql;
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
    // SQLite says only "not authorized" / "authorization denied"; the guard knows which rule.
    if (e.message.startsWith(QLatin1String("not authorized"))
        || e.message.startsWith(QLatin1String("authorization denied"))) {
        if (const QString why = ConnectionGuard::takeRefusal(); !why.isEmpty()) {
            e.message = QStringLiteral("not authorized: ") + why;
            e.code = Error::Code::PermissionDenied;
        }
    }
    e.sql = sql;
    int offset = db ? sqlite3_error_offset(db) : -1;
    if (offset < 0)
        offset = offsetOfNamedObject(e.message, sql);
    if (offset >= 0 && !sql.isEmpty()) {
        const auto pos = TextPosition::fromUtf8Offset(sql.toUtf8(), offset);
        e.line = pos.line;
        e.column = pos.column;
    }
    e.message = shortenQuotedToken(e.message);
    return e;
}

} // namespace godwit::sqlite
