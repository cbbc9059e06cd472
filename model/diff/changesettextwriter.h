// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

namespace godwit::diff {

// The human summary of `godwit diff`: a headline with counts, then the changes grouped by
// table, each with its classification, why, the SQLite rule and its dependents.
class ChangeSetTextWriter final {
public:
    // `colour`: ANSI colours (for a terminal); the symbols (+ - ~ →) carry the meaning without them.
    [[nodiscard]] static QString write(const ChangeSet& changes, bool colour = false);
    [[nodiscard]] static QString headline(const ChangeSet& changes);
};

} // namespace godwit::diff
