// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"
#include "diffoptions.h"

namespace godwit::diff {

// Computes the ChangeSet between two schemas: tables (with rename detection), their columns,
// keys, constraints and indexes, views and triggers; then finds the objects that depend on
// each change and classifies it. Names compare as SQLite compares them (ASCII
// case-insensitive); SQL text compares after normalising through the tokenizer.
class SchemaDiff final {
public:
    [[nodiscard]] static ChangeSet compare(
        const schema::Schema& before, const schema::Schema& after, const DiffOptions& options = {});
};

} // namespace godwit::diff
