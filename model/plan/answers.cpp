// SPDX-License-Identifier: GPL-3.0-or-later
#include "answers.h"

#include "schema/identifier.h"

namespace godwit::plan {

QString indexTimingName(IndexTiming timing)
{
    switch (timing) {
    case IndexTiming::Auto:
        return QStringLiteral("auto");
    case IndexTiming::BeforeBackfill:
        return QStringLiteral("before-backfill");
    case IndexTiming::AfterBackfill:
        return QStringLiteral("after-backfill");
    }
    return {};
}

std::optional<IndexTiming> indexTimingFromName(QStringView name)
{
    for (IndexTiming t : { IndexTiming::Auto, IndexTiming::BeforeBackfill, IndexTiming::AfterBackfill }) {
        if (indexTimingName(t) == name)
            return t;
    }
    return std::nullopt;
}

// The id a table's own change has (Change::id()), so one key answers for the table as a whole.
QString Answers::tableKey(const QString& table) { return QStringLiteral("table:") + table; }

ChangeAnswers Answers::forChange(const QString& changeId, const QString& table) const
{
    ChangeAnswers merged;
    for (const QString& key : { tableKey(table), changeId }) {
        auto it = changes.constFind(key);
        if (it == changes.constEnd() && key.startsWith(tableKey(QString()))) {
            // Table names compare case-insensitively, as SQLite compares them.
            for (auto i = changes.constBegin(); i != changes.constEnd(); ++i) {
                if (schema::sameIdentifier(i.key(), key))
                    it = i;
            }
        }
        if (it == changes.constEnd())
            continue;
        const ChangeAnswers& a = *it;
        if (a.renameConfirmed)
            merged.renameConfirmed = a.renameConfirmed;
        if (a.skipDualWrite) {
            merged.skipDualWrite = a.skipDualWrite;
            merged.skipDualWriteReason = a.skipDualWriteReason;
        }
        if (a.backfillBatchSize)
            merged.backfillBatchSize = a.backfillBatchSize;
        if (a.indexTiming != IndexTiming::Auto)
            merged.indexTiming = a.indexTiming;
        if (!a.up.isEmpty())
            merged.up = a.up;
        if (!a.down.isEmpty())
            merged.down = a.down;
        if (!a.fill.isEmpty())
            merged.fill = a.fill;
        if (a.compatibilityView)
            merged.compatibilityView = a.compatibilityView;
    }
    return merged;
}

} // namespace godwit::plan
