// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "change.h"
#include "schema/schema.h"

namespace godwit::diff {

// Says, for one change, who it breaks (additive, breaking for readers or writers,
// destructive) and why, whether SQLite can do it with ALTER TABLE or needs the 12-step
// rebuild (and which rule forces it), and how risky it is given the table's size, its
// indexes, the foreign keys pointing at it and the objects that depend on the change.
class Classifier final {
public:
    [[nodiscard]] static Classification classify(
        const Change& change, const schema::Schema& before, const schema::Schema& after, const QString& beforeTable);

    // Why SQLite's ALTER TABLE ADD COLUMN cannot add `column` in place, or empty when it can
    // (lang_altertable.html, "ALTER TABLE ADD COLUMN").
    [[nodiscard]] static QString addColumnRestriction(const schema::Column& column, const schema::Table& table);
    // Why ALTER TABLE DROP COLUMN cannot drop `column` in place, or empty when it can.
    [[nodiscard]] static QString dropColumnRestriction(
        const QList<Dependent>& dependents, const schema::Column* column);
};

} // namespace godwit::diff
