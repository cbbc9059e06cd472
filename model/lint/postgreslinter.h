// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "linter.h"
#include "lintfinding.h"

#include <utility>

namespace godwit::lint {

// `godwit lint --db postgresql://…`: reads the live schema from the catalogs, then checks each
// migration statement against PostgreSQL's rules (GW201–GW209: locks, rewrites, scans, renames
// and drops; GW001–GW003 for drops and renames), and runs the data checks the statements need
// (NULLs before SET NOT NULL, duplicates before UNIQUE, orphans before a foreign key, rows
// failing a new CHECK: GW101–GW104) on the server in a READ ONLY transaction. Nothing is applied
// to the user's database.
class PostgresLinter final {
public:
    [[nodiscard]] static Result<LintReport> lintScripts(
        const QList<std::pair<QString, QString>>& scripts, const LintOptions& options);
};

} // namespace godwit::lint
