// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/change.h"
#include "schema/table.h"

namespace godwit::plan {

class PlanContext;

// An added or renamed column in the column swap: where its value comes from and how far
// ALTER TABLE ADD COLUMN can take it before the contract.
struct NewColumn {
    const diff::Change* change = nullptr;
    schema::Column after; // the final definition
    schema::Column expand; // what ALTER TABLE ADD COLUMN adds
    QString references; // inline REFERENCES clause for the expand
    QString oldName; // renames only
    bool isFinal = false; // ADD COLUMN gives the final definition: nothing left for the contract
    bool contractOnly = false; // a STORED generated column: only the rebuild can create it
    QString up; // the new value computed from the row (old names)
    QString down; // renames: the old value from the new row (new names)
    QString fillSource; // where `up` got its fill value from, for the walk

    // Works out the expand definition, the up/down expressions and the fill value; adds a
    // warning when rows may be left without a value.
    [[nodiscard]] static NewColumn describe(
        const PlanContext& context, const diff::Change& change, const schema::Table& after, QStringList* warnings);

    bool operator==(const NewColumn&) const = default;
};

} // namespace godwit::plan
