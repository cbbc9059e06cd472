// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnswapplanner.h"

#include "columnswapwalk.h"
#include "diff/classifier.h"
#include "diff/dependencyfinder.h"
#include "dualwritetriggers.h"
#include "newcolumn.h"
#include "plansql.h"
#include "schema/ddlgenerator.h"
#include "schema/identifier.h"
#include "schema/sqltokenizer.h"
#include "schema/tablerebuild.h"

namespace godwit::plan {

using diff::Change;
using diff::ChangeType;
using diff::Classifier;
using schema::Column;
using schema::quoteIdentifierIfNeeded;
using schema::sameIdentifier;
using schema::Table;

namespace {

    QString q(const QString& name) { return quoteIdentifierIfNeeded(name); }

    // Why ALTER TABLE DROP COLUMN cannot drop `column` once the plan's earlier contract steps
    // (dropping redefined indexes, views and triggers) have run; empty when it can.
    QString dropRestriction(const PlanContext& ctx, const QString& beforeTable, const QString& column)
    {
        const diff::ChangeSet& set = ctx.changeSet();
        QList<diff::Dependent> remaining;
        for (const diff::Dependent& d : diff::DependencyFinder::columnDependents(set.before, beforeTable, column)) {
            const bool handled = std::ranges::any_of(set.changes, [&](const Change& c) {
                return c.object == d.kind && c.type != ChangeType::Added
                    && (sameIdentifier(c.name, d.name) || sameIdentifier(c.oldName, d.name))
                    && (d.kind == diff::ObjectKind::Index || d.kind == diff::ObjectKind::View
                        || d.kind == diff::ObjectKind::Trigger);
            });
            if (!handled)
                remaining << d;
        }
        const Table* t = set.before.table(beforeTable);
        return Classifier::dropColumnRestriction(remaining, t ? t->column(column) : nullptr);
    }

    QList<schema::Index> createIndexes(const Table& table)
    {
        QList<schema::Index> out;
        for (const auto& i : table.indexes) {
            if (i.origin == schema::IndexOrigin::CreateIndex)
                out << i;
        }
        return out;
    }

