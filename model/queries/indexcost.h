// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::queries {

// What one index costs the writes of its table and the file (the seed article's "write
// amplification"), measured on a working copy: the same batch of inserts and of updates of the
// index's first column, timed with and without the index.
struct IndexCost {
    QString table;
    QString index;
    bool proposed = false; // an advisor proposal (created on the copy for the measurement)
    int rows = 0; // rows per batch
    double insertMsWith = 0; // median batch times
    double insertMsWithout = 0;
    double updateMsWith = 0;
    double updateMsWithout = 0;
    qint64 sizeBytes = -1; // -1 = unknown
    bool sizeEstimated = false; // true when dbstat is missing and the size comes from row and key lengths
    QString error;

    [[nodiscard]] bool isValid() const { return error.isEmpty() && rows > 0; }
    // Extra time per written row, in microseconds.
    [[nodiscard]] double insertOverheadUs() const
    {
        return rows ? (insertMsWith - insertMsWithout) * 1000.0 / rows : 0;
    }
    [[nodiscard]] double updateOverheadUs() const
    {
        return rows ? (updateMsWith - updateMsWithout) * 1000.0 / rows : 0;
    }
    bool operator==(const IndexCost&) const = default;
};

} // namespace godwit::queries
