// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "database.h"
#include "sqliteerror.h"
#include "transaction.h"

#include <optional>
#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace godwit::sqlite {

namespace {

    // How often a copy of a rollback-journal database may start over before it holds a snapshot.
    constexpr int kRestartsBeforeSnapshot = 3;

    void removeWithSidecars(const QString& path)
    {
        for (const char* suffix : { "", "-journal", "-wal", "-shm" })
            QFile::remove(path + QLatin1String(suffix));
    }

    bool isWal(const Database& db)
    {
        auto mode = db.scalar(QStringLiteral("PRAGMA main.journal_mode"));
        return mode && mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    }

    // A read transaction on `source` that lasts until it is destroyed. BEGIN DEFERRED takes no lock;
    // the first read does, and keeps it (or the WAL read mark) until the transaction ends.
    Result<Transaction> holdSnapshot(const Database& source)
    {
        auto t = Transaction::begin(source);
        if (!t)
            return std::unexpected(t.error());
        if (auto r = source.scalar(QStringLiteral("SELECT count(*) FROM main.sqlite_schema")); !r)
            return std::unexpected(r.error());
        return std::move(*t);
    }

} // namespace

// The backup API starts over whenever another connection writes the source between two steps
// (backup.html), so an original that is written all the time is never copied. The copy therefore
// reads one snapshot, by keeping a read transaction open on the source across the steps (progress
// and cancel still work between them):
// - WAL source: from the first step, since WAL readers never block writers (the WAL only grows
//   until the copy ends);
// - rollback-journal source: only after kRestartsBeforeSnapshot restarts, since our shared lock
//   then makes the other process's commits wait (within its busy timeout) until the copy ends.
Result<void> backupDatabase(
    const Database& source, const QString& destPath, const BackupProgress& progress, int pagesPerStep)
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
        // A transaction the caller holds already is a snapshot.
        bool wantSnapshot = !source.isInTransaction() && isWal(source);
        std::optional<Transaction> snapshot;
        sqlite3_backup* backup = sqlite3_backup_init(dest->handle(), "main", source.handle(), "main");
        if (!backup)
            return std::unexpected(errorFromSqlite(dest->handle(), sqlite3_errcode(dest->handle())).inFile(destPath));
        BackupStatus status;
        status.snapshot = source.isInTransaction();
        auto report = [&] { return !progress || progress(status); };
        int rc = SQLITE_OK;
        while (true) {
            if (wantSnapshot && !snapshot) {
                auto held = holdSnapshot(source);
                if (!held && held.error().code != Error::Code::Locked) {
                    outcome = std::unexpected(held.error().inFile(destPath));
                    break;
                }
                if (held) {
                    snapshot.emplace(std::move(*held));
                    status.snapshot = true;
                }
            }
            rc = wantSnapshot && !snapshot ? SQLITE_BUSY : sqlite3_backup_step(backup, pagesPerStep);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                // A writer elsewhere holds the source; say so, and retry the step unless cancelled.
                status.waiting = true;
                if (!report()) {
                    rc = SQLITE_INTERRUPT;
                    break;
                }
                sqlite3_sleep(20);
                continue;
            }
            if (rc != SQLITE_OK && rc != SQLITE_DONE)
                break;
            const qint64 total = sqlite3_backup_pagecount(backup);
            const qint64 done = total - sqlite3_backup_remaining(backup);
            // Without a restart every step moves on; SQLite restarts from page 1 when the source changed.
            if (status.pagesDone > 0 && done <= status.pagesDone) {
                ++status.restarts;
                wantSnapshot = wantSnapshot || status.restarts >= kRestartsBeforeSnapshot;
            }
            status.pagesDone = done;
            status.pagesTotal = total;
            status.waiting = false;
            if (!report()) {
                rc = SQLITE_INTERRUPT;
                break;
            }
            if (rc == SQLITE_DONE)
                break;
        }
        sqlite3_backup_finish(backup);
        snapshot.reset(); // ends the read transaction: the other process's writers go on
        if (outcome && rc == SQLITE_INTERRUPT) {
            outcome = fail(Error::Code::Cancelled, QStringLiteral("copy cancelled"), destPath);
        } else if (outcome && rc != SQLITE_DONE) {
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
