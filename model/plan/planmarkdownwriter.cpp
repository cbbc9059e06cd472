// SPDX-License-Identifier: GPL-3.0-or-later
#include "planmarkdownwriter.h"

#include "decisiontree.h"

namespace godwit::plan {

namespace {

    QString cell(QString text)
    {
        return text.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }

    QString code(const QString& sql) { return QStringLiteral("```sql\n%1\n```\n").arg(sql.trimmed()); }

    // The decision tree as a Mermaid flowchart, with the walk's path drawn thick and the nodes that do
    // nothing for this group dashed.
    QString flowchart(const DecisionTree& tree, const DecisionWalk& walk)
    {
        QString out = QStringLiteral("```mermaid\nflowchart TD\n");
        for (const DecisionNode& n : tree.nodes) {
            const bool diamond = n.kind == DecisionNode::Kind::Question;
            out += QStringLiteral("    %1%2%3%4\n")
                       .arg(n.id, diamond ? QStringLiteral("{") : QStringLiteral("["), n.text,
                           diamond ? QStringLiteral("}") : QStringLiteral("]"));
        }
        const QStringList path = walk.path();
        int index = 0;
        QStringList onPath;
        for (const DecisionEdge& e : tree.edges) {
            const qsizetype from = path.indexOf(e.from);
            const bool taken = from >= 0 && from + 1 < path.size() && path[from + 1] == e.to;
            out += QStringLiteral("    %1 %2%3 %4\n")
                       .arg(e.from, taken ? QStringLiteral("==>") : QStringLiteral("-->"),
                           e.label.isEmpty() ? QString() : QStringLiteral("|%1|").arg(e.label), e.to);
            if (taken)
                onPath << QString::number(index);
            ++index;
        }
        out += QStringLiteral("    classDef taken fill:#d8ecff,stroke:#1f6feb,stroke-width:2px\n");
        out += QStringLiteral("    classDef idle fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3\n");
        QStringList taken;
        QStringList idle;
        for (const WalkStep& s : walk.steps)
            (s.applies ? taken : idle) << s.nodeId;
        if (!taken.isEmpty())
            out += QStringLiteral("    class %1 taken\n").arg(taken.join(QLatin1Char(',')));
        if (!idle.isEmpty())
            out += QStringLiteral("    class %1 idle\n").arg(idle.join(QLatin1Char(',')));
        return out + QStringLiteral("```\n");
    }

} // namespace

QString PlanMarkdownWriter::write(const MigrationPlan& plan, const QList<DataCheckRows>& rows)
{
    const DecisionTree tree = DecisionTree::schemaMigration();
    QString out = QStringLiteral("# Migration plan: %1 → %2\n\n").arg(plan.before, plan.after);
    if (plan.isEmpty())
        return out + QStringLiteral("Nothing to do: the schemas are the same.\n");
    QStringList phases;
    for (Phase p : allPhases()) {
        if (!plan.stepsIn(p).isEmpty())
            phases << QStringLiteral("%1 (%2)").arg(phaseTitle(p)).arg(plan.stepsIn(p).size());
    }
    out += QStringLiteral("%1 steps in %2 groups of changes. Phases, in order: %3.\n\n")
               .arg(plan.steps.size())
               .arg(plan.walks.size())
               .arg(phases.join(QStringLiteral(" → ")));
    out += QStringLiteral(
        "The plan follows the expand-contract pattern: add the new shape next to the old one, keep both in "
        "step while old and new application versions run, backfill history in small batches, move readers, "
        "and only then remove the old shape.\n\n");
    if (!plan.warnings.isEmpty()) {
        out += QStringLiteral("## Warnings\n\n");
        for (const QString& w : plan.warnings)
            out += QStringLiteral("- %1\n").arg(w);
        out += QLatin1Char('\n');
    }
    if (plan.dataChecked) {
        out += QStringLiteral("## Data pre-checks\n\nRun on `%1`.\n\n").arg(plan.before);
        if (plan.dataChecks.isEmpty())
            out += QStringLiteral("Every check found 0 rows: the plan runs on this data.\n\n");
        else
            out += QStringLiteral("| Rows | Check | Outcome |\n|---:|---|---|\n");
        for (const DataCheckOutcome& d : plan.dataChecks)
            out += QStringLiteral("| %1 | %2 (`%3`) | %4%5 |\n")
                       .arg(d.rows)
                       .arg(cell(d.description), cell(d.countSql),
                           d.stops ? QStringLiteral("**Stops** at `%1`: ").arg(d.stepId) : QString(),
                           cell(d.resolution));
        if (!plan.dataChecks.isEmpty())
            out += QLatin1Char('\n');
        // The first rows behind each check, and the query that lists all of them.
        for (qsizetype i = 0; i < rows.size() && i < plan.dataChecks.size(); ++i) {
            if (rows.at(i).samples.isEmpty())
                continue;
            out += QStringLiteral("First rows of: %1 (`%2`)\n\n```\n%3\n```\n\n")
                       .arg(cell(plan.dataChecks.at(i).description), cell(rows.at(i).rowsSql),
                           rows.at(i).samples.join(QLatin1Char('\n')));
        }
    }
    out += QStringLiteral("## Decisions\n\n");
    for (const DecisionWalk& walk : plan.walks) {
        out += QStringLiteral("### %1\n\nStrategy: `%2`. Changes: %3.\n\n")
                   .arg(walk.title, walk.strategy, walk.changeIds.join(QStringLiteral(", ")));
        out += flowchart(tree, walk) + QLatin1Char('\n');
        out += QStringLiteral("| Node | Step of the tree | Answer | Why |\n|---|---|---|---|\n");
        for (const WalkStep& s : walk.steps) {
            const DecisionNode* node = tree.node(s.nodeId);
            QString answer = cell(s.answer);
            if (!s.applies)
                answer = QStringLiteral("*%1*").arg(answer);
            if (s.overridden)
                answer += QStringLiteral(" (your answer)");
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                       .arg(s.nodeId, node ? cell(node->text) : QString(), answer, cell(s.why));
        }
        out += QLatin1Char('\n');
    }
    int n = 0;
    int phaseNumber = 0;
    for (Phase phase : allPhases()) {
        const auto steps = plan.stepsIn(phase);
        if (steps.isEmpty())
            continue;
        out += QStringLiteral("## %1. %2\n\n").arg(++phaseNumber).arg(phaseTitle(phase));
        for (const PlanStep* s : steps) {
            out += QStringLiteral("### Step %1: %2\n\n`%3`%4\n\n")
                       .arg(++n)
                       .arg(s->title, s->id,
                           s->transactional ? QString()
                                            : QStringLiteral(" (manages its own transaction: run it outside one)"));
            out += s->explanation + QStringLiteral("\n\n");
            if (!s->preconditions.isEmpty()) {
                out += QStringLiteral("Before it runs:\n\n");
                for (const Precondition& p : s->preconditions)
                    out += QStringLiteral("- [ ] %1%2\n")
                               .arg(p.text,
                                   p.checkSql.isEmpty() ? QString()
                                                        : QStringLiteral(" — `%1` returns 0").arg(p.checkSql));
                out += QLatin1Char('\n');
            }
            for (const QString& w : s->warnings)
                out += QStringLiteral("> **Warning:** %1\n\n").arg(w);
            if (s->backfill)
                out += QStringLiteral(
                    "Batches of %1 rows on `%2.%3`; `:last` starts at `%4` and stops after `%5`. Done when `%6` "
                    "returns 0.\n\n")
                           .arg(s->backfill->batchSize)
                           .arg(s->backfill->table, s->backfill->keyColumn, s->backfill->firstKeySql,
                               s->backfill->lastKeySql, s->backfill->remainingSql);
            out += code(s->sql);
            if (!s->verificationSql.isEmpty())
                out += QStringLiteral("\nVerify (returns 0 when done): `%1`\n").arg(s->verificationSql);
            out += QStringLiteral("\n<details><summary>Rollback</summary>\n\n%1\n</details>\n\n")
                       .arg(code(s->rollbackSql));
        }
    }
    return out;
}

} // namespace godwit::plan
