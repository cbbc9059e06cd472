// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::rehearsal {

// What a backfill updates: `UPDATE table SET assignments WHERE key in the batch AND (filter)`,
// walking `keyColumn` (an INTEGER PRIMARY KEY or "rowid") in keyset batches.
struct BackfillSpec {
    QString job; // checkpoint name, e.g. "orders.shipping_eta"
    QString table;
    QString keyColumn = QStringLiteral("rowid");
    QString assignments; // e.g. "shipping_eta = estimated_delivery"
    QString filter; // rows that still need it, e.g. "shipping_eta IS NULL"; empty = all rows

    bool operator==(const BackfillSpec&) const = default;
};

// How fast to go. Adaptive mode (targetBatchMs > 0) resizes batches toward the target time,
// like pt-online-schema-change's --chunk-time.
struct BackfillPacing {
    qint64 batchSize = 5000;
    qint64 minBatchSize = 100;
    qint64 maxBatchSize = 200000;
    int delayMs = 0; // pause between batches
    int targetBatchMs = 0; // 0 = fixed batch size

    bool operator==(const BackfillPacing&) const = default;
};

} // namespace godwit::rehearsal
