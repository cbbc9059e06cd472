// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "migrationconfig.h"
#include "migrationinfo.h"
#include "migrationreport.h"
#include "migrationset.h"
#include "sqlite/database.h"

#include <functional>

namespace godwit::migrations {

struct ScriptPlan;

// Called before each file with the files done so far, the total and the file's script
// name, and once more at the end (done == total). Return false to cancel before the next file.
using MigrationProgress = std::function<bool(int done, int total, const QString& script)>;

// Flyway's commands on a database: info and validate read it (the user's original is
// opened read-only for them); migrate, undo, baseline and repair write, and only ever to a
// working copy the caller made (WorkingCopy / backup API).
class Migrator final {
public:
    enum class Access { ReadOnly, Write };

    // ReadOnly opens with Database::openOriginal (all checks, never writes); Write opens a
    // working copy Godwit owns.
    [[nodiscard]] static Result<Migrator> open(const QString& databasePath, MigrationSet set, MigrationConfig config,
        Access access, const sqlite::OpenOptions& readOnlyOptions = {});

    Migrator(Migrator&&) noexcept = default;
    Migrator& operator=(Migrator&&) noexcept = default;

    [[nodiscard]] const MigrationSet& migrations() const { return m_set; }
    [[nodiscard]] const MigrationConfig& config() const { return m_config; }
    [[nodiscard]] const QString& databasePath() const { return m_path; }
    [[nodiscard]] const sqlite::Database& database() const { return m_db; }

    [[nodiscard]] Result<MigrationInfo> info() const;
    // Checksums, descriptions, failed and missing migrations, and files older than the current
    // version that were never applied. Pending migrations are not issues: they are what migrate is for.
    [[nodiscard]] Result<QList<ValidationIssue>> validate() const;
    [[nodiscard]] static QList<ValidationIssue> validationIssues(const MigrationInfo& info);

    // Applies the pending migrations in order (up to config.target), each file in its own
    // transaction with its history row. A failing file is undone and gets no row; only one
    // whose changes could not be undone is recorded with success = 0.
    [[nodiscard]] Result<MigrationReport> migrate(const MigrationProgress& progress = {});
    // Reverts the latest applied version with its U file, or every version above config.target.
    [[nodiscard]] Result<MigrationReport> undo(const MigrationProgress& progress = {});
    // Starts the history of an existing database at config.baselineVersion.
    [[nodiscard]] Result<MigrationReport> baseline();
    // Removes failed rows, realigns checksums and descriptions with the files, and marks
    // applied migrations whose files are gone as deleted.
    [[nodiscard]] Result<MigrationReport> repair();

    // Thread-safe: makes the statement running now fail with SQLITE_INTERRUPT.
    void interrupt() const { m_db.interrupt(); }

private:
    Migrator() = default;
    [[nodiscard]] Result<QList<HistoryRow>> historyRows(bool* exists = nullptr) const;
    [[nodiscard]] Result<void> ensureHistory(MigrationReport& report);
    [[nodiscard]] Result<void> runFile(const MigrationFile& file, const QString& type, MigrationReport& report);
    // `recordedRank` is the history row committed with the file's last transaction (0 = none yet).
    [[nodiscard]] Result<void> executePlan(const ScriptPlan& plan, const MigrationFile& file, const QString& type,
        int* executionTime, int* recordedRank, MigrationReport& report);
    [[nodiscard]] Result<void> markFailed(const MigrationFile& file, const QString& type, qint32 checksum,
        int executionTime, int recordedRank, MigrationReport& report);
    [[nodiscard]] Result<void> setForeignKeys() const;
    [[nodiscard]] Result<QString> takeSnapshot() const;
    [[nodiscard]] Result<void> restoreSnapshot(const QString& snapshot);
    [[nodiscard]] QString installedBy() const;
    [[nodiscard]] HistoryRow rowFor(
        const MigrationFile& file, const QString& type, qint32 checksum, int executionTime, bool success) const;

    sqlite::Database m_db;
    QString m_path;
    MigrationSet m_set;
    MigrationConfig m_config;
};

} // namespace godwit::migrations
