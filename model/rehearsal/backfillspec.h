// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::rehearsal {

// What a backfill updates, walking `keyColumn` (an INTEGER PRIMARY KEY or "rowid") in keyset
// batches. Either `batchSql`, the plan's statement with the parameters :last and :batch that
// covers the keys last < key <= last + batch, or `UPDATE table SET assignments WHERE key in the
// batch AND (filter)`.
struct BackfillSpec {
    QString job; // checkpoint name, e.g. "orders.shipping_eta"
    QString table;
    QString keyColumn = QStringLiteral("rowid");
    QString assignments; // e.g. "shipping_eta = estimated_delivery"
    QString filter; // rows that still need it, e.g. "shipping_eta IS NULL"; empty = all rows
    QString batchSql; // plan::BackfillSpec::batchSql; when set, assignments and filter are unused
    QString remainingSql; // rows still to do (one integer); default: counted from filter
    // When set, every row a batch updates is counted in this table (key, times) inside the batch's
    // transaction, so a test or an incident can prove that no row was backfilled twice or missed.
    QString auditTable;

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
    // How long one attempt waits for another connection's write lock; the backfill then reports
    // "waiting for lock" and tries again instead of blocking silently.
    int lockWaitMs = 25;

    bool operator==(const BackfillPacing&) const = default;
};

} // namespace godwit::rehearsal
