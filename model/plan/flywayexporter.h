// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "migrationplan.h"

namespace godwit::plan {

// `godwit plan --format flyway -o DIR`: one versioned migration per phase
// (V<n>__expand_<tables>.sql, V<n+1>__dual_write_<tables>.sql, ...), an undo migration for each
// (U<n>__...), and a `.sql.conf` with executeInTransaction=false where a step manages
// PRAGMA foreign_keys and its own transaction (SQLite ignores that pragma inside one).
class FlywayExporter final {
public:
    struct File {
        QString name;
        QString text;

        bool operator==(const File&) const = default;
    };

    [[nodiscard]] static QList<File> files(const MigrationPlan& plan, int firstVersion = 1);
    // Writes files() into `directory` (created if missing); refuses to overwrite a file.
    [[nodiscard]] static Result<QStringList> write(
        const MigrationPlan& plan, const QString& directory, int firstVersion = 1);
};

} // namespace godwit::plan
