// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::queries {

// What running one query N times on a copy with data cost.
struct QueryMeasurement {
    int runs = 0;
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    qint64 rows = 0; // rows returned (reads) or changed (writes) by one run
    // sqlite3_stmt_status of one run: the work behind the time, stable where times are noisy.
    qint64 vmSteps = 0;
    qint64 fullScanSteps = 0;
    qint64 sorts = 0;
    qint64 autoIndexes = 0;
    QString error; // set when the query could not run

    [[nodiscard]] bool isValid() const { return error.isEmpty() && runs > 0; }
    bool operator==(const QueryMeasurement&) const = default;
};

} // namespace godwit::queries
