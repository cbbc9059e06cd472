// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "querymeasurement.h"

#include <QVariantList>

namespace godwit::sqlite {
class Database;
}

namespace godwit::queries {

// Runs a query several times and reports the median time and SQLite's own counters. Writes run
// inside a savepoint that is rolled back after each run, so every run does the same work and
// the copy ends as it began; they need a writable working copy, never the user's original.
class QueryMeter final {
public:
    struct Options {
        int runs = 5; // timed runs, after one untimed run that warms the page cache
    };

    [[nodiscard]] static QueryMeasurement measure(
        const sqlite::Database& db, const QString& sql, const QVariantList& parameters, const Options& options);
    [[nodiscard]] static QueryMeasurement measure(
        const sqlite::Database& db, const QString& sql, const QVariantList& parameters)
    {
        return measure(db, sql, parameters, Options {});
    }
};

} // namespace godwit::queries
