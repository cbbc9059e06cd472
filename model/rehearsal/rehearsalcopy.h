// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "filefingerprint.h"
#include "rehearsalresult.h"
#include "runstatus.h"
#include "sqlite/backup.h"
#include "verifier.h"

#include <atomic>
#include <functional>
#include <memory>

#include <QList>
#include <QString>

class QLockFile;

namespace godwit::sqlite {
class Database;
}

namespace godwit::rehearsal {

// The working copy a rehearsal runs on, and what it remembers about the run: made with the
// backup API from the original (hashed first), switched to WAL, with the rows it started with,
// the phases done and the incidents kept inside it, so a crashed rehearsal resumes from it.
class RehearsalCopy final {
public:
    struct Saved {
        QList<PhaseRecord> phases; // the phases that ended; cancelled ones run again
        QList<Incident> incidents;
    };

    // Hashes `originalPath`, copies it to `copyPath` (which must not exist) and records the start.
    // The copy is made under stagingPath() and renamed into place once complete.
    // `progress` gets the copy's pages and restarts; `state` what is happening (Hashing, Copying).
    [[nodiscard]] static Result<RehearsalCopy> create(const QString& originalPath, const QString& copyPath,
        const std::atomic_bool* cancel, const std::function<void(const sqlite::BackupStatus&)>& progress,
        const std::function<void(const RunStatus&)>& state);
    // Reopens the copy of an earlier rehearsal of `originalPath`, for resuming it.
    [[nodiscard]] static Result<RehearsalCopy> reopen(
        const QString& originalPath, const QString& copyPath, Saved* saved);
    // A connection to a copy: synchronous=NORMAL (WAL), foreign keys on.
    [[nodiscard]] static Result<std::unique_ptr<sqlite::Database>> open(const QString& copyPath);

    RehearsalCopy(RehearsalCopy&&) noexcept;
    RehearsalCopy& operator=(RehearsalCopy&&) noexcept;
    ~RehearsalCopy();

    [[nodiscard]] const sqlite::Database& db() const { return *m_db; }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] const Fingerprint& originalHash() const { return m_originalHash; }
    [[nodiscard]] const QList<TableSnapshot>& tables() const { return m_tables; }

    [[nodiscard]] Result<void> save(const QList<PhaseRecord>& phases, const QList<Incident>& incidents) const;

    // A fresh, time-stamped path for a copy of `originalPath` in the default working-copy folder
    // (sqlite::WorkingCopy::defaultFolder()); the folder may not exist yet.
    [[nodiscard]] static QString suggestedPath(const QString& originalPath);
    // The same in `folder` (the one chosen in Preferences).
    [[nodiscard]] static QString suggestedPath(const QString& originalPath, const QString& folder);
    // Where create() builds the copy: `copyPath` + ".partial".
    [[nodiscard]] static QString stagingPath(const QString& copyPath);

private:
    RehearsalCopy() = default;
    [[nodiscard]] Result<void> openConnection();
    // The rows each table starts with, the original's path and hash, no phases yet.
    [[nodiscard]] Result<void> recordStart(const QString& originalPath);
    [[nodiscard]] Result<void> lock();

    std::shared_ptr<QLockFile> m_lock; // held while this object lives: one rehearsal per copy
    std::unique_ptr<sqlite::Database> m_db;
    QString m_path;
    Fingerprint m_originalHash;
    QList<TableSnapshot> m_tables;
};

} // namespace godwit::rehearsal
