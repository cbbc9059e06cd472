// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowtableplanner.h"

#include "datacheck.h"
#include "plansql.h"
#include "schema/ddlgenerator.h"
#include "schema/identifier.h"
#include "schema/tablerebuild.h"

namespace godwit::plan {

using diff::Change;
using diff::ChangeType;
using diff::ObjectKind;
using schema::Column;
using schema::quoteIdentifierIfNeeded;
using schema::sameIdentifier;
using schema::Table;

namespace {

    QString q(const QString& name) { return quoteIdentifierIfNeeded(name); }

    QString statement(const QString& sql) { return schema::TableRebuild::statement(sql); }

    QList<schema::Index> createIndexes(const Table& table)
    {
        QList<schema::Index> out;
        for (const auto& i : table.indexes) {
            if (i.origin == schema::IndexOrigin::CreateIndex)
                out << i;
        }
        return out;
    }

    // The copy's value for column `c` of the new definition, from the old row: the answer `up`,
    // else the same column (by its old name for a rename). Rows that hold NULL where `c` becomes
    // NOT NULL get the answer `fill`, else the column's DEFAULT (what an INSERT without the
    // column would store), else nothing (the data pre-check stops the plan on them).
    QString sourceExpression(const PlanContext& ctx, const Table& bt, const Table& at, const Column& c,
        const QList<const Change*>& changes, QStringList* warnings)
    {
        const Change* renamed = nullptr;
        const Change* own = nullptr;
        for (const Change* ch : changes) {
            if (ch->object == ObjectKind::Column && sameIdentifier(ch->name, c.name)) {
                own = ch;
                if (ch->type == ChangeType::Renamed)
                    renamed = ch;
            }
        }
        const ChangeAnswers a = own ? ctx.answersFor(*own) : ctx.answersForTable(at.name);
        const QString source = renamed ? renamed->oldName : c.name;
        const Column* from = bt.column(source);
        QString up;
        if (!a.up.isEmpty())
            up = QStringLiteral("(%1)").arg(a.up);
        else if (from && !from->isGenerated())
            up = q(source);
        const bool becomesNotNull = c.notNull && (!from || !from->notNull);
        QString fill = a.fill;
        if (fill.isEmpty() && (!from || becomesNotNull))
            fill = PlanSql::defaultExpression(c);
        if (becomesNotNull) {
            if (fill.isEmpty() && !from) {
                fill = PlanSql::placeholderValue(c);
                *warnings << QStringLiteral("%1.%2 is NOT NULL without a default: existing rows get %3 unless you "
                                            "give a value (answer 'fill').")
                                 .arg(at.name, c.name, fill);
            }
            if (!fill.isEmpty())
                up = up.isEmpty() ? fill : QStringLiteral("coalesce(%1, %2)").arg(up, fill);
        } else if (up.isEmpty() && !fill.isEmpty()) {
            up = fill;
        }
        return up;
    }

