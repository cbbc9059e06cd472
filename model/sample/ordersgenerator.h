// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <functional>

#include <QString>

namespace godwit::sample {

// Builds the bundled orders sample (orders / order_items / payments, the classic expand-contract example) as a
// database full of realistic rows, identical for a given seed on every platform.
// The CLI's `godwit sample orders` and the benchmarks call generate(); nothing else is needed.
class OrdersGenerator final {
public:
    static constexpr qint64 DefaultOrders = 100000;
    static constexpr quint64 DefaultSeed = 20261125;
    // 2026-11-25T00:00:00Z: the sample's "now". A fixed instant, so the same seed gives the
    // same file whenever it is run.
    static constexpr qint64 DefaultEndTime = 1795564800;
    // How often (in orders) the progress callback is called.
    static constexpr qint64 ProgressInterval = 1000;

    struct Options {
        qint64 orders = DefaultOrders; // >= 0; customers are about orders / 8
        quint64 seed = DefaultSeed;
        // Also apply V2__add_shipping_eta.sql. Orders from the last 14 days are then
        // dual-written (shipping_eta = estimated_delivery), older ones are left NULL for V3's backfill.
        bool applyV2 = false;
        bool overwrite = false; // replace an existing output file
        qint64 endTime = DefaultEndTime; // seconds since the epoch, UTC; created_at spans the 730 days before it
        // Called with (0, total), every ProgressInterval orders and with (total, total).
        // Return false to cancel: generate() then fails with Error::Code::Cancelled and leaves no file.
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    // Writes the sample to `outPath`. The database is built in partialPath(outPath) and renamed
    // into place only when complete, so a failure or cancel never leaves a file behind.
    // Refuses (InvalidArgument) to replace an existing file unless options.overwrite.
    [[nodiscard]] static Result<void> generate(const QString& outPath, const Options& options);

    // Where generate() builds the database before renaming it: `outPath` + ".partial".
    [[nodiscard]] static QString partialPath(const QString& outPath);
    // The embedded migration script for `version` (1 = V1__orders.sql, 2 = V2__add_shipping_eta.sql).
    [[nodiscard]] static Result<QString> migrationScript(int version);
    // The file name of that script, as used in error positions ("V1__orders.sql").
    [[nodiscard]] static QString migrationFileName(int version);
};

} // namespace godwit::sample
