// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/table.h"

#include <QList>
#include <QString>

namespace godwit::plan {

// The triggers that keep two shapes of a table in step while old and new versions of the
// application write (expand-contract's dual-write phase), named godwit_* so tools recognise them.
class DualWriteTriggers final {
public:
    struct Trigger {
        QString name;
        QString sql; // CREATE TRIGGER ..., without the final semicolon

        bool operator==(const Trigger&) const = default;
    };

    // Old column `oldName` and new column `newName` of `table`: old-version writes copy old→new
    // with `up`, new-version writes new→old with `down` (pgroll's names). Each acts only when
    // the other column disagrees, so a copy does not bounce back with recursive_triggers on or off.
    [[nodiscard]] static QList<Trigger> rename(const schema::Table& table, const QString& oldName,
        const QString& newName, const QString& up, const QString& down);
    // Inserts from writers that do not know `column` get `value`.
    [[nodiscard]] static Trigger fill(const schema::Table& table, const QString& column, const QString& value);
};

} // namespace godwit::plan
