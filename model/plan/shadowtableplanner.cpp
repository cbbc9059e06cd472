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
                if (d.kind == DataCheck::Kind::MissingValues || d.kind == DataCheck::Kind::TypeMismatch
                    || d.kind == DataCheck::Kind::LossyConversion)
                    continue; // filled by the copy / kept or converted by affinity: no blocker
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
    return ShadowTablePlanner(ctx, tableName, changes).run();
}

ShadowTablePlanner::ShadowTablePlanner(PlanContext& ctx, const QString& tableName, const QList<const Change*>& changes)
    : TablePlanner(ctx, tableName, changes)
    , m_tableAnswers(ctx.answersForTable(tableName))
    , m_shadow(m_after.name + QStringLiteral("_godwit_new"))
    , m_rowids(!m_after.withoutRowid && !m_before.withoutRowid)
    , m_forward(m_after, m_after.name)
    , m_back(m_before, m_after.name)
{
}

PlanUnit ShadowTablePlanner::run()
{
    describeChanges();
    mapColumns();
    m_dataChecks = dataPreconditions(m_ctx, m_after, m_changes);
    addExpand();
    addDualWrite();
    addBackfill();
    addReadSwitch();
    addContract();
    fillWalk();
    return m_unit;
}

void ShadowTablePlanner::describeChanges()
{
    m_additive = true;
    for (const Change* c : m_changes) {
        m_changeIds << c->id();
        m_additive = m_additive && c->classification.impact == diff::Impact::Additive;
        m_reasons << c->classification.reason;
    }
    DecisionWalk& walk = m_unit.walk;
    walk.id = m_table;
    walk.table = m_table;
    walk.strategy = QStringLiteral("shadow-table");
    walk.changeIds = m_changeIds;
    walk.title
        = QStringLiteral("%1: rebuild through a shadow table (%2)")
              .arg(m_table, PlanContext::count(m_changes.size(), QStringLiteral("change"), QStringLiteral("changes")));
}

void ShadowTablePlanner::mapColumns()
{
    m_forward.setTemporaryName(m_shadow);
    m_forward.setCopyRowid(m_rowids);
    m_back.setTemporaryName(m_after.name + QStringLiteral("_godwit_old"));
    m_back.setCopyRowid(m_rowids);
    for (const Column& c : m_after.columns) {
        if (c.isGenerated() || c.hidden)
            continue;
        const QString up = sourceExpression(m_ctx, m_before, m_after, c, m_changes, &m_unit.warnings);
        if (!up.isEmpty())
            m_forward.setSourceExpression(c.name, up);
    }
    for (const Column& c : m_before.columns) {
        if (c.isGenerated() || c.hidden)
            continue;
        const Change* renamed = nullptr;
        for (const Change* ch : m_changes) {
            if (ch->object == ObjectKind::Column && ch->type == ChangeType::Renamed
                && sameIdentifier(ch->oldName, c.name))
                renamed = ch;
        }
        const ChangeAnswers a = renamed ? m_ctx.answersFor(*renamed) : m_tableAnswers;
        if (renamed)
            m_back.setSourceExpression(
                c.name, a.down.isEmpty() ? q(renamed->name) : QStringLiteral("(%1)").arg(a.down));
        else if (m_after.column(c.name) && !m_after.column(c.name)->isGenerated())
            m_back.setSourceExpression(c.name, q(c.name));
        else if (c.notNull)
            m_back.setSourceExpression(c.name,
                PlanSql::defaultExpression(c).isEmpty() ? PlanSql::placeholderValue(c) : PlanSql::defaultExpression(c));
    }
}

void ShadowTablePlanner::addExpand()
{
    RankedStep expand = PlanContext::makeStep(
        Phase::Expand, Rank::ExpandColumns, m_table, QStringLiteral("Create the shadow table %1").arg(m_shadow));
    expand.step.sql = statement(m_forward.createStatement());
    expand.step.rollbackSql = QStringLiteral("DROP TABLE IF EXISTS %1;\n").arg(q(m_shadow));
    expand.step.verificationSql = PlanSql::objectMissing(QStringLiteral("table"), m_shadow);
    expand.step.preconditions << m_dataChecks;
    expand.step.explanation = QStringLiteral(
        "Expand, for a change SQLite cannot make in place (%1). Instead of rebuilding %2 in one long transaction that "
        "blocks "
        "every writer while all rows are copied, the new definition starts as an empty shadow table next to it (the "
        "shadow-table pattern of pt-online-schema-change and gh-ost). Indexes come at the swap: their names are taken.")
                                  .arg(m_reasons.join(QLatin1Char(' ')), m_table);
    m_unit.steps << expand;
}

