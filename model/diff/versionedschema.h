// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

namespace godwit::diff {

// One schema that shows both versions side by side, as an expand-contract
// before/after diagram draws it: every changed table appears twice, as NAME_V1 (before) and NAME_V2
// (after); unchanged tables appear once and point at the V2 side. Used for the diff's
// Mermaid and DOT output.
class VersionedSchema final {
public:
    [[nodiscard]] static schema::Schema build(const ChangeSet& changes);
    [[nodiscard]] static QString beforeName(const QString& table) { return table + QStringLiteral("_V1"); }
    [[nodiscard]] static QString afterName(const QString& table) { return table + QStringLiteral("_V2"); }
};

} // namespace godwit::diff
