// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::plan {

// When an index on a backfilled table is built: before the backfill (each batch then also
// updates the index) or after it (one build over the finished column).
enum class IndexTiming { Auto, BeforeBackfill, AfterBackfill };

[[nodiscard]] QString indexTimingName(IndexTiming timing); // "auto", "before-backfill", "after-backfill"
[[nodiscard]] std::optional<IndexTiming> indexTimingFromName(QStringView name);

// The user's answers for one change (or one table): each overrides the answer the plan builder
// pre-fills from the classification. Unset members keep the pre-filled answer.
struct ChangeAnswers {
    std::optional<bool> renameConfirmed; // a proposed rename: true = rename, false = drop + add
    std::optional<bool> skipDualWrite; // e.g. "this table has no readers yet"
    QString skipDualWriteReason;
    std::optional<int> backfillBatchSize;
    IndexTiming indexTiming = IndexTiming::Auto;
    // pgroll's names: `up` computes the new column from the old row (old names), `down` the old
    // column from the new row (new names). Empty: copy the value unchanged.
    QString up;
    QString down;
    // The value for rows that have NULL where the new shape needs NOT NULL.
    QString fill;
    std::optional<bool> compatibilityView; // a view with the old shape for readers that cannot move yet

    [[nodiscard]] bool isEmpty() const { return *this == ChangeAnswers {}; }
    bool operator==(const ChangeAnswers&) const = default;
};

// An index the user asked for beyond the diff (the query panel's "Add to Plan"): the plan builds
// it like an added index, in the phase the index-timing rules choose.
struct RequestedIndex {
    QString sql; // CREATE INDEX …
    QStringList queries; // names of the queries it serves
    QString reason; // what it removes from their plans: "scan", "sort" or "automatic-index"

    bool operator==(const RequestedIndex&) const = default;
};

struct Answers {
    static constexpr int DefaultBatchSize = 1000;

    int batchSize = DefaultBatchSize; // rows per backfill batch unless a change says otherwise
    QStringList queries; // the application's queries: who still reads a column or table about to go
    QHash<QString, ChangeAnswers> changes; // by Change::id(), or tableKey(name) for a whole table
    QList<RequestedIndex> indexes; // extra indexes, in the order they were asked for

    // The key of a whole table's answers in `changes` ("table:<name>", as the answers file spells it).
    [[nodiscard]] static QString tableKey(const QString& table);

    // The answers for a change: the table's, overlaid with the change's own.
    [[nodiscard]] ChangeAnswers forChange(const QString& changeId, const QString& table) const;

    bool operator==(const Answers&) const = default;
};

} // namespace godwit::plan
