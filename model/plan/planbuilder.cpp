// SPDX-License-Identifier: GPL-3.0-or-later
#include "planbuilder.h"

#include "columnswapplanner.h"
#include "diff/schemadiff.h"
#include "objectplanner.h"
#include "plancontext.h"
#include "requestedindexplanner.h"
#include "schema/identifier.h"
#include "schema/sqltokenizer.h"
#include "shadowtableplanner.h"
#include "splitmergeplanner.h"

#include <algorithm>

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcPlan, "godwit.model.plan", QtInfoMsg)

namespace godwit::plan {

using diff::Change;
using diff::ChangeType;
using diff::ObjectKind;
using schema::sameIdentifier;

namespace {

    bool isStructural(const Change& c)
    {
        switch (c.object) {
        case ObjectKind::Column:
            return c.type == ChangeType::Modified;
        case ObjectKind::PrimaryKey:
        case ObjectKind::ForeignKey:
        case ObjectKind::Unique:
        case ObjectKind::Check:
        case ObjectKind::TableOption:
            return true;
        default:
            return false;
        }
    }

    // Columns added together with their own foreign key are one change for the plan: ADD COLUMN
    // ... REFERENCES (the classifier says so by calling the key in place).
    // A view or trigger that differs only because a table it names was renamed: ALTER TABLE RENAME
    // TO rewrites it, so the plan has nothing to do for it.
    bool followsTableRename(const Change& c, const diff::ChangeSet& set)
    {
        if (c.type != ChangeType::Modified || (c.object != ObjectKind::View && c.object != ObjectKind::Trigger))
            return false;
        QHash<QString, QString> renames;
        for (const Change& t : set.changes) {
            if (t.object == ObjectKind::Table && t.type == ChangeType::Renamed)
                renames.insert(schema::identifierKey(t.oldName), t.name);
        }
        if (renames.isEmpty())
            return false;
        QString renamed;
        for (const schema::SqlToken& t : schema::SqlTokenizer::tokenize(c.beforeSql)) {
            const bool name
                = t.kind == schema::SqlToken::Kind::Word || t.kind == schema::SqlToken::Kind::QuotedIdentifier;
            renamed += name && renames.contains(schema::identifierKey(t.identifier()))
                ? renames.value(schema::identifierKey(t.identifier()))
                : t.text;
        }
        return schema::SqlTokenizer::normalized(renamed) == schema::SqlTokenizer::normalized(c.afterSql);
    }

    bool isInPlaceForeignKey(const Change& c)
    {
        return c.object == ObjectKind::ForeignKey && c.type == ChangeType::Added
            && c.classification.capability == diff::Capability::InPlace;
    }

    // Each surviving table: a shadow table when its definition changes beyond columns, the
    // column swap otherwise.
    void planSurvivingTables(PlanContext& ctx, QList<PlanUnit>& units, QSet<const Change*>& planned)
    {
        const diff::ChangeSet& set = ctx.changeSet();
        QStringList tables;
        for (const Change& c : set.changes) {
            if (c.object != ObjectKind::Table && c.object != ObjectKind::View && !planned.contains(&c)
                && !schema::containsIdentifier(tables, c.table) && set.after.table(c.table) && ctx.beforeTable(c.table))
                tables << c.table;
        }
        for (const QString& table : tables) {
            QList<const Change*> mine;
            bool structural = false;
            for (const Change& c : set.changes) {
                if (planned.contains(&c) || !sameIdentifier(c.table, table))
                    continue;
                if (c.object == ObjectKind::Column || (isStructural(c) && !isInPlaceForeignKey(c))) {
                    mine << &c;
                    structural = structural || isStructural(c);
                }
            }
            if (mine.isEmpty())
                continue;
            if (structural) {
                // The shadow table takes the table's index changes too: the swap recreates every index.
                for (const Change& c : set.changes) {
                    if (!planned.contains(&c) && c.object == ObjectKind::Index && sameIdentifier(c.table, table))
                        mine << &c;
                }
                units << ShadowTablePlanner::plan(ctx, table, mine);
            } else {
                units << ColumnSwapPlanner::plan(ctx, table, mine);
            }
            for (const Change* c : mine)
                planned.insert(c);
            for (const Change& c : set.changes) {
                if (isInPlaceForeignKey(c) && sameIdentifier(c.table, table))
                    planned.insert(&c);
            }
        }
    }

    // Objects last: they need to know which tables are rebuilt and which columns backfilled. Then
    // the removed tables.
    void planObjects(PlanContext& ctx, QList<PlanUnit>& units, QSet<const Change*>& planned)
    {
        const diff::ChangeSet& set = ctx.changeSet();
        for (const Change& c : set.changes) {
            if (planned.contains(&c) || followsTableRename(c, set))
                continue;
            if (c.object == ObjectKind::Index)
                units << ObjectPlanner::index(ctx, c);
            else if (c.object == ObjectKind::View || c.object == ObjectKind::Trigger)
                units << ObjectPlanner::viewOrTrigger(ctx, c);
            else
                continue;
            planned.insert(&c);
        }
        for (const Change& c : set.changes) {
            if (c.object == ObjectKind::Table && c.type == ChangeType::Removed && !planned.contains(&c)) {
                units << ObjectPlanner::dropTable(ctx, c);
                planned.insert(&c);
            }
        }
    }

