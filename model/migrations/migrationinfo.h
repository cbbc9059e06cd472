// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationconfig.h"
#include "migrationset.h"
#include "schemahistory.h"

namespace godwit::migrations {

// A migration's state, as Flyway's `info` names them.
enum class MigrationState {
    Pending, // in the folder, not applied yet, will be applied by migrate
    AboveTarget, // pending but newer than the target
    Ignored, // older than the current version and never applied (out of order)
    BelowBaseline, // not applied, at or below the baseline version
    Baseline, // the baseline row
    Applied, // applied successfully (Flyway: Success)
    Failed, // applied and failed
    Outdated, // a repeatable migration changed since it was applied: migrate re-applies it
    Missing, // in the history but no longer in the folder
    Future, // in the history, newer than any file in the folder
    Undone, // applied, then undone with its U file
    Deleted, // marked deleted by repair (its file had gone)
};

[[nodiscard]] QString migrationStateName(MigrationState state); // "pending", "above-target", "applied", ...

// One line of `info`: a file, a history row, or both.
struct MigrationStatus {
    MigrationState state = MigrationState::Pending;
    MigrationKind kind = MigrationKind::Versioned;
    QString version; // empty for repeatable
    QString description; // the file's when there is a file, else the history row's
    QString appliedDescription; // the history row's; null when not applied
    QString type; // history type when applied, else "SQL" (or "UNDO_SQL")
    QString script;
    QString path; // absolute path of the file; empty when missing
    std::optional<qint32> fileChecksum; // absent when the file is missing
    std::optional<qint32> appliedChecksum; // absent when not applied (or applied without one)
    int installedRank = 0; // 0 when not applied
    QString installedOn;
    QString installedBy;
    int executionTime = 0;
    bool isUndoable = false; // a U file with this version exists

    // Applied but the file changed since: validate reports it, repair realigns it.
    [[nodiscard]] bool hasChecksumMismatch() const
    {
        return fileChecksum && installedRank > 0 && appliedChecksum != fileChecksum
            && (state == MigrationState::Applied || state == MigrationState::Failed);
    }
    [[nodiscard]] bool isApplied() const
    {
        return state == MigrationState::Applied || state == MigrationState::Baseline
            || state == MigrationState::Outdated;
    }

    bool operator==(const MigrationStatus&) const = default;
};

// The state of every migration: the folder's files matched against the history rows, in
// the order migrate would apply them (versioned by version, then repeatables).
struct MigrationInfo {
    QList<MigrationStatus> entries;
    QString currentVersion; // highest applied version (or baseline); empty when none
    bool hasHistoryTable = false;

    [[nodiscard]] static MigrationInfo compute(const MigrationSet& set, const QList<HistoryRow>& rows,
        const MigrationConfig& config, bool hasHistoryTable = true);

    [[nodiscard]] QList<const MigrationStatus*> pending() const; // what migrate would apply, in order
    [[nodiscard]] const MigrationStatus* entryForScript(const QString& script) const;

    bool operator==(const MigrationInfo&) const = default;
};

} // namespace godwit::migrations