    // The data checks that must find no row before the copy and the swap: NULLs the copy does
    // not fill (no answer 'fill', no DEFAULT), duplicates, orphans, rows failing a CHECK.
    QList<Precondition> dataPreconditions(const PlanContext& ctx, const Table& at, const QList<const Change*>& changes)
    {
        QList<Precondition> out;
        for (const Change* c : changes) {
            for (const DataCheck& d : DataCheck::forChange(ctx.changeSet(), *c)) {
                if (d.kind == DataCheck::Kind::MissingValues || d.kind == DataCheck::Kind::TypeMismatch)
                    continue; // filled by the copy / converted by affinity: no blocker
                const Column* column = c->object == ObjectKind::Column ? at.column(c->name) : nullptr;
                if (d.kind == DataCheck::Kind::Nulls
                    && (!ctx.answersFor(*c).fill.isEmpty()
                        || (column && !PlanSql::defaultExpression(*column).isEmpty())))
                    continue; // the copy fills them
                DataCheck renamedCheck = d;
                out << Precondition { QStringLiteral("none: %1").arg(d.description),
                    renamedCheck.countSql.replace(
                        QStringLiteral("FROM %1 ").arg(q(d.table)), QStringLiteral("FROM %1 ").arg(q(at.name))) };
            }
        }
        return out;
    }

} // namespace

PlanUnit ShadowTablePlanner::plan(PlanContext& ctx, const QString& tableName, const QList<const Change*>& changes)
{
    PlanUnit unit;
    const diff::ChangeSet& set = ctx.changeSet();
    const Table& at = *set.after.table(tableName);
    const Table bt = *ctx.beforeTable(tableName);
    const QString t = q(at.name);
    const ChangeAnswers tableAnswers = ctx.answersForTable(tableName);
    const QString shadow = at.name + QStringLiteral("_godwit_new");
    const bool rowids = !at.withoutRowid && !bt.withoutRowid;

    QStringList changeIds;
    bool additive = true;
    QStringList reasons;
    for (const Change* c : changes) {
        changeIds << c->id();
        additive = additive && c->classification.impact == diff::Impact::Additive;
        reasons << c->classification.reason;
    }
    DecisionWalk& walk = unit.walk;
    walk.id = tableName;
    walk.table = tableName;
    walk.strategy = QStringLiteral("shadow-table");
    walk.changeIds = changeIds;
    walk.title
        = QStringLiteral("%1: rebuild through a shadow table (%2)")
              .arg(tableName, PlanContext::count(changes.size(), QStringLiteral("change"), QStringLiteral("changes")));

    // Where each column of the new definition comes from, and back.
    schema::TableRebuild forward(at, at.name);
    forward.setTemporaryName(shadow);
    forward.setCopyRowid(rowids);
    schema::TableRebuild back(bt, at.name);
    back.setTemporaryName(at.name + QStringLiteral("_godwit_old"));
    back.setCopyRowid(rowids);
    for (const Column& c : at.columns) {
        if (c.isGenerated() || c.hidden)
            continue;
        const QString up = sourceExpression(ctx, bt, at, c, changes, &unit.warnings);
        if (!up.isEmpty())
            forward.setSourceExpression(c.name, up);
    }
    for (const Column& c : bt.columns) {
        if (c.isGenerated() || c.hidden)
            continue;
        const Change* renamed = nullptr;
        for (const Change* ch : changes) {
            if (ch->object == ObjectKind::Column && ch->type == ChangeType::Renamed
                && sameIdentifier(ch->oldName, c.name))
                renamed = ch;
        }
        const ChangeAnswers a = renamed ? ctx.answersFor(*renamed) : tableAnswers;
        if (renamed)
            back.setSourceExpression(c.name, a.down.isEmpty() ? q(renamed->name) : QStringLiteral("(%1)").arg(a.down));
        else if (at.column(c.name) && !at.column(c.name)->isGenerated())
            back.setSourceExpression(c.name, q(c.name));
        else if (c.notNull)
            back.setSourceExpression(c.name,
                PlanSql::defaultExpression(c).isEmpty() ? PlanSql::placeholderValue(c) : PlanSql::defaultExpression(c));
    }

    const QList<Precondition> dataChecks = dataPreconditions(ctx, at, changes);

    // Expand: the shadow table with the final definition, empty.
    RankedStep expand = PlanContext::makeStep(
        Phase::Expand, Rank::ExpandColumns, tableName, QStringLiteral("Create the shadow table %1").arg(shadow));
    expand.step.sql = statement(forward.createStatement());
    expand.step.rollbackSql = QStringLiteral("DROP TABLE IF EXISTS %1;\n").arg(q(shadow));
    expand.step.verificationSql = PlanSql::objectMissing(QStringLiteral("table"), shadow);
    expand.step.preconditions << dataChecks;
    expand.step.explanation = QStringLiteral(
        "Expand, for a change SQLite cannot make in place (%1). Instead of rebuilding %2 in one long transaction that "
        "blocks "
        "every writer while all rows are copied, the new definition starts as an empty shadow table next to it (the "
        "shadow-table pattern of pt-online-schema-change and gh-ost). Indexes come at the swap: their names are taken.")
                                  .arg(reasons.join(QLatin1Char(' ')), tableName);
    unit.steps << expand;

    // Dual-write: every write to the table is mirrored into the shadow.
    const bool skipDualWrite = tableAnswers.skipDualWrite.value_or(false)
        || std::ranges::any_of(
            changes, [&](const Change* c) { return ctx.answersFor(*c).skipDualWrite.value_or(false); });
    QStringList triggerNames;
    QStringList triggerSql;
    if (!skipDualWrite && rowids) {
        const QString ins = PlanSql::ownedName({ at.name, QStringLiteral("shadow_insert") });
        const QString upd = PlanSql::ownedName({ at.name, QStringLiteral("shadow_update") });
        const QString del = PlanSql::ownedName({ at.name, QStringLiteral("shadow_delete") });
        const QString copyNew = forward.copyStatement(QStringLiteral("rowid = NEW.rowid"))
                                    .replace(QStringLiteral("\n    "), QStringLiteral("\n        "));
        triggerSql
            << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2\nBEGIN\n    %3;\nEND").arg(q(ins), t, copyNew);
        triggerSql << QStringLiteral(
            "CREATE TRIGGER %1 AFTER UPDATE ON %2\nBEGIN\n    DELETE FROM %3 WHERE rowid = OLD.rowid;\n    %4;\nEND")
                          .arg(q(upd), t, q(shadow), copyNew);
        triggerSql << QStringLiteral(
            "CREATE TRIGGER %1 AFTER DELETE ON %2\nBEGIN\n    DELETE FROM %3 WHERE rowid = OLD.rowid;\nEND")
                          .arg(q(del), t, q(shadow));
        triggerNames << ins << upd << del;
        RankedStep dual = PlanContext::makeStep(Phase::DualWrite, Rank::ExpandColumns, tableName,
            QStringLiteral("Mirror writes on %1 into %2").arg(tableName, shadow));
        for (const QString& s : triggerSql)
            dual.step.sql += statement(s);
        for (const QString& n : triggerNames)
            dual.step.rollbackSql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(q(n));
        dual.step.verificationSql = PlanSql::objectMissing(QStringLiteral("trigger"), ins);
        dual.step.explanation = QStringLiteral(
            "Dual-write (“Write both old and new fields during transition”). Triggers copy every insert, update and "
            "delete on "
            "%1 into the shadow, converting on the way, so rows the application writes during the backfill arrive too. "
            "From "
            "now on a write that violates the new definition fails: that is the moment old writers meet the new rules.")
                                    .arg(tableName);
        unit.steps << dual;
    } else if (!rowids) {
        unit.warnings << QStringLiteral(
            "%1 is WITHOUT ROWID (before or after): writes cannot be mirrored by rowid, so stop writers "
            "between the backfill and the swap.")
                             .arg(tableName);
    }

    // Backfill: copy the history in keyset batches, skipping rows the triggers already copied.
    const ChangeAnswers first = changes.isEmpty() ? tableAnswers : ctx.answersFor(*changes.front());
    const int batch = ctx.batchSize(first.backfillBatchSize ? first : tableAnswers);
    QString head = forward.copyStatement();
    const QString missing = rowids
        ? QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 AS s WHERE s.rowid = %2.rowid)").arg(q(shadow), t)
        : QStringLiteral("NOT EXISTS (SELECT 1 FROM %1)").arg(q(shadow));
    BackfillSpec spec = PlanSql::backfill(bt, head, missing, batch);
    RankedStep fill = PlanContext::makeStep(
        Phase::Backfill, Rank::Backfill, tableName, QStringLiteral("Copy %1 into %2").arg(tableName, shadow));
    fill.step.sql = spec.batchSql + QStringLiteral(";\n");
    fill.step.backfill = spec;
    fill.step.rollbackSql
        = PlanSql::comment(QStringLiteral("Nothing to undo: the Expand rollback drops %1.").arg(shadow));
    fill.step.verificationSql = spec.remainingSql;
    fill.step.preconditions << dataChecks;
    fill.step.explanation = QStringLiteral(
        "Backfill (“Backfill historical data asynchronously”, throttled). Copies the rows written before the triggers "
        "in "
        "ranges of %1 on %2, one short transaction each, skipping rows the triggers already copied. Repeat until the "
        "remaining count is 0 (“Backfill complete?”).")
                                .arg(batch)
                                .arg(spec.keyColumn.isEmpty() ? QStringLiteral("the whole table") : spec.keyColumn);
    unit.steps << fill;

