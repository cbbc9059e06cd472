// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "migrationset.h"

namespace godwit::migrations {

// Reads a migrations folder (and its subfolders, as Flyway scans a location) into an
// ordered MigrationSet with every file's checksum.
class MigrationFolder final {
public:
    // Errors name the file: a malformed migration name, two files with the same version
    // (1.0 and 1 are the same) or repeatable description, unreadable or non-UTF-8 files.
    [[nodiscard]] static Result<MigrationSet> scan(const QString& folder, const NamingOptions& naming = {});

    // The version a new versioned migration should get after `set`: the last part of the
    // highest version plus one, keeping its separator and zero padding ("V009" -> "010", "1.2" -> "1.3").
    [[nodiscard]] static QString nextVersion(const MigrationSet& set, const NamingOptions& naming = {});
};

} // namespace godwit::migrations
