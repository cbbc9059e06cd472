// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "database.h"
#include "sqliteerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace godwit::sqlite {

namespace {
void removeWithSidecars(const QString& path)
{
    for (const char* suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}
}

Result<void> backupDatabase(const Database& source, const QString& destPath, const BackupProgress& progress,
    int pagesPerStep)
{
    const QFileInfo destInfo(destPath);
    if (!QDir().mkpath(destInfo.absolutePath()))
        return fail(Error::Code::Io, QStringLiteral("cannot create folder %1").arg(destInfo.absolutePath()), destPath);
    const QString partial = destPath + QLatin1String(".partial");
    removeWithSidecars(partial);

    Result<void> outcome;
    {
        auto dest = Database::openWritable(partial, true);
        if (!dest)
            return std::unexpected(dest.error().inFile(destPath));
        sqlite3_backup* backup = sqlite3_backup_init(dest->handle(), "main", source.handle(), "main");
        if (!backup)
            return std::unexpected(errorFromSqlite(dest->handle(), sqlite3_errcode(dest->handle())).inFile(destPath));
        int rc = SQLITE_OK;
        while (true) {
            rc = sqlite3_backup_step(backup, pagesPerStep);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                sqlite3_sleep(20); // a writer elsewhere holds the source; the step is retried
                continue;
            }
            if (rc != SQLITE_OK && rc != SQLITE_DONE)
                break;
            const qint64 total = sqlite3_backup_pagecount(backup);
            const qint64 done = total - sqlite3_backup_remaining(backup);
            if (progress && !progress(done, total)) {
                rc = SQLITE_INTERRUPT;
                break;
            }
            if (rc == SQLITE_DONE)
                break;
        }
        sqlite3_backup_finish(backup);
        if (rc == SQLITE_INTERRUPT) {
            outcome = fail(Error::Code::Cancelled, QStringLiteral("copy cancelled"), destPath);
        } else if (rc != SQLITE_DONE) {
            Error e = errorFromSqlite(dest->handle(), rc);
            e.file = destPath;
            outcome = std::unexpected(std::move(e));
        }
    }
    if (!outcome) {
        removeWithSidecars(partial);
        return outcome;
    }
    removeWithSidecars(destPath);
    if (!QFile::rename(partial, destPath)) {
        removeWithSidecars(partial);
        return fail(Error::Code::Io, QStringLiteral("cannot move the finished copy into place"), destPath);
    }
    return {};
}

} // namespace godwit::sqlite