    RankedStep read = PlanContext::makeStep(
        Phase::ReadSwitch, Rank::ExpandColumns, tableName, QStringLiteral("Prepare readers of %1").arg(tableName));
    read.step.sql
        = PlanSql::comment(QStringLiteral("Application change: readers of %1 accept the new definition. In SQLite the "
                                          "swap itself is atomic, so reads move in one commit.")
                               .arg(tableName));
    read.step.rollbackSql = PlanSql::comment(QStringLiteral("Nothing to undo."));
    read.step.verificationSql
        = QStringLiteral("SELECT (SELECT count(*) FROM %1) - (SELECT count(*) FROM %2)").arg(t, q(shadow));
    read.step.preconditions << Precondition { QStringLiteral("the shadow holds every row"), spec.remainingSql };
    read.step.explanation = QStringLiteral("Read switch (“Shift reads to new fields”). The shadow is complete and kept "
                                           "complete; readers that would be surprised "
                                           "by the new definition (a new type, a new name) are deployed now. The swap "
                                           "at the contract moves everyone at once.");
    unit.steps << read;

    // Contract: the swap, with foreign keys off and a foreign_key_check before the commit.
    const auto [dropDeps, createDeps] = ctx.rebuildDependents(tableName);
    QStringList drops;
    for (const QString& n : triggerNames)
        drops << QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(q(n));
    drops << dropDeps;
    QString swap = QStringLiteral("PRAGMA foreign_keys = OFF;\nBEGIN;\n");
    for (const QString& s : drops)
        swap += statement(s);
    swap += statement(QStringLiteral("INSERT INTO %1 (%2)\n    SELECT %3 FROM %4\n    WHERE %5")
                          .arg(q(shadow), forward.targetColumns().join(QStringLiteral(", ")),
                              forward.sourceExpressions().join(QStringLiteral(", ")), t, missing));
    for (const QString& s : forward.swapStatements())
        swap += statement(s);
    for (const QString& s : createDeps)
        swap += statement(s);
    swap += schema::DdlGenerator::foreignKeyGuard() + QStringLiteral("COMMIT;\nPRAGMA foreign_keys = ON;\n");

