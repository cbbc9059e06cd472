// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "statement.h"

#include <memory>

#include <QString>
#include <QVariant>

struct sqlite3;

namespace godwit::sqlite {

struct OpenOptions {
    int busyTimeoutMs = 1000; // how long to wait for another process's lock before saying "locked"
    bool quickCheck = true; // run PRAGMA quick_check before handing the database out
};

// One SQLite connection. Move-only; closes with sqlite3_close_v2.
class Database final {
public:
    Database() = default;
    Database(Database&&) noexcept = default;
    Database& operator=(Database&&) noexcept = default;

    // A user's original: read-only URI, trusted_schema=OFF, defensive, query_only,
    // after checks on the file itself (missing, directory, empty, header, truncation)
    // and PRAGMA quick_check. Godwit never writes through this connection.
    [[nodiscard]] static Result<Database> openOriginal(const QString& path, const OpenOptions& options = {});
    // A working copy or output Godwit owns. Creates the file when `create` is set.
    [[nodiscard]] static Result<Database> openWritable(const QString& path, bool create = false);
    [[nodiscard]] static Result<Database> openMemory();

    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] const QString& path() const { return m_path; }

    // Prepares exactly one statement; trailing text other than whitespace/comments is an error.
    [[nodiscard]] Result<Statement> prepare(const QString& sql) const;
    // Runs one or more statements; on error the position is relative to `sql`.
    [[nodiscard]] Result<void> exec(const QString& sql) const;
    // Like exec() but attributes errors to `fileName` (file:line:col) and reports runtime
    // errors at the start of the failing statement.
    [[nodiscard]] Result<void> executeScript(const QString& sql, const QString& fileName) const;
    // First column of the first row, or a null QVariant when there is no row.
    [[nodiscard]] Result<QVariant> scalar(const QString& sql, const QVariantList& params = {}) const;

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] qint64 changes() const;
    [[nodiscard]] bool isInTransaction() const;
    // Rows changed since the connection opened, including those changed by triggers
    // (sqlite3_total_changes64): against changes() it measures trigger write amplification.
    [[nodiscard]] qint64 totalChanges() const;
    // Pages this connection wrote to the database or WAL file since it opened
    // (SQLITE_DBSTATUS_CACHE_WRITE): the I/O cost of rows, their indexes and triggers.
    [[nodiscard]] qint64 pagesWritten() const;
    // How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    void setBusyTimeout(int milliseconds) const;

    // Thread-safe: makes the statement running on this connection fail with SQLITE_INTERRUPT.
    void interrupt() const;

    // For the other model/sqlite classes only (backup, blob I/O); never stored elsewhere.
    [[nodiscard]] sqlite3* handle() const { return m_db.get(); }

private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    [[nodiscard]] static Result<Database> open(const QString& uriOrPath, int flags, const QString& displayPath);

    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
};

} // namespace godwit::sqlite
