// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

namespace godwit::diff {

// The direct DDL that turns the before-schema into the after-schema in one transaction:
// ALTER TABLE where SQLite allows it, the documented 12-step rebuild where it does not
// (lang_altertable.html#otheralter). This is `godwit diff --format sql`; it is not the
// expand-contract plan, which splits the same change into safe phases.
class ForwardSqlWriter final {
public:
    [[nodiscard]] static QString write(const ChangeSet& changes);
    // The tables (after-names) the script rebuilds, and why, for callers that explain it.
    [[nodiscard]] static QStringList rebuiltTables(const ChangeSet& changes);
    // `createSql` with its object name replaced by `newName` (the tokenizer finds the name).
    [[nodiscard]] static QString renameCreateStatement(const QString& createSql, const QString& newName);
};

} // namespace godwit::diff