    // The units' steps phase by phase, by rank within a phase (stable: planning order breaks
    // ties), with ids made unique ("id#2") and the walks pointing at the new ids.
    MigrationPlan assemble(const QList<PlanUnit>& units)
    {
        MigrationPlan plan;
        QList<RankedStep> ordered;
        for (const PlanUnit& unit : units) {
            plan.walks << unit.walk;
            plan.warnings << unit.warnings;
            ordered << unit.steps;
        }
        std::ranges::stable_sort(ordered, [](const RankedStep& a, const RankedStep& b) {
            if (a.step.phase != b.step.phase)
                return a.step.phase < b.step.phase;
            return static_cast<int>(a.rank) < static_cast<int>(b.rank);
        });
        QSet<QString> ids;
        for (const RankedStep& o : ordered) {
            PlanStep step = o.step;
            QString id = step.id;
            for (int n = 2; ids.contains(id); ++n)
                id = QStringLiteral("%1#%2").arg(step.id).arg(n);
            ids.insert(id);
            if (id != step.id) {
                for (DecisionWalk& w : plan.walks) {
                    if (w.id != step.walkId)
                        continue;
                    for (WalkStep& ws : w.steps)
                        ws.stepIds.replaceInStrings(
                            QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(step.id))), id);
                }
                step.id = id;
            }
            plan.steps << step;
        }
        return plan;
    }

} // namespace

diff::ChangeSet PlanBuilder::resolveRenames(const diff::ChangeSet& set, const Answers& answers)
{
    diff::DiffOptions options;
    bool rejected = false;
    for (const Change& c : set.changes) {
        if (c.type != ChangeType::Renamed || (c.object != ObjectKind::Column && c.object != ObjectKind::Table))
            continue;
        const auto confirmed = answers.forChange(c.id(), c.table).renameConfirmed;
        if (confirmed == false) {
            options.rejectedRenames << c.id();
            rejected = true;
        } else if (!c.isProposal || confirmed == true) {
            options.acceptedRenames << c.id();
        }
    }
    if (!rejected)
        return set;
    // Diffing again keeps every other decision (accepted renames, proposals) as it was.
    return diff::SchemaDiff::compare(set.before, set.after, options);
}

MigrationPlan PlanBuilder::build(const diff::ChangeSet& input, const Answers& answers)
{
    const diff::ChangeSet set = resolveRenames(input, answers);
    PlanContext ctx(set, answers);
    QList<PlanUnit> units;
    QSet<const Change*> planned;

    // Whole tables first: renames change the name every later step uses.
    for (const Change& c : set.changes) {
        if (c.object == ObjectKind::Table && c.type == ChangeType::Renamed) {
            units << ObjectPlanner::renameTable(ctx, c);
            planned.insert(&c);
        }
    }
    // Splits and merges: a new table fed by columns that leave existing ones.
    for (PlanUnit& unit : SplitMergePlanner::plan(ctx, &planned))
        units << unit;
    for (const Change& c : set.changes) {
        if (c.object == ObjectKind::Table && c.type == ChangeType::Added && !planned.contains(&c)) {
            units << ObjectPlanner::addTable(ctx, c);
            planned.insert(&c);
        }
    }
    planSurvivingTables(ctx, units, planned);
    planObjects(ctx, units, planned);
    // Indexes asked for beyond the diff, once every planner has said what it backfills and rebuilds.
    QStringList requestWarnings;
    for (const RequestedIndex& index : answers.indexes) {
        if (auto unit = RequestedIndexPlanner::plan(ctx, index, &requestWarnings))
            units << *unit;
    }

    MigrationPlan plan = assemble(units);
    plan.before = set.before.source;
    plan.after = set.after.source;
    plan.warnings << requestWarnings;
    for (const Change* p : set.proposals()) {
        if (!answers.forChange(p->id(), p->table).renameConfirmed)
            plan.warnings << QStringLiteral(
                "%1 %2.%3 → %4 is a proposed rename (%5% sure), planned as a rename; answer "
                "renameConfirmed for %6 to confirm or reject it.")
                                 .arg(diff::objectKindName(p->object), p->table, p->oldName, p->name)
                                 .arg(qRound(p->confidence * 100))
                                 .arg(p->id());
    }
    qCDebug(lcPlan) << "planned" << set.changes.size() << "changes in" << plan.steps.size() << "steps";
    return plan;
}

} // namespace godwit::plan
