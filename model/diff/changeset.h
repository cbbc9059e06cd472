// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "change.h"
#include "schema/schema.h"

namespace godwit::diff {

// Every difference between two schemas, in a stable order (by table, then object kind, then name),
// together with the two schemas it was computed from.
struct ChangeSet {
    schema::Schema before;
    schema::Schema after;
    QList<Change> changes;

    [[nodiscard]] bool isEmpty() const { return changes.isEmpty(); }
    [[nodiscard]] QList<const Change*> forTable(QStringView table) const;
    [[nodiscard]] const Change* find(QStringView id) const;
    [[nodiscard]] QList<const Change*> proposals() const; // renames awaiting confirmation
    [[nodiscard]] bool hasImpact(Impact impact) const;

    bool operator==(const ChangeSet&) const = default;
};

} // namespace godwit::diff
