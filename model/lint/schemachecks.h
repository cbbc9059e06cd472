// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/changeset.h"
#include "lintfinding.h"
#include "plan/sqlscript.h"

namespace godwit::sqlite {
class Database;
}

namespace godwit::lint {

// The checks that read a script's effect: the diff between the schema before and after it
// (drops, renames, new NOT NULL columns, affinity changes, foreign keys without an index,
// indexes on big tables), and views or triggers it left pointing at nothing.
class SchemaChecks final {
public:
    struct Options {
        qint64 bigTableRows = 100000;
    };

    [[nodiscard]] static QList<LintFinding> check(const diff::ChangeSet& changes,
        const QList<plan::ScriptStatement>& statements, const QString& file, const Options& options);
    // "view v: no such column: x" for every view and trigger of `db` SQLite cannot resolve.
    [[nodiscard]] static QStringList danglingObjects(const sqlite::Database& db);
    // The statement a finding about `table` (and `column`) points at: the first that names both,
    // else the first that names the table; nullptr when none does.
    [[nodiscard]] static const plan::ScriptStatement* locate(
        const QList<plan::ScriptStatement>& statements, const QString& table, const QString& column = {});
};

} // namespace godwit::lint