void ShadowTablePlanner::addDualWrite()
{
    m_skipDualWrite = m_tableAnswers.skipDualWrite.value_or(false)
        || std::ranges::any_of(
            m_changes, [&](const Change* c) { return m_ctx.answersFor(*c).skipDualWrite.value_or(false); });
    if (!m_skipDualWrite && m_rowids) {
        const QString ins = PlanSql::ownedName({ m_after.name, QStringLiteral("shadow_insert") });
        const QString upd = PlanSql::ownedName({ m_after.name, QStringLiteral("shadow_update") });
        const QString del = PlanSql::ownedName({ m_after.name, QStringLiteral("shadow_delete") });
        const QString copyNew = m_forward.copyStatement(QStringLiteral("rowid = NEW.rowid"))
                                    .replace(QStringLiteral("\n    "), QStringLiteral("\n        "));
        m_triggerSql << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2\nBEGIN\n    %3;\nEND")
                            .arg(q(ins), m_quoted, copyNew);
        m_triggerSql << QStringLiteral(
            "CREATE TRIGGER %1 AFTER UPDATE ON %2\nBEGIN\n    DELETE FROM %3 WHERE rowid = OLD.rowid;\n    %4;\nEND")
                            .arg(q(upd), m_quoted, q(m_shadow), copyNew);
        m_triggerSql << QStringLiteral(
            "CREATE TRIGGER %1 AFTER DELETE ON %2\nBEGIN\n    DELETE FROM %3 WHERE rowid = OLD.rowid;\nEND")
                            .arg(q(del), m_quoted, q(m_shadow));
        m_triggerNames << ins << upd << del;
        RankedStep dual = PlanContext::makeStep(Phase::DualWrite, Rank::ExpandColumns, m_table,
            QStringLiteral("Mirror writes on %1 into %2").arg(m_table, m_shadow));
        for (const QString& s : m_triggerSql)
            dual.step.sql += statement(s);
        for (const QString& n : m_triggerNames)
            dual.step.rollbackSql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(q(n));
        dual.step.verificationSql = PlanSql::objectMissing(QStringLiteral("trigger"), ins);
        dual.step.explanation = QStringLiteral(
            "Dual-write (“Write both old and new fields during transition”). Triggers copy every insert, update and "
            "delete on "
            "%1 into the shadow, converting on the way, so rows the application writes during the backfill arrive too. "
            "From "
            "now on a write that violates the new definition fails: that is the moment old writers meet the new rules.")
                                    .arg(m_table);
        m_unit.steps << dual;
    } else if (!m_rowids) {
        m_unit.warnings << QStringLiteral(
            "%1 is WITHOUT ROWID (before or after): writes cannot be mirrored by rowid, so stop writers "
            "between the backfill and the swap.")
                               .arg(m_table);
    }
}

void ShadowTablePlanner::addBackfill()
{
    m_first = m_changes.isEmpty() ? m_tableAnswers : m_ctx.answersFor(*m_changes.front());
    m_batch = m_ctx.batchSize(m_first.backfillBatchSize ? m_first : m_tableAnswers);
    QString head = m_forward.copyStatement();
    m_missing = m_rowids
        ? QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 AS s WHERE s.rowid = %2.rowid)").arg(q(m_shadow), m_quoted)
        : QStringLiteral("NOT EXISTS (SELECT 1 FROM %1)").arg(q(m_shadow));
    m_spec = PlanSql::backfill(m_before, head, m_missing, m_batch);
    RankedStep fill = PlanContext::makeStep(
        Phase::Backfill, Rank::Backfill, m_table, QStringLiteral("Copy %1 into %2").arg(m_table, m_shadow));
    fill.step.sql = m_spec.batchSql + QStringLiteral(";\n");
    fill.step.backfill = m_spec;
    fill.step.rollbackSql
        = PlanSql::comment(QStringLiteral("Nothing to undo: the Expand rollback drops %1.").arg(m_shadow));
    fill.step.verificationSql = m_spec.remainingSql;
    fill.step.preconditions << m_dataChecks;
    fill.step.explanation = QStringLiteral(
        "Backfill (“Backfill historical data asynchronously”, throttled). Copies the rows written before the triggers "
        "in "
        "ranges of %1 on %2, one short transaction each, skipping rows the triggers already copied. Repeat until the "
        "remaining count is 0 (“Backfill complete?”).")
                                .arg(m_batch)
                                .arg(m_spec.keyColumn.isEmpty() ? QStringLiteral("the whole table") : m_spec.keyColumn);
    m_unit.steps << fill;
}