    back.setIndexes(createIndexes(bt));
    schema::TableRebuild restoreShadow(at, at.name);
    restoreShadow.setTemporaryName(shadow);
    restoreShadow.setCopyRowid(rowids);
    restoreShadow.copySameNamedColumns(at);
    QString rollback
        = PlanSql::comment(QStringLiteral("Back to the state before the swap: the old definition under its name, the "
                                          "shadow beside it, the triggers mirroring writes."));
    rollback += QStringLiteral("PRAGMA foreign_keys = OFF;\nBEGIN;\n");
    for (const QString& s : dropDeps)
        rollback += statement(s);
    rollback
        += statement(restoreShadow.createStatement()) + statement(restoreShadow.copyStatement()) + back.statements();
    for (const QString& s : createDeps)
        rollback += statement(s);
    for (const QString& s : triggerSql)
        rollback += statement(s);
    rollback += schema::DdlGenerator::foreignKeyGuard() + QStringLiteral("COMMIT;\nPRAGMA foreign_keys = ON;\n");

    RankedStep contract = PlanContext::makeStep(
        Phase::Contract, Rank::ContractTable, tableName, QStringLiteral("Swap %1 for %2").arg(shadow, tableName));
    contract.step.sql = swap;
    contract.step.transactional = false;
    contract.step.rollbackSql = rollback;
    contract.step.verificationSql
        = QStringLiteral("SELECT (%1) + (%2)")
              .arg(PlanSql::foreignKeyViolations(), PlanSql::objectPresent(QStringLiteral("table"), shadow));
    contract.step.preconditions << Precondition { QStringLiteral("the shadow holds every row"), spec.remainingSql };
    contract.step.preconditions << dataChecks;
    contract.step.explanation = QStringLiteral("Contract (“Remove old fields later”): the tail of SQLite's 12-step "
                                               "rebuild (lang_altertable.html#otheralter). With "
                                               "foreign keys off outside the transaction: drop the triggers, copy the "
                                               "last rows, drop %1, rename the shadow into "
                                               "place, recreate indexes, views and triggers, foreign_key_check, "
                                               "commit. Writers wait only for this transaction, "
                                               "not for the whole copy.")
                                    .arg(tableName);
    unit.steps << contract;
    ctx.markRebuiltAtContract(tableName);

