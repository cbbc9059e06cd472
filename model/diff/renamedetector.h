// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/table.h"

#include <QList>

namespace godwit::diff {

// Scores how likely a dropped object and an added one are the same object renamed.
// Scores are in [0, 1]; the diff proposes pairs at or above its threshold, best first.
class RenameDetector final {
public:
    struct Pair {
        qsizetype removed = -1; // index into the removed list
        qsizetype added = -1; // index into the added list
        double confidence = 0;
    };

    // Column score: same affinity is required; declared type, NOT NULL, default, position and
    // name similarity add to it. `onlyCandidates` = this is the table's only drop/add pair.
    [[nodiscard]] static double columnScore(const schema::Column& removed, qsizetype removedPosition,
        const schema::Column& added, qsizetype addedPosition, bool onlyCandidates);
    // Table score: overlap of column names and types.
    [[nodiscard]] static double tableScore(const schema::Table& removed, const schema::Table& added);
    // Similarity of two names from their common bigrams (Dice coefficient), case-insensitive.
    [[nodiscard]] static double nameSimilarity(const QString& a, const QString& b);

    // Greedy one-to-one matching of the best pairs at or above `threshold`.
    [[nodiscard]] static QList<Pair> match(const QList<QList<double>>& scores, double threshold);
};

} // namespace godwit::diff