void ShadowTablePlanner::addReadSwitch()
{
    RankedStep read = PlanContext::makeStep(
        Phase::ReadSwitch, Rank::ExpandColumns, m_table, QStringLiteral("Prepare readers of %1").arg(m_table));
    read.step.sql
        = PlanSql::comment(QStringLiteral("Application change: readers of %1 accept the new definition. In SQLite the "
                                          "swap itself is atomic, so reads move in one commit.")
                               .arg(m_table));
    read.step.rollbackSql = PlanSql::comment(QStringLiteral("Nothing to undo."));
    read.step.verificationSql
        = QStringLiteral("SELECT (SELECT count(*) FROM %1) - (SELECT count(*) FROM %2)").arg(m_quoted, q(m_shadow));
    read.step.preconditions << Precondition { QStringLiteral("the shadow holds every row"), m_spec.remainingSql };
    read.step.explanation = QStringLiteral("Read switch (“Shift reads to new fields”). The shadow is complete and kept "
                                           "complete; readers that would be surprised "
                                           "by the new definition (a new type, a new name) are deployed now. The swap "
                                           "at the contract moves everyone at once.");
    m_unit.steps << read;
}

void ShadowTablePlanner::addContract()
{
    const auto [dropDeps, createDeps] = m_ctx.rebuildDependents(m_table);
    const QString swap = swapSql(dropDeps, createDeps);
    const QString rollback = swapRollback(dropDeps, createDeps);
    RankedStep contract = PlanContext::makeStep(
        Phase::Contract, Rank::ContractTable, m_table, QStringLiteral("Swap %1 for %2").arg(m_shadow, m_table));
    contract.step.sql = swap;
    contract.step.transactional = false;
    contract.step.rollbackSql = rollback;
    contract.step.verificationSql
        = QStringLiteral("SELECT (%1) + (%2)")
              .arg(PlanSql::foreignKeyViolations(), PlanSql::objectPresent(QStringLiteral("table"), m_shadow));
    contract.step.preconditions << Precondition { QStringLiteral("the shadow holds every row"), m_spec.remainingSql };
    contract.step.preconditions << m_dataChecks;
    contract.step.explanation = QStringLiteral("Contract (“Remove old fields later”): the tail of SQLite's 12-step "
                                               "rebuild (lang_altertable.html#otheralter). With "
                                               "foreign keys off outside the transaction: drop the triggers, copy the "
                                               "last rows, drop %1, rename the shadow into "
                                               "place, recreate indexes, views and triggers, foreign_key_check, "
                                               "commit. Writers wait only for this transaction, "
                                               "not for the whole copy.")
                                    .arg(m_table);
    m_unit.steps << contract;
    m_ctx.markRebuiltAtContract(m_table);
}

QString ShadowTablePlanner::swapSql(const QStringList& dropDeps, const QStringList& createDeps) const
{
    QStringList drops;
    for (const QString& n : m_triggerNames)
        drops << QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(q(n));
    drops << dropDeps;
    QString swap = QStringLiteral("PRAGMA foreign_keys = OFF;\nBEGIN;\n");
    for (const QString& s : drops)
        swap += statement(s);
    swap += statement(QStringLiteral("INSERT INTO %1 (%2)\n    SELECT %3 FROM %4\n    WHERE %5")
                          .arg(q(m_shadow), m_forward.targetColumns().join(QStringLiteral(", ")),
                              m_forward.sourceExpressions().join(QStringLiteral(", ")), m_quoted, m_missing));
    for (const QString& s : m_forward.swapStatements())
        swap += statement(s);
    for (const QString& s : createDeps)
        swap += statement(s);
    swap += schema::DdlGenerator::foreignKeyGuard() + QStringLiteral("COMMIT;\nPRAGMA foreign_keys = ON;\n");
    return swap;
}

