// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <functional>

namespace godwit::sqlite {

class Database;

// Where a copy stands after a backup step.
struct BackupStatus {
    qint64 pagesDone = 0;
    qint64 pagesTotal = 0;
    int restarts = 0; // times the copy started over because another connection wrote the source
    bool snapshot = false; // copying under one read transaction of the source: no more restarts
    bool waiting = false; // the last step found the source locked by a writer and will be retried

    [[nodiscard]] double fraction() const { return pagesTotal > 0 ? double(pagesDone) / double(pagesTotal) : 0.0; }
    bool operator==(const BackupStatus&) const = default;
};

// Called after each backup step (and while waiting for a writer's lock); return false to cancel.
using BackupProgress = std::function<bool(const BackupStatus& status)>;

// Copies `source` into a new file at `destPath` with the SQLite online backup API, a few
// pages per step so progress can be shown and the copy cancelled. The copy is written to
// `destPath.partial` and renamed at the end: a cancelled or failed copy leaves nothing behind.
// A source that another process keeps writing still yields a consistent copy (see backup.cpp).
[[nodiscard]] Result<void> backupDatabase(
    const Database& source, const QString& destPath, const BackupProgress& progress = {}, int pagesPerStep = 256);

} // namespace godwit::sqlite