    for (RankedStep& s : unit.steps) {
        s.step.walkId = walk.id;
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
    PlanContext::addNode(walk, QStringLiteral("A"), QStringLiteral("Yes"), reasons.join(QLatin1Char(' ')));
    if (additive) {
        PlanContext::addNode(walk, QStringLiteral("B"), QStringLiteral("No: add field"),
            QStringLiteral("No client breaks, but SQLite still has to rebuild the table."));
        PlanContext::addNode(walk, QStringLiteral("C"), QStringLiteral("Shadow table"),
            QStringLiteral("The new definition starts empty next to the old one."), true, {}, ids(Phase::Expand));
    } else {
        PlanContext::addNode(
            walk, QStringLiteral("B"), QStringLiteral("Yes: rename/remove"), reasons.join(QLatin1Char(' ')));
        PlanContext::addNode(walk, QStringLiteral("D"), QStringLiteral("Shadow table %1").arg(shadow),
            QStringLiteral("Version 2 of %1 is built beside version 1, which clients keep using until the swap.")
                .arg(tableName),
            true, {}, ids(Phase::Expand));
    }
    PlanContext::addNode(walk, QStringLiteral("E"),
        triggerNames.isEmpty() ? QStringLiteral("Skipped") : QStringLiteral("3 triggers"),
        triggerNames.isEmpty() ? QStringLiteral("No writes are mirrored: stop writers until the swap.")
                               : QStringLiteral("Every write to %1 is mirrored into the shadow.").arg(tableName),
        !triggerNames.isEmpty(), { QStringLiteral("skipDualWrite") }, ids(Phase::DualWrite))
        ->overridden
        = skipDualWrite;
    PlanContext::addNode(walk, QStringLiteral("F"), QStringLiteral("Batches of %1 rows").arg(batch),
        QStringLiteral("The history is copied in keyset batches."), true,
        { QStringLiteral("backfillBatchSize"), QStringLiteral("up"), QStringLiteral("fill") }, ids(Phase::Backfill))
        ->overridden
        = first.backfillBatchSize.has_value();
    PlanContext::addNode(walk, QStringLiteral("G"), QStringLiteral("Yes"),
        QStringLiteral("When %1 returns 0; until then No and F again.").arg(spec.remainingSql));
    PlanContext::addNode(walk, QStringLiteral("H"), QStringLiteral("At the swap"),
        QStringLiteral("SQLite swaps the table in one commit, so reads move atomically."), true, {},
        ids(Phase::ReadSwitch));
    PlanContext::addNode(walk, QStringLiteral("I"), QStringLiteral("Swap (12-step rebuild)"),
        set.changes.isEmpty() ? QString() : changes.front()->classification.sqliteRule, true, {}, ids(Phase::Contract));
    return unit;
}

} // namespace godwit::plan
