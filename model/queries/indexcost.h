// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::queries {

// A measured extra cost per written row, in microseconds: the median of paired rounds (with and
// without the index, back to back) and a 95% bootstrap interval of that median. When the
// interval reaches zero the cost cannot be told from the machine's noise.
struct Overhead {
    double medianUs = 0;
    double lowUs = 0;
    double highUs = 0;
    [[nodiscard]] bool belowNoise() const { return lowUs <= 0; }
    // Never negative: below noise it is 0 (an index does not make writes faster).
    [[nodiscard]] double us() const { return belowNoise() ? 0 : medianUs; }
    bool operator==(const Overhead&) const = default;
};

// What one index costs the writes of its table and the file ("write
// amplification"), measured on a working copy: the same batch of inserts and of updates of the
// index's first column, timed with and without the index in alternating rounds.
struct IndexCost {
    QString table;
    QString index;
    bool proposed = false; // an advisor proposal (created on the copy for the measurement)
    int rows = 0; // rows per batch
    int rounds = 0; // paired rounds measured
    Overhead insert; // per inserted row
    Overhead update; // per updated row
    double insertMsWith = 0; // median batch times
    double insertMsWithout = 0;
    double updateMsWith = 0;
    double updateMsWithout = 0;
    qint64 sizeBytes = -1; // -1 = unknown
    bool sizeEstimated = false; // true when dbstat is missing and the size comes from row and key lengths
    QString error;

    [[nodiscard]] bool isValid() const { return error.isEmpty() && rows > 0; }
    // Extra time per written row, in microseconds: 0 when below noise, never negative.
    [[nodiscard]] double insertOverheadUs() const { return insert.us(); }
    [[nodiscard]] double updateOverheadUs() const { return update.us(); }
    bool operator==(const IndexCost&) const = default;
};

} // namespace godwit::queries