    QString compatibilityName(const PlanContext& ctx, const QString& table)
    {
        QString name = table + QStringLiteral("_v1");
        auto taken = [&](const QString& n) {
            const auto& s = ctx.changeSet();
            return s.before.table(n) || s.after.table(n) || s.before.view(n) || s.after.view(n);
        };
        while (taken(name))
            name += QStringLiteral("_compat");
        return name;
    }

} // namespace

PlanUnit ColumnSwapPlanner::plan(PlanContext& ctx, const QString& tableName, const QList<const Change*>& changes)
{
    PlanUnit unit;
    const diff::ChangeSet& set = ctx.changeSet();
    const Table& at = *set.after.table(tableName);
    const Table bt = *ctx.beforeTable(tableName);
    const QString beforeName = ctx.beforeName(tableName);
    const QString t = q(at.name);
    const ChangeAnswers tableAnswers = ctx.answersForTable(at.name);

    QList<NewColumn> news;
    QList<const Change*> drops;
    QStringList changeIds;
    for (const Change* c : changes) {
        changeIds << c->id();
        if (c->type == ChangeType::Removed)
            drops << c;
        else
            news << NewColumn::describe(ctx, *c, at, &unit.warnings);
    }
    const bool hasRenames = std::ranges::any_of(news, [](const NewColumn& n) { return !n.oldName.isEmpty(); });
    const bool breaking = hasRenames || !drops.isEmpty();
    const bool additiveOnly = !breaking && std::ranges::all_of(news, [](const NewColumn& n) { return n.isFinal; });

    // Facts for the steps: old columns that go, whether the contract needs the rebuild.
    QStringList oldColumns; // before-names that disappear at the contract
    for (const NewColumn& n : news) {
        if (!n.oldName.isEmpty())
            oldColumns << n.oldName;
    }
    for (const Change* d : drops)
        oldColumns << d->name;
    QStringList rebuildReasons;
    for (const NewColumn& n : news) {
        if (n.isFinal)
            continue;
        const QString restriction = Classifier::addColumnRestriction(n.after, at);
        rebuildReasons << QStringLiteral("%1: %2").arg(
            n.after.name, restriction.isEmpty() ? QStringLiteral("its DEFAULT is added after the copy") : restriction);
    }
    for (const QString& old : oldColumns) {
        const QString r = dropRestriction(ctx, beforeName, old);
        if (!r.isEmpty())
            rebuildReasons << QStringLiteral("%1: %2").arg(old, r);
    }
    const bool rebuild = !rebuildReasons.isEmpty();

    const ChangeAnswers first = changes.isEmpty() ? ChangeAnswers {} : ctx.answersFor(*changes.front());
    const bool skipDualWrite = first.skipDualWrite.value_or(tableAnswers.skipDualWrite.value_or(false));
    const QString skipReason
        = !first.skipDualWriteReason.isEmpty() ? first.skipDualWriteReason : tableAnswers.skipDualWriteReason;
    const bool compatibilityView
        = hasRenames && first.compatibilityView.value_or(tableAnswers.compatibilityView.value_or(true));
    const int batch = ctx.batchSize(first);

    DecisionWalk& walk = unit.walk;
    walk.id = tableName;
    walk.table = tableName;
    walk.changeIds = changeIds;
    walk.strategy = additiveOnly ? QStringLiteral("additive") : QStringLiteral("column-swap");
    QStringList what;
    for (const NewColumn& n : news)
        what << (n.oldName.isEmpty() ? QStringLiteral("add %1").arg(n.after.name)
                                     : QStringLiteral("rename %1 to %2").arg(n.oldName, n.after.name));
    for (const Change* d : drops)
        what << QStringLiteral("drop %1").arg(d->name);
    walk.title = QStringLiteral("%1: %2").arg(tableName, what.join(QStringLiteral(", ")));

    // Expand: every new column arrives in a shape ADD COLUMN accepts.
    QStringList expandIds;
    QStringList expandDefinitions;
    for (const NewColumn& n : news) {
        if (n.contractOnly)
            continue;
        const QString definition = schema::DdlGenerator::columnDefinition(n.expand) + n.references;
        expandDefinitions << definition;
        RankedStep s = PlanContext::makeStep(Phase::Expand, Rank::ExpandColumns,
            QStringLiteral("%1.%2").arg(tableName, n.after.name),
            QStringLiteral("Add %1.%2%3")
                .arg(tableName, n.after.name, n.isFinal ? QString() : QStringLiteral(" (nullable)")));
        s.step.sql = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2;\n").arg(t, definition);
        s.step.rollbackSql = QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;\n").arg(t, q(n.after.name));
        s.step.verificationSql = PlanSql::columnMissing(at.name, n.after.name);
        s.step.preconditions << Precondition { QStringLiteral("%1 has no column %2 yet").arg(tableName, n.after.name),
            PlanSql::columnPresent(at.name, n.after.name) };
        if (n.isFinal)
            s.step.explanation
                = QStringLiteral("Expand (the article's first phase: “Add new nullable columns or new tables”). ALTER "
                                 "TABLE ADD COLUMN adds "
                                 "%1 with its final definition in place: SQLite only rewrites the CREATE text, so it "
                                 "is instant on any table "
                                 "size, and old readers and writers never notice a column they do not name.")
                      .arg(n.after.name);
        else
            s.step.explanation = QStringLiteral(
                "Expand (“Add new nullable columns”). %1 arrives nullable%2 so every existing reader and writer keeps "
                "working: old writers do not know it yet. ALTER TABLE ADD COLUMN is instant in SQLite. Its final "
                "definition (%3) is enforced at the contract, once every row has a value.")
                                     .arg(n.after.name,
                                         n.expand.hasDefault == n.after.hasDefault
                                             ? QString()
                                             : QStringLiteral(" and without its default"),
                                         schema::DdlGenerator::columnDefinition(n.after));
        s.step.changeIds << n.change->id();
        expandIds << s.step.id;
        unit.steps << s;
    }

    // Dual-write: triggers keep old and new columns equal while both versions of the application write.
    QStringList dualIds;
    QStringList triggerNames;
    QStringList triggerSql;
    for (const NewColumn& n : news) {
        if (n.up.isEmpty() || skipDualWrite)
            continue;
        QStringList created;
        QStringList names;
        Table current = bt;
        current.name = at.name;
        const QList<DualWriteTriggers::Trigger> triggers = n.oldName.isEmpty()
            ? QList<DualWriteTriggers::Trigger> { DualWriteTriggers::fill(current, n.after.name, n.up) }
            : DualWriteTriggers::rename(current, n.oldName, n.after.name, n.up, n.down);
        for (const auto& trigger : triggers) {
            names << trigger.name;
            created << trigger.sql;
        }
        RankedStep s = PlanContext::makeStep(Phase::DualWrite, Rank::ExpandColumns,
            QStringLiteral("%1.%2").arg(tableName, n.after.name),
            n.oldName.isEmpty()
                ? QStringLiteral("Fill %1.%2 on writes from the old version").arg(tableName, n.after.name)
                : QStringLiteral("Keep %1.%2 and %3 in step").arg(tableName, n.oldName, n.after.name));
        for (const QString& c : created)
            s.step.sql += schema::TableRebuild::statement(c);
        QStringList missing;
        for (const QString& name : names) {
            s.step.rollbackSql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(q(name));
            missing << PlanSql::objectMissing(QStringLiteral("trigger"), name);
        }
        if (!missing.isEmpty())
            s.step.verificationSql = PlanSql::sum(missing);
        if (n.oldName.isEmpty())
            s.step.explanation = QStringLiteral(
                "Dual-write (“Write both old and new fields during transition”). Writers of the old version do not set "
                "%1; "
                "this trigger gives their new rows %2 (from %3), so no new NULL appears behind the backfill.")
                                     .arg(n.after.name, n.up, n.fillSource);
        else
            s.step.explanation = QStringLiteral("Dual-write (“Write both old and new fields during transition”). Until "
                                                "every writer runs the new version, some "
                                                "write %1 and some %2. Writes from the old version copy old→new with "
                                                "the up expression %3; writes from the "
                                                "new version copy new→old with the down expression %4 (pgroll's "
                                                "names). Each trigger acts only when the "
                                                "other column disagrees (IS NOT), so a copy does not bounce back: this "
                                                "holds with recursive_triggers OFF "
                                                "(SQLite's default) and ON.")
                                     .arg(n.oldName, n.after.name, n.up, n.down);
        s.step.changeIds << n.change->id();
        dualIds << s.step.id;
        triggerNames << names;
        triggerSql << created;
        unit.steps << s;
    }

    // Backfill: the rows written before the dual-write started, in keyset batches.
    QStringList backfillIds;
    QStringList parityChecks; // each returns the rows where the new column is not yet right
    for (const NewColumn& n : news) {
        if (n.up.isEmpty())
            continue;
        const QString col = q(n.after.name);
        QString remaining = QStringLiteral("%1 IS NULL").arg(col);
        if (!n.oldName.isEmpty() && !n.up.startsWith(QLatin1String("coalesce")))
            remaining += QStringLiteral(" AND %1 IS NOT NULL").arg(q(n.oldName));
        RankedStep s = PlanContext::makeStep(Phase::Backfill, Rank::Backfill,
            QStringLiteral("%1.%2").arg(tableName, n.after.name),
            QStringLiteral("Backfill %1.%2").arg(tableName, n.after.name));
        BackfillSpec spec
            = PlanSql::backfill(bt, QStringLiteral("UPDATE %1 SET %2 = %3").arg(t, col, n.up), remaining, batch);
        s.step.sql = spec.batchSql + QStringLiteral(";\n");
        s.step.backfill = spec;
        s.step.rollbackSql = PlanSql::comment(
            QStringLiteral("Nothing to undo: the Expand rollback drops %1 with the copied values.").arg(n.after.name));
        const QString parity = n.oldName.isEmpty()
            ? QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL").arg(t, col)
            : QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT %3").arg(t, col, n.up);
        s.step.verificationSql = parity;
        parityChecks << parity;
        s.step.preconditions << Precondition {
            QStringLiteral("the dual-write triggers are in place, so rows written during the backfill stay right"),
            skipDualWrite ? QString() : PlanSql::objectMissing(QStringLiteral("trigger"), triggerNames.value(0))
        };
        s.step.explanation = QStringLiteral(
            "Backfill (“Backfill historical data asynchronously”, in small batches with throttling). Rows written "
            "before the "
            "dual-write started have %1 NULL. The batch statement walks %2 in ranges of %3 rows (keyset, :last = the "
            "end of "
            "the previous range), one short transaction each, so a writer waits at most one batch. Repeat until the "
            "remaining count is 0: that is the tree's “Backfill complete?” loop. It only touches rows still NULL, so "
            "it is "
            "safe to stop and resume. The same work in one statement (for small tables or a Flyway file):\n%4")
                                 .arg(n.after.name,
                                     spec.keyColumn.isEmpty() ? QStringLiteral("the table") : spec.keyColumn)
                                 .arg(batch)
                                 .arg(spec.wholeSql);
        if (spec.keyColumn.isEmpty())
            s.step.warnings << QStringLiteral(
                "%1 is WITHOUT ROWID: no integer key to walk, so the backfill is one batch.")
                                   .arg(tableName);
        if (skipDualWrite)
            s.step.warnings << QStringLiteral(
                "Dual-write skipped (%1): rows written after the backfill by old writers stay NULL.")
                                   .arg(skipReason.isEmpty() ? QStringLiteral("answer skipDualWrite") : skipReason);
        s.step.changeIds << n.change->id();
        ctx.markBackfilled(tableName, n.after.name);
        backfillIds << s.step.id;
        unit.steps << s;
    }

    // Read switch: readers move to the new names; a view keeps the old shape for those that cannot.
    QString compatName;
    QString compatSql;
    QStringList readIds;
    if (breaking) {
        compatName = compatibilityName(ctx, tableName);
        if (compatibilityView) {
            QStringList cols;
            for (const Column& c : bt.columns) {
                if (c.hidden)
                    continue;
                auto renamed
                    = std::ranges::find_if(news, [&](const NewColumn& n) { return sameIdentifier(n.oldName, c.name); });
                if (renamed != news.end())
                    cols << QStringLiteral("%1 AS %2").arg(renamed->down, q(c.name));
                else if (!std::ranges::any_of(drops, [&](const Change* d) { return sameIdentifier(d->name, c.name); }))
                    cols << q(c.name);
            }
            compatSql = QStringLiteral("CREATE VIEW %1 AS\n    SELECT %2\n      FROM %3")
                            .arg(q(compatName), cols.join(QStringLiteral(", ")), t);
            ctx.registerCompatibilityView(tableName, compatSql);
        }
        RankedStep s = PlanContext::makeStep(
            Phase::ReadSwitch, Rank::ExpandColumns, tableName, QStringLiteral("Switch reads of %1").arg(tableName));
        QStringList moves;
        for (const NewColumn& n : news) {
            if (!n.oldName.isEmpty())
                moves << QStringLiteral("read %1 instead of %2").arg(n.after.name, n.oldName);
        }
        for (const Change* d : drops)
            moves << QStringLiteral("stop reading and writing %1").arg(d->name);
        s.step.sql = PlanSql::comment(QStringLiteral("Application change, rolled out gradually: %1 (%2).")
                                          .arg(moves.join(QStringLiteral("; ")), tableName));
        if (!compatSql.isEmpty()) {
            s.step.sql += schema::TableRebuild::statement(compatSql);
            s.step.rollbackSql = QStringLiteral("DROP VIEW IF EXISTS %1;\n").arg(q(compatName));
            s.step.verificationSql = PlanSql::objectMissing(QStringLiteral("view"), compatName);
        } else {
            s.step.rollbackSql
                = PlanSql::comment(QStringLiteral("Roll the application back: both shapes are still complete."));
        }
        for (const QString& check : parityChecks)
            s.step.preconditions << Precondition { QStringLiteral("the backfill is complete"), check };
        for (const Change* d : drops) {
            const QStringList users = ctx.queriesUsing(tableName, d->name);
            s.step.preconditions << Precondition {
                QStringLiteral("no application query uses %1.%2").arg(tableName, d->name), QString()
            };
            if (!users.isEmpty())
                unit.warnings << QStringLiteral("%1.%2 is dropped but %3 still %4 it: %5")
                                     .arg(tableName, d->name,
                                         PlanContext::count(users.size(), QStringLiteral("application query"),
                                             QStringLiteral("application queries")),
                                         users.size() == 1 ? QStringLiteral("uses") : QStringLiteral("use"),
                                         users.join(QStringLiteral(" | ")));
        }
        s.step.explanation
            = QStringLiteral("Read switch (“Shift reads to new fields”: move traffic gradually, canary rollout and "
                             "fallback). Deploy readers "
                             "that %1. While old and new shapes are both complete, falling back is only a redeploy.%2")
                  .arg(moves.join(QStringLiteral("; ")),
                      compatSql.isEmpty() ? QString()
                                          : QStringLiteral(" The view %1 keeps the old shape for readers that cannot "
                                                           "move yet (reports, BI tools): it reads the new columns, so "
                                                           "it survives the drop of the old ones, until the contract's "
                                                           "last step retires it.")
                                                .arg(compatName));
        for (const Change* c : changes)
            s.step.changeIds << c->id();
        readIds << s.step.id;
        unit.steps << s;
    }

    // Contract: stop the dual-write, then drop the old columns and enforce the final definitions.
    QStringList contractIds;
    if (!triggerNames.isEmpty()) {
        RankedStep s = PlanContext::makeStep(Phase::Contract, Rank::ContractTable,
            tableName + QStringLiteral(".dual-write"), QStringLiteral("Stop the dual-write on %1").arg(tableName));
        for (const QString& name : triggerNames)
            s.step.sql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(q(name));
        for (const QString& c : triggerSql)
            s.step.rollbackSql += schema::TableRebuild::statement(c);
        s.step.verificationSql = PlanSql::objectPresent(QStringLiteral("trigger"), triggerNames.front());
        s.step.preconditions << Precondition { QStringLiteral("every writer runs the new version"), QString() };
        s.step.explanation
            = QStringLiteral("Contract (“Remove old fields later”, only after a confidence window). With no writer "
                             "of the old version left, the dual-write triggers go first: they name the old columns.");
        for (const NewColumn& n : news)
            s.step.changeIds << n.change->id();
        contractIds << s.step.id;
        unit.steps << s;
    }
    if (!additiveOnly && (rebuild || !oldColumns.isEmpty())) {
        Table expanded = bt;
        for (const NewColumn& n : news) {
            if (!n.contractOnly)
                expanded.columns << n.expand;
        }
        expanded.sql = bt.sql.isEmpty() ? QString() : schema::TableRebuild::appendColumns(bt.sql, expandDefinitions);
        const auto [dropDeps, createDeps] = ctx.rebuildDependents(tableName);

        // Rolling back restores the expanded shape: old columns come back from the new ones (down).
        schema::TableRebuild back(expanded, at.name);
        back.setCopyRowid(!at.withoutRowid && !bt.withoutRowid);
        // Indexes as they were before the contract: the diff maps an index through a column rename,
        // so an index it calls unchanged still names the old column until the contract.
        QList<schema::Index> indexes;
        for (const schema::Index& index : createIndexes(at)) {
            const bool changed = std::ranges::any_of(set.changes, [&](const Change& c) {
                return c.object == diff::ObjectKind::Index && sameIdentifier(c.name, index.name);
            });
            const schema::Index* old = bt.index(index.name);
            indexes << (!changed && old ? *old : index);
        }
        back.setIndexes(indexes);
        for (const Column& c : expanded.columns) {
            if (c.isGenerated() || c.hidden)
                continue;
            auto renamed
                = std::ranges::find_if(news, [&](const NewColumn& n) { return sameIdentifier(n.oldName, c.name); });
            if (renamed != news.end())
                back.setSourceExpression(c.name, renamed->down);
            else if (at.column(c.name) && !at.column(c.name)->isGenerated())
                back.setSourceExpression(c.name, q(c.name));
            else if (c.notNull)
                back.setSourceExpression(c.name,
                    PlanSql::defaultExpression(c).isEmpty() ? PlanSql::placeholderValue(c)
                                                            : PlanSql::defaultExpression(c));
        }
        const QString rollback
            = PlanSql::comment(QStringLiteral("Restores the expanded shape; values of dropped columns are "
                                              "gone (keep the backup)."))
            + back.script(dropDeps, createDeps);

        RankedStep s = PlanContext::makeStep(Phase::Contract, Rank::ContractTable, tableName,
            rebuild ? QStringLiteral("Rebuild %1 with its final definition").arg(tableName)
                    : QStringLiteral("Drop %1 from %2").arg(oldColumns.join(QStringLiteral(", ")), tableName));
        if (rebuild) {
            schema::TableRebuild forward(at, at.name);
            forward.setCopyRowid(!at.withoutRowid && !bt.withoutRowid);
            forward.copySameNamedColumns(expanded);
            s.step.sql = forward.script(dropDeps, createDeps);
            s.step.transactional = false;
            ctx.markRebuiltAtContract(tableName);
            s.step.explanation = QStringLiteral(
                "Contract (“Remove old fields later”; the article's version 4 enforces NOT NULL and drops the legacy "
                "column). "
                "SQLite's ALTER TABLE does only RENAME, ADD COLUMN and DROP COLUMN, so the final definition needs the "
                "documented 12-step rebuild (lang_altertable.html#otheralter): foreign keys off outside the "
                "transaction, "
                "create the new table, copy, drop, rename, recreate indexes, views and triggers, foreign_key_check, "
                "commit. "
                "Why: %1.%2")
                                     .arg(rebuildReasons.join(QStringLiteral("; ")),
                                         oldColumns.isEmpty() ? QString()
                                                              : QStringLiteral(" It also drops %1.")
                                                                    .arg(oldColumns.join(QStringLiteral(", "))));
        } else {
            for (const QString& old : oldColumns)
                s.step.sql += QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;\n").arg(t, q(old));
            s.step.explanation = QStringLiteral(
                "Contract (“Remove old fields later”). ALTER TABLE DROP COLUMN (SQLite 3.35+) removes %1 in place: no "
                "index, key, constraint, view or trigger uses it any more. SQLite rewrites the table's pages, so on a "
                "big "
                "table this takes as long as a copy.")
                                     .arg(oldColumns.join(QStringLiteral(", ")));
        }
        s.step.rollbackSql = rollback;
        QStringList checks;
        for (const QString& old : oldColumns)
            checks << PlanSql::columnPresent(at.name, old);
        checks << PlanSql::foreignKeyViolations();
        s.step.verificationSql = PlanSql::sum(checks);
        for (const NewColumn& n : news) {
            if (n.after.notNull && !n.expand.notNull)
                s.step.preconditions << Precondition {
                    QStringLiteral("no NULL left in %1.%2").arg(tableName, n.after.name),
                    QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL").arg(t, q(n.after.name))
                };
        }
        s.step.preconditions << Precondition {
            QStringLiteral("no reader or writer uses %1 any more").arg(oldColumns.join(QStringLiteral(", "))), QString()
        };
        for (const Change* c : changes)
            s.step.changeIds << c->id();
        contractIds << s.step.id;
        unit.steps << s;
    } else if (!additiveOnly && rebuild) {
        ctx.markRebuiltAtContract(tableName);
    }
    if (!compatSql.isEmpty()) {
        RankedStep s = PlanContext::makeStep(Phase::Contract, Rank::RetireCompatibility, compatName,
            QStringLiteral("Retire the view %1").arg(compatName));
        s.step.sql = QStringLiteral("DROP VIEW IF EXISTS %1;\n").arg(q(compatName));
        s.step.rollbackSql = schema::TableRebuild::statement(compatSql);
        s.step.verificationSql = PlanSql::objectPresent(QStringLiteral("view"), compatName);
        s.step.preconditions << Precondition { QStringLiteral("no reader uses %1 any more").arg(compatName),
            QString() };
        s.step.explanation
            = QStringLiteral("The end of the confidence window: the compatibility view goes when no reader uses it. "
                             "Until then it costs nothing (a view stores no rows).");
        for (const NewColumn& n : news) {
            if (!n.oldName.isEmpty())
                s.step.changeIds << n.change->id();
        }
        contractIds << s.step.id;
        unit.steps << s;
    }
    for (RankedStep& s : unit.steps)
        s.step.walkId = walk.id;

    ColumnSwapWalk::Facts facts;
    facts.table = tableName;
    facts.changes = changes;
    facts.breaking = breaking;
    facts.additiveOnly = additiveOnly;
    facts.compatibilityView = compatSql.isEmpty() ? QString() : compatName;
    facts.skipDualWrite = skipDualWrite;
    facts.skipReason = skipReason;
    facts.batchSizeOverridden = first.backfillBatchSize.has_value();
    facts.batchSize = batch;
    facts.triggerCount = static_cast<int>(triggerNames.size());
    facts.rebuild = rebuild;
    facts.rebuildReasons = rebuildReasons;
    facts.parityChecks = parityChecks;
    facts.expandIds = expandIds;
    facts.dualWriteIds = dualIds;
    facts.backfillIds = backfillIds;
    facts.readSwitchIds = readIds;
    facts.contractIds = contractIds;
    ColumnSwapWalk::fill(walk, facts);

    return unit;
}

} // namespace godwit::plan
