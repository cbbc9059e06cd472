// SPDX-License-Identifier: GPL-3.0-or-later
#include "splitmergesupport.h"

#include "schema/ddlgenerator.h"
#include "schema/identifier.h"
#include "schema/tablerebuild.h"

namespace godwit::plan {

using schema::sameIdentifier;
using schema::Table;

std::optional<SplitMergeSupport::Link> SplitMergeSupport::linkBetween(const Table& child, const Table& parent)
{
    const QStringList pk = parent.primaryKey();
    for (const auto& fk : child.foreignKeys) {
        if (!sameIdentifier(fk.parentTable, parent.name) || fk.columns.size() != 1)
            continue;
        const QString key = fk.parentColumns.value(0).isEmpty() ? pk.value(0) : fk.parentColumns.value(0);
        if (pk.size() == 1 && sameIdentifier(key, pk.front()))
            return Link { fk.columns.front(), pk.front() };
    }
    return std::nullopt;
}

QString SplitMergeSupport::createIndexesSql(const Table& table)
{
    QString sql;
    for (const auto& i : table.indexes) {
        if (i.origin == schema::IndexOrigin::CreateIndex)
            sql += schema::TableRebuild::statement(i.sql.isEmpty() ? schema::DdlGenerator::createIndex(i) : i.sql);
    }
    return sql;
}

void SplitMergeSupport::finish(PlanUnit& unit, const QStringList& changeIds, const QString& versionAnswer,
    const QString& versionWhy, int batch, const QString& remaining, const QString& contractAnswer)
{
    for (RankedStep& s : unit.steps) {
        s.step.walkId = unit.walk.id;
        s.step.changeIds = changeIds;
    }
    auto ids = [&](Phase phase) {
        QStringList out;
        for (const RankedStep& s : unit.steps) {
            if (s.step.phase == phase)
                out << s.step.id;
        }
        return out;
    };
    DecisionWalk& w = unit.walk;
    PlanContext::addNode(w, QStringLiteral("A"), QStringLiteral("Yes"), w.title);
    PlanContext::addNode(w, QStringLiteral("B"), QStringLiteral("Yes: rename/remove"),
        QStringLiteral("Columns move between tables: clients of the old shape read and write them where they were."));
    PlanContext::addNode(w, QStringLiteral("D"), versionAnswer, versionWhy, true, {}, ids(Phase::Expand));
    PlanContext::addNode(w, QStringLiteral("E"), QStringLiteral("Triggers both ways"),
        QStringLiteral("Writes to either shape reach the other while both versions run."), true,
        { AnswerKey::SkipDualWrite }, ids(Phase::DualWrite));
    PlanContext::addNode(w, QStringLiteral("F"), QStringLiteral("Batches of %1 rows").arg(batch),
        QStringLiteral("The history moves in keyset batches."), true, { AnswerKey::BackfillBatchSize },
        ids(Phase::Backfill));
    PlanContext::addNode(
        w, QStringLiteral("G"), QStringLiteral("Yes"), QStringLiteral("When %1 returns 0.").arg(remaining));
    PlanContext::addNode(w, QStringLiteral("H"), QStringLiteral("Gradual rollout"),
        QStringLiteral("Readers move to the new shape."), true, {}, ids(Phase::ReadSwitch));
    PlanContext::addNode(w, QStringLiteral("I"), contractAnswer,
        QStringLiteral("The old shape goes once nothing uses it."), true, {}, ids(Phase::Contract));
}

} // namespace godwit::plan
