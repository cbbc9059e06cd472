// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lintfinding.h"
#include "plan/sqlscript.h"

namespace godwit::lint {

// The checks that read the script's statements rather than its effect: non-constant defaults
// and NOT NULL without default in ADD COLUMN (SQLite refuses both, so the diff never sees them),
// PRAGMA foreign_keys inside a transaction, a table rebuild without foreign_key_check.
class StatementChecks final {
public:
    // `inTransaction`: the file runs inside a transaction from its first statement (Flyway's default).
    [[nodiscard]] static QList<LintFinding> check(
        const QList<plan::ScriptStatement>& statements, const QString& file, bool inTransaction);
};

} // namespace godwit::lint
