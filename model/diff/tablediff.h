// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "change.h"
#include "diffoptions.h"
#include "schema/table.h"

#include <QHash>

namespace godwit::diff {

// Compares one table with its counterpart (same name, or a rename): options, columns (with
// column rename detection), primary key, foreign keys, UNIQUE, CHECK and indexes. Constraint
// and index comparisons see renamed columns under their new names, so a rename alone does
// not also show up as a dropped and re-added index.
class TableDiff final {
public:
    // `tableRenames` maps lower-cased before-names of renamed tables to their after-names, so a
    // foreign key that follows its parent's rename is not reported as changed.
    [[nodiscard]] static QList<Change> compare(const schema::Table& before, const schema::Table& after,
        const DiffOptions& options, const QHash<QString, QString>& tableRenames = {});

    // Canonical texts used for comparing, exposed for the tests and the classifier.
    [[nodiscard]] static QString normalizedType(const QString& declaredType);
    [[nodiscard]] static QString normalizedCollation(const QString& collation);
};

} // namespace godwit::diff