QString ShadowTablePlanner::swapRollback(const QStringList& dropDeps, const QStringList& createDeps)
{
    m_back.setIndexes(createIndexes(m_before));
    schema::TableRebuild restoreShadow(m_after, m_after.name);
    restoreShadow.setTemporaryName(m_shadow);
    restoreShadow.setCopyRowid(m_rowids);
    restoreShadow.copySameNamedColumns(m_after);
    QString rollback
        = PlanSql::comment(QStringLiteral("Back to the state before the swap: the old definition under its name, the "
                                          "shadow beside it, the triggers mirroring writes."));
    rollback += QStringLiteral("PRAGMA foreign_keys = OFF;\nBEGIN;\n");
    for (const QString& s : dropDeps)
        rollback += statement(s);
    rollback
        += statement(restoreShadow.createStatement()) + statement(restoreShadow.copyStatement()) + m_back.statements();
    for (const QString& s : createDeps)
        rollback += statement(s);
    for (const QString& s : m_triggerSql)
        rollback += statement(s);
    rollback += schema::DdlGenerator::foreignKeyGuard() + QStringLiteral("COMMIT;\nPRAGMA foreign_keys = ON;\n");
    return rollback;
}

void ShadowTablePlanner::fillWalk()
{
    DecisionWalk& walk = m_unit.walk;
    for (RankedStep& s : m_unit.steps) {
        s.step.walkId = walk.id;
        s.step.changeIds = m_changeIds;
    }
    auto ids = [&](Phase phase) {
        QStringList out;
        for (const RankedStep& s : m_unit.steps) {
            if (s.step.phase == phase)
                out << s.step.id;
        }
        return out;
    };
    PlanContext::addNode(walk, QStringLiteral("A"), QStringLiteral("Yes"), m_reasons.join(QLatin1Char(' ')));
    if (m_additive) {
        PlanContext::addNode(walk, QStringLiteral("B"), QStringLiteral("No: add field"),
            QStringLiteral("No client breaks, but SQLite still has to rebuild the table."));
        PlanContext::addNode(walk, QStringLiteral("C"), QStringLiteral("Shadow table"),
            QStringLiteral("The new definition starts empty next to the old one."), true, {}, ids(Phase::Expand));
    } else {
        PlanContext::addNode(
            walk, QStringLiteral("B"), QStringLiteral("Yes: rename/remove"), m_reasons.join(QLatin1Char(' ')));
        PlanContext::addNode(walk, QStringLiteral("D"), QStringLiteral("Shadow table %1").arg(m_shadow),
            QStringLiteral("Version 2 of %1 is built beside version 1, which clients keep using until the swap.")
                .arg(m_table),
            true, {}, ids(Phase::Expand));
    }
    PlanContext::addNode(walk, QStringLiteral("E"),
        m_triggerNames.isEmpty() ? QStringLiteral("Skipped") : QStringLiteral("3 triggers"),
        m_triggerNames.isEmpty() ? QStringLiteral("No writes are mirrored: stop writers until the swap.")
                                 : QStringLiteral("Every write to %1 is mirrored into the shadow.").arg(m_table),
        !m_triggerNames.isEmpty(), { AnswerKey::SkipDualWrite }, ids(Phase::DualWrite))
        ->overridden
        = m_skipDualWrite;
    PlanContext::addNode(walk, QStringLiteral("F"), QStringLiteral("Batches of %1 rows").arg(m_batch),
        QStringLiteral("The history is copied in keyset batches."), true,
        { AnswerKey::BackfillBatchSize, AnswerKey::Up, AnswerKey::Fill }, ids(Phase::Backfill))
        ->overridden
        = m_first.backfillBatchSize.has_value();
    PlanContext::addNode(walk, QStringLiteral("G"), QStringLiteral("Yes"),
        QStringLiteral("When %1 returns 0; until then No and F again.").arg(m_spec.remainingSql));
    PlanContext::addNode(walk, QStringLiteral("H"), QStringLiteral("At the swap"),
        QStringLiteral("SQLite swaps the table in one commit, so reads move atomically."), true, {},
        ids(Phase::ReadSwitch));
    PlanContext::addNode(walk, QStringLiteral("I"), QStringLiteral("Swap (12-step rebuild)"),
        m_set.changes.isEmpty() ? QString() : m_changes.front()->classification.sqliteRule, true, {},
        ids(Phase::Contract));
}

} // namespace godwit::plan
