// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plancontext.h"

#include <optional>

namespace godwit::plan {

// What the split and the merge plans share: the key that ties the two tables row to row, and
// the decision walk both answer the same way.
class SplitMergeSupport final {
public:
    // The single-column key `child`.(column) -> `parent`.(key) that ties the two tables row to row.
    struct Link {
        QString childColumn;
        QString parentKey;
    };

    [[nodiscard]] static std::optional<Link> linkBetween(const schema::Table& child, const schema::Table& parent);
    // The CREATE INDEX statements of `table` (not the ones its constraints make), as SQL.
    [[nodiscard]] static QString createIndexesSql(const schema::Table& table);
    // Walk ids, change ids and the decision walk over the unit's steps.
    static void finish(PlanUnit& unit, const QStringList& changeIds, const QString& versionAnswer,
        const QString& versionWhy, int batch, const QString& remaining, const QString& contractAnswer);
};

} // namespace godwit::plan
