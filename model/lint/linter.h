// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "lintfinding.h"

#include <utility>

namespace godwit::lint {

struct LintOptions {
    // A database to start from: its schema, and (on a working copy) its data for the data
    // pre-checks. Empty: the scripts start from an empty database.
    QString database;
    qint64 bigTableRows = 100000; // GW008 fires from this many rows
    int showRows = 5; // offending rows each data finding carries as samples (0: none)
};

// `godwit lint`: applies each migration script to a copy of the starting schema, diffs the
// schema before and after it, and runs the rule catalogue on the diff, on the statements and,
// with a database, on the data (a working copy made with the backup API; the original is
// only read). Suppressions: "-- godwit:ignore GW003 reason" on or before the statement.
class Linter final {
public:
    // A .sql file, or a folder of them applied in version order (V1__, V2__, ... or by name).
    [[nodiscard]] static Result<LintReport> lintPath(const QString& path, const LintOptions& options = {});
    // Scripts as (file name, SQL), applied in order.
    [[nodiscard]] static Result<LintReport> lintScripts(
        const QList<std::pair<QString, QString>>& scripts, const LintOptions& options = {});
    // The .sql files of a folder in the order a migration tool applies them.
    [[nodiscard]] static Result<QStringList> migrationFiles(const QString& folder);
};

} // namespace godwit::lint
