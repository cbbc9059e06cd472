// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"

#include "sqltrivia.h"

#include <algorithm>
#include <initializer_list>
#include <sqlite3.h>
#include <utility>

#include <QByteArrayView>

namespace godwit::sqlite {

namespace {

    // The authorizer runs on the thread that prepares or steps, right before the error reaches
    // errorFromSqlite on that same thread.
    thread_local QString t_refusal;

    int refuse(const QString& reason)
    {
        t_refusal = reason;
        return SQLITE_DENY;
    }

    bool startsWithVacuum(const char* sql)
    {
        QByteArrayView s(sql ? sql : "");
        const qsizetype i = leadingTrivia(s);
        const QByteArrayView word = s.sliced(i).first(std::min<qsizetype>(6, s.size() - i));
        if (word.compare("VACUUM", Qt::CaseInsensitive) != 0)
            return false;
        const qsizetype after = i + 6;
        return after >= s.size() || !(QChar::isLetterOrNumber(static_cast<uchar>(s[after])) || s[after] == '_');
    }

    // A plain VACUUM rebuilds the database through a temporary it attaches itself, with an empty
    // file name, while the VACUUM statement is running. No statement a user prepares runs then.
    bool isVacuumRunning(sqlite3* db)
    {
        for (sqlite3_stmt* st = sqlite3_next_stmt(db, nullptr); st; st = sqlite3_next_stmt(db, st)) {
            if (sqlite3_stmt_busy(st) && startsWithVacuum(sqlite3_sql(st)))
                return true;
        }
        return false;
    }

    bool isOneOf(const char* name, std::initializer_list<const char*> names)
    {
        if (!name)
            return false;
        return std::ranges::any_of(names, [name](const char* n) { return sqlite3_stricmp(name, n) == 0; });
    }

    int authorize(void* userData, int action, const char* arg1, const char* arg2, const char*, const char*)
    {
        auto* db = static_cast<sqlite3*>(userData);
        switch (action) {
        case SQLITE_ATTACH:
            if (isVacuumRunning(db)) {
                if (arg1 && *arg1 == '\0')
                    return SQLITE_OK;
                return refuse(QStringLiteral("VACUUM INTO is not allowed (Godwit never lets SQL write another file)"));
            }
            return refuse(QStringLiteral("ATTACH is not allowed (Godwit never lets SQL reach another database file)"));
        case SQLITE_DETACH:
            return refuse(QStringLiteral("DETACH is not allowed (Godwit never lets SQL reach another database file)"));
        case SQLITE_FUNCTION:
            if (isOneOf(arg2, { "load_extension" }))
                return refuse(QStringLiteral("load_extension() is not allowed (Godwit never loads code from SQL)"));
            return SQLITE_OK;
        case SQLITE_PRAGMA:
            // Reading them is harmless; setting them would undo the guard or move files process-wide.
            if (arg2
                && isOneOf(
                    arg1, { "trusted_schema", "writable_schema", "temp_store_directory", "data_store_directory" }))
                return refuse(QStringLiteral("PRAGMA %1 cannot be changed (Godwit keeps it fixed on every connection)")
                                  .arg(QString::fromUtf8(arg1).toLower()));
            return SQLITE_OK;
        default:
            return SQLITE_OK;
        }
    }

} // namespace

void ConnectionGuard::apply(sqlite3* db)
{
    int unused = 0;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &unused);
    // Debian builds with SQLITE_ENABLE_FTS3_TOKENIZER: two-argument fts3_tokenizer() takes a raw pointer.
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, &unused);
    // One slot, not zero: a plain VACUUM attaches its own temporary; the authorizer admits that
    // attach and no other, so a second database is never reachable.
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 1);
    sqlite3_set_authorizer(db, &authorize, db);
}

QString ConnectionGuard::takeRefusal() { return std::exchange(t_refusal, QString()); }

} // namespace godwit::sqlite
