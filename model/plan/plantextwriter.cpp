// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantextwriter.h"

#include "decisiontree.h"

namespace godwit::plan {

namespace {

    QString indented(const QString& text, int spaces)
    {
        const QString pad(spaces, QLatin1Char(' '));
        QStringList lines = text.trimmed().split(QLatin1Char('\n'));
        for (QString& l : lines)
            l = l.isEmpty() ? l : pad + l;
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

    // The rows a step would fail on, and the query that lists all of them.
    QString offendingRows(const MigrationPlan& plan, const QList<DataCheckRows>& rows, const DataCheckOutcome* d)
    {
        const qsizetype index = d - plan.dataChecks.constData();
        if (index < 0 || index >= rows.size())
            return {};
        QString out;
        for (const QString& row : rows.at(index).samples)
            out += QStringLiteral("    row: %1\n").arg(row);
        if (!rows.at(index).rowsSql.isEmpty())
            out += QStringLiteral("    rows: %1\n").arg(rows.at(index).rowsSql);
        return out;
    }

    // What the data pre-checks found in the before database; a check a step fails on first.
    QString dataChecks(const MigrationPlan& plan, const QList<DataCheckRows>& rows)
    {
        if (!plan.dataChecked)
            return {};
        QString out = QStringLiteral("\nData pre-checks (run on %1)\n").arg(plan.before);
        if (plan.dataChecks.isEmpty())
            return out + QStringLiteral("  every check found 0 rows: the plan runs on this data.\n");
        for (const DataCheckOutcome* d : plan.stoppingChecks())
            out += QStringLiteral("  STOPS at %1: %2 row(s): %3\n    fix: %4\n")
                       .arg(d->stepId)
                       .arg(d->rows)
                       .arg(d->description, d->resolution)
                + offendingRows(plan, rows, d);
        for (const DataCheckOutcome& d : plan.dataChecks) {
            if (!d.stops)
                out += QStringLiteral("  %1 row(s): %2\n    %3\n").arg(d.rows).arg(d.description, d.resolution);
        }
        if (!plan.stoppingChecks().isEmpty())
            out += QStringLiteral("  The exported plan would fail on this data: fix it or answer as said above.\n");
        return out;
    }

    QString checkedCount(const MigrationPlan& plan, const Precondition& p)
    {
        if (!plan.dataChecked || p.checkSql.isEmpty())
            return {};
        for (const DataCheckOutcome& d : plan.dataChecks) {
            if (d.countSql == p.checkSql)
                return QStringLiteral(", found %1 on the data").arg(d.rows);
        }
        return {};
    }

} // namespace

QString PlanTextWriter::write(const MigrationPlan& plan, const QList<DataCheckRows>& rows)
{
    const DecisionTree tree = DecisionTree::schemaMigration();
    QString out;
    out += QStringLiteral("Plan: %1 → %2\n").arg(plan.before, plan.after);
    if (plan.isEmpty())
        return out + QStringLiteral("Nothing to do: the schemas are the same.\n");
    out += QStringLiteral("%1 steps in %2 groups").arg(plan.steps.size()).arg(plan.walks.size());
    out += plan.warnings.isEmpty() ? QStringLiteral(".\n")
                                   : QStringLiteral(", %1 warning(s).\n").arg(plan.warnings.size());
    for (const QString& w : plan.warnings)
        out += QStringLiteral("warning: %1\n").arg(w);
    out += dataChecks(plan, rows);

    out += QStringLiteral("\nDecision tree\n");
    for (const DecisionWalk& walk : plan.walks) {
        out += QStringLiteral("  %1  [%2]\n").arg(walk.title, walk.strategy);
        for (const WalkStep& s : walk.steps) {
            const DecisionNode* node = tree.node(s.nodeId);
            out += QStringLiteral("    %1 %2 → %3%4\n")
                       .arg(s.nodeId, node ? node->text : QString(), s.answer,
                           s.overridden ? QStringLiteral("  (your answer)")
                               : s.applies || s.answer.startsWith(QLatin1String("Not needed"))
                               ? QString()
                               : QStringLiteral("  (not needed)"));
            if ((s.applies || s.overridden) && !s.why.isEmpty())
                out += QStringLiteral("        %1\n").arg(s.why);
        }
    }

    int n = 0;
    for (Phase phase : allPhases()) {
        const QList<const PlanStep*> steps = plan.stepsIn(phase);
        if (steps.isEmpty())
            continue;
        out += QStringLiteral("\n%1\n").arg(phaseTitle(phase));
        for (const PlanStep* s : steps) {
            out += QStringLiteral("\n  %1. %2  [%3]\n").arg(++n).arg(s->title, s->id);
            out += indented(s->explanation, 5);
            for (const Precondition& p : s->preconditions)
                out += QStringLiteral("     before: %1%2\n")
                           .arg(p.text,
                               p.checkSql.isEmpty()
                                   ? QString()
                                   : QStringLiteral("  (%1 → 0%2)").arg(p.checkSql, checkedCount(plan, p)));
            for (const QString& w : s->warnings)
                out += QStringLiteral("     warning: %1\n").arg(w);
            if (s->backfill)
                out += QStringLiteral("     batches: %1 rows on %2.%3, until %4 → 0\n")
                           .arg(s->backfill->batchSize)
                           .arg(s->backfill->table, s->backfill->keyColumn, s->backfill->remainingSql);
            out += QStringLiteral("     SQL%1:\n")
                       .arg(s->transactional ? QString() : QStringLiteral(" (manages its own transaction)"));
            out += indented(s->sql, 7);
            if (!s->verificationSql.isEmpty())
                out += QStringLiteral("     verify (0 when done): %1\n").arg(s->verificationSql);
            out += QStringLiteral("     rollback:\n") + indented(s->rollbackSql, 7);
        }
    }
    return out;
}

} // namespace godwit::plan
