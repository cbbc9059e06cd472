// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <functional>

namespace godwit::sqlite {

class Database;

// Called after each backup step with pages copied so far and the total; return false to cancel.
using BackupProgress = std::function<bool(qint64 pagesDone, qint64 pagesTotal)>;

// Copies `source` into a new file at `destPath` with the SQLite online backup API, a few
// pages per step so progress can be shown and the copy cancelled. The copy is written to
// `destPath.partial` and renamed at the end: a cancelled or failed copy leaves nothing behind.
[[nodiscard]] Result<void> backupDatabase(const Database& source, const QString& destPath,
    const BackupProgress& progress = {}, int pagesPerStep = 256);

} // namespace godwit::sqlite
