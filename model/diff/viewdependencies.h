// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schema.h"

#include <QStringList>

namespace godwit::diff {

// Views that read other views. SQLite checks every view and trigger after ALTER TABLE (RENAME,
// DROP COLUMN) and when a view is created, so a view whose view is dropped must go first and
// come back after it: dependents are dropped first and recreated last, in dependency order
// (the same rule sqlite-utils' transform follows).
class ViewDependencies final {
public:
    // The views of `schema` that read one of `names` (tables or views), directly or through
    // another view, without `names` themselves; in creation order (each after what it reads).
    [[nodiscard]] static QStringList dependentViews(const schema::Schema& schema, const QStringList& names);
    // `views` (names of views of `schema`) in creation order: each after the views it reads.
    // Drop them in the reverse order.
    [[nodiscard]] static QStringList creationOrder(const schema::Schema& schema, const QStringList& views);
    // The triggers of `schema` on one of `names` or whose body mentions one.
    [[nodiscard]] static QStringList triggersUsing(const schema::Schema& schema, const QStringList& names);
};

} // namespace godwit::diff
