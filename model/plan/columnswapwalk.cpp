// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnswapwalk.h"

#include "plancontext.h"

namespace godwit::plan {

void ColumnSwapWalk::fill(DecisionWalk& walk, const Facts& f)
{
    QStringList reasons;
    for (const diff::Change* c : f.changes)
        reasons << c->classification.reason;
    PlanContext::addNode(walk, QStringLiteral("A"), QStringLiteral("Yes"),
        QStringLiteral("%1 on %2.")
            .arg(PlanContext::count(f.changes.size(), QStringLiteral("change"), QStringLiteral("changes")), f.table));
    if (f.breaking) {
        WalkStep* b = PlanContext::addNode(walk, QStringLiteral("B"), QStringLiteral("Yes: rename/remove"),
            reasons.join(QLatin1Char(' ')), true, { AnswerKey::RenameConfirmed });
        for (const diff::Change* c : f.changes) {
            if (c->isProposal)
                b->why
                    += QStringLiteral(" The rename %1 → %2 is a proposal (%3% sure): it is planned as a rename because "
                                      "that keeps the data (answer renameConfirmed=false to plan a drop and an add).")
                           .arg(c->oldName, c->name)
                           .arg(qRound(c->confidence * 100));
        }
        PlanContext::addNode(walk, QStringLiteral("D"), QStringLiteral("Old and new columns side by side"),
            QStringLiteral("%1 keeps its old shape (version 1) while the new columns are added next to it%2.")
                .arg(f.table,
                    f.compatibilityView.isEmpty()
                        ? QString()
                        : QStringLiteral("; the view %1 keeps the old shape for readers after the contract")
                              .arg(f.compatibilityView)),
            true, { AnswerKey::CompatibilityView }, f.expandIds);
    } else {
        PlanContext::addNode(
            walk, QStringLiteral("B"), QStringLiteral("No: add field"), reasons.join(QLatin1Char(' ')));
        PlanContext::addNode(walk, QStringLiteral("C"),
            f.additiveOnly ? QStringLiteral("ADD COLUMN with the final definition")
                           : QStringLiteral("ADD COLUMN, nullable for now"),
            f.additiveOnly ? QStringLiteral("SQLite adds these columns in place; old clients never see them.")
                           : QStringLiteral(
                               "The final definition needs a value in every row first, so it waits for the contract."),
            true, {}, f.expandIds);
    }
    QString dualWhy;
    if (f.skipDualWrite)
        dualWhy = f.skipReason.isEmpty() ? QStringLiteral("Skipped by your answer.")
                                         : QStringLiteral("Skipped: %1").arg(f.skipReason);
    else if (f.dualWriteIds.isEmpty())
        dualWhy = QStringLiteral("Nothing to keep in step: no value has to follow the old writers.");
    else
        dualWhy = QStringLiteral(
            "Old and new versions of the application write at the same time; triggers keep both shapes complete.");
    WalkStep* e = PlanContext::addNode(walk, QStringLiteral("E"),
        f.dualWriteIds.isEmpty()
            ? (f.skipDualWrite ? QStringLiteral("Skipped") : QStringLiteral("Not needed"))
            : PlanContext::count(f.triggerCount, QStringLiteral("trigger"), QStringLiteral("triggers")),
        dualWhy, !f.dualWriteIds.isEmpty(), { AnswerKey::SkipDualWrite, AnswerKey::Up, AnswerKey::Down },
        f.dualWriteIds);
    e->overridden = f.skipDualWrite;
    WalkStep* fNode = PlanContext::addNode(walk, QStringLiteral("F"),
        f.backfillIds.isEmpty() ? QStringLiteral("Not needed") : QStringLiteral("Batches of %1 rows").arg(f.batchSize),
        f.backfillIds.isEmpty()
            ? QStringLiteral("No existing row needs a value.")
            : QStringLiteral("Existing rows get their value in keyset batches, one short transaction each."),
        !f.backfillIds.isEmpty(), { AnswerKey::BackfillBatchSize, AnswerKey::Fill }, f.backfillIds);
    fNode->overridden = f.batchSizeOverridden;
    PlanContext::addNode(walk, QStringLiteral("G"), QStringLiteral("Yes"),
        f.parityChecks.isEmpty() ? QStringLiteral("Nothing to backfill.")
                                 : QStringLiteral("When %1 returns 0; until then the answer is No and F runs again.")
                                       .arg(f.parityChecks.join(QStringLiteral(" and "))),
        !f.backfillIds.isEmpty());
    PlanContext::addNode(walk, QStringLiteral("H"),
        f.readSwitchIds.isEmpty() ? QStringLiteral("Not needed") : QStringLiteral("Gradual rollout"),
        f.readSwitchIds.isEmpty()
            ? QStringLiteral("New readers can use the new columns as soon as they are deployed.")
            : QStringLiteral("Readers move while both shapes are complete, so falling back is a redeploy."),
        !f.readSwitchIds.isEmpty(), { AnswerKey::CompatibilityView }, f.readSwitchIds);
    QString contractWhy = QStringLiteral("Additive changes leave nothing behind.");
    if (!f.contractIds.isEmpty())
        contractWhy = f.rebuildReasons.isEmpty()
            ? QStringLiteral("SQLite drops the old columns in place (ALTER TABLE DROP COLUMN).")
            : QStringLiteral("The 12-step rebuild, because %1.").arg(f.rebuildReasons.join(QStringLiteral("; ")));
    PlanContext::addNode(walk, QStringLiteral("I"),
        f.contractIds.isEmpty() ? QStringLiteral("Nothing to remove")
            : f.rebuild         ? QStringLiteral("12-step rebuild")
                                : QStringLiteral("DROP COLUMN"),
        contractWhy, !f.contractIds.isEmpty(), {}, f.contractIds);
}

} // namespace godwit::plan
