// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesplitplan.h"

#include "plansql.h"
#include "schema/ddlgenerator.h"
#include "schema/identifier.h"
#include "schema/tablerebuild.h"

namespace godwit::plan {

using schema::Table;

namespace {

    QString q(const QString& name) { return schema::quoteIdentifierIfNeeded(name); }

    QString statement(const QString& sql) { return schema::TableRebuild::statement(sql); }

    // `pattern` with %1 the quoted column, once per column, joined by `separator`.
    QString eachColumn(const QStringList& columns, const QString& pattern, const QString& separator)
    {
        QStringList out;
        for (const QString& c : columns)
            out << pattern.arg(q(c));
        return out.join(separator);
    }

} // namespace

TableSplitPlan::TableSplitPlan(PlanContext& ctx, const Table& before, const Table& after, const Table& target,
    const SplitMergeSupport::Link& link, const QStringList& columns)
    : m_ctx(ctx)
    , m_before(before)
    , m_after(after)
    , m_target(target)
    , m_link(link)
    , m_columns(columns)
    , m_t(q(after.name))
    , m_n(q(target.name))
    , m_fk(q(link.childColumn))
    , m_pk(q(link.parentKey))
    , m_batch(ctx.batchSize(ctx.answersForTable(after.name)))
{
}

PlanUnit TableSplitPlan::plan(PlanContext& ctx, const Table& before, const Table& after, const Table& target,
    const SplitMergeSupport::Link& link, const QStringList& columns, const QStringList& changeIds)
{
    TableSplitPlan p(ctx, before, after, target, link, columns);
    p.m_unit.walk.id = target.name;
    p.m_unit.walk.table = after.name;
    p.m_unit.walk.strategy = QStringLiteral("split");
    p.m_unit.walk.changeIds = changeIds;
    p.m_unit.walk.title = QStringLiteral("Split %1 (%2) out of %3 into %4")
                              .arg(p.joinedColumns(), QString(), after.name, target.name)
                              .replace(QStringLiteral(" ()"), QString());
    p.expand();
    p.dualWrite();
    p.backfill();
    p.readSwitch();
    p.contract();
    SplitMergeSupport::finish(p.m_unit, changeIds, QStringLiteral("%1 next to %2").arg(target.name, after.name),
        QStringLiteral("Version 1 keeps the columns on %1; version 2 reads them from %2.").arg(after.name, target.name),
        p.m_batch, p.m_spec.remainingSql, QStringLiteral("Drop the moved columns"));
    return p.m_unit;
}

QString TableSplitPlan::joinedColumns() const { return m_columns.join(QStringLiteral(", ")); }

void TableSplitPlan::expand()
{
    RankedStep expand = PlanContext::makeStep(
        Phase::Expand, Rank::CreateTable, m_target.name, QStringLiteral("Create %1").arg(m_target.name));
    expand.step.sql = statement(m_target.sql.isEmpty() ? schema::DdlGenerator::createTable(m_target) : m_target.sql);
    expand.step.sql += SplitMergeSupport::createIndexesSql(m_target);
    expand.step.rollbackSql = QStringLiteral("DROP TABLE IF EXISTS %1;\n").arg(m_n);
    expand.step.verificationSql = PlanSql::objectMissing(QStringLiteral("table"), m_target.name);
    expand.step.explanation = QStringLiteral(
        "Expand, for a split: the new table %1 starts empty next to %2, which keeps %3 until the contract.")
                                  .arg(m_target.name, m_after.name, joinedColumns());
    m_unit.steps << expand;
}

void TableSplitPlan::dualWrite()
{
    const QString cols = eachColumn(m_columns, QStringLiteral("%1"), QStringLiteral(", "));
    const QString newCols = eachColumn(m_columns, QStringLiteral("NEW.%1"), QStringLiteral(", "));
    const QString differs = eachColumn(m_columns, QStringLiteral("%1 IS NOT NEW.%1"), QStringLiteral(" OR "));
    const QString sets = eachColumn(m_columns, QStringLiteral("%1 = NEW.%1"), QStringLiteral(", "));
    auto name = [&](const char* what) { return PlanSql::ownedName({ m_target.name, QString::fromLatin1(what) }); };
    m_triggers << QStringLiteral(
        "CREATE TRIGGER %1 AFTER INSERT ON %2\nBEGIN\n    INSERT INTO %3 (%4, %5)\n        SELECT NEW.%6, %7\n     "
        "   WHERE NOT EXISTS (SELECT 1 FROM %3 WHERE %4 = NEW.%6);\nEND")
                      .arg(q(name("split_insert")), m_t, m_n, m_fk, cols, m_pk, newCols);
    m_triggers << QStringLiteral(
        "CREATE TRIGGER %1 AFTER UPDATE OF %2 ON %3\nBEGIN\n    UPDATE %4 SET %5 WHERE %6 = NEW.%7 AND (%8);\nEND")
                      .arg(q(name("split_update")), cols, m_t, m_n, sets, m_fk, m_pk, differs);
    m_triggers << QStringLiteral(
        "CREATE TRIGGER %1 AFTER DELETE ON %2\nBEGIN\n    DELETE FROM %3 WHERE %4 = OLD.%5;\nEND")
                      .arg(q(name("split_delete")), m_t, m_n, m_fk, m_pk);
    m_triggers << QStringLiteral(
        "CREATE TRIGGER %1 AFTER UPDATE ON %2\nBEGIN\n    UPDATE %3 SET %4 WHERE %5 = NEW.%6 AND (%7);\nEND")
                      .arg(q(name("join_update")), m_n, m_t, sets, m_pk, m_fk, differs);
    m_triggers << QStringLiteral(
        "CREATE TRIGGER %1 AFTER INSERT ON %2\nBEGIN\n    UPDATE %3 SET %4 WHERE %5 = NEW.%6 AND (%7);\nEND")
                      .arg(q(name("join_insert")), m_n, m_t, sets, m_pk, m_fk, differs);
    m_names << name("split_insert") << name("split_update") << name("split_delete") << name("join_update")
            << name("join_insert");
    RankedStep dual = PlanContext::makeStep(Phase::DualWrite, Rank::ExpandColumns, m_target.name,
        QStringLiteral("Keep %1 and %2 in step").arg(m_after.name, m_target.name));
    dual.step.sql = createTriggersSql();
    dual.step.rollbackSql = dropTriggersSql();
    dual.step.verificationSql = PlanSql::objectMissing(QStringLiteral("trigger"), m_names.front());
    dual.step.explanation = QStringLiteral("Dual-write: old writers still write %1 on %2, new writers write them "
                                           "on %3. Triggers copy each way, only where the "
                                           "values differ, so a copy does not bounce back.")
                                .arg(joinedColumns(), m_after.name, m_target.name);
    m_unit.steps << dual;
}

QString TableSplitPlan::createTriggersSql() const
{
    QString sql;
    for (const QString& s : m_triggers)
        sql += statement(s);
    return sql;
}

QString TableSplitPlan::dropTriggersSql() const
{
    QString sql;
    for (const QString& s : m_names)
        sql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(q(s));
    return sql;
}

void TableSplitPlan::backfill()
{
    const QString missing
        = QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 WHERE %1.%2 = %3.%4)").arg(m_n, m_fk, m_t, m_pk);
    const QString cols = eachColumn(m_columns, QStringLiteral("%1"), QStringLiteral(", "));
    m_spec = PlanSql::backfill(m_before,
        QStringLiteral("INSERT INTO %1 (%2, %3)\n    SELECT %4, %3 FROM %5").arg(m_n, m_fk, cols, m_pk, m_t), missing,
        m_batch);
    m_spec.table = m_after.name;
    RankedStep fill = PlanContext::makeStep(Phase::Backfill, Rank::Backfill, m_target.name,
        QStringLiteral("Copy %1 into %2").arg(joinedColumns(), m_target.name));
    fill.step.sql = m_spec.batchSql + QStringLiteral(";\n");
    fill.step.backfill = m_spec;
    fill.step.rollbackSql
        = PlanSql::comment(QStringLiteral("Nothing to undo: the Expand rollback drops %1.").arg(m_target.name));
    fill.step.verificationSql = m_spec.remainingSql;
    fill.step.explanation = QStringLiteral(
        "Backfill: one row in %1 for every row of %2 written before the triggers, in keyset batches of %3.")
                                .arg(m_target.name, m_after.name)
                                .arg(m_batch);
    m_unit.steps << fill;
}

void TableSplitPlan::readSwitch()
{
    m_viewName = m_after.name + QStringLiteral("_v1");
    QStringList viewCols;
    for (const auto& c : m_before.columns) {
        if (!c.hidden)
            viewCols << (schema::containsIdentifier(m_columns, c.name) ? QStringLiteral("s.%1").arg(q(c.name))
                                                                       : QStringLiteral("t.%1").arg(q(c.name)));
    }
    m_viewSql = QStringLiteral("CREATE VIEW %1 AS\n    SELECT %2\n      FROM %3 AS t LEFT JOIN %4 AS s ON s.%5 = t.%6")
                    .arg(q(m_viewName), viewCols.join(QStringLiteral(", ")), m_t, m_n, m_fk, m_pk);
    m_ctx.registerCompatibilityView(m_after.name, m_viewSql);
    RankedStep read = PlanContext::makeStep(Phase::ReadSwitch, Rank::ExpandColumns, m_target.name,
        QStringLiteral("Read %1 from %2").arg(joinedColumns(), m_target.name));
    read.step.sql = PlanSql::comment(QStringLiteral("Application change: read %1 from %2 (join on %3).")
                                         .arg(joinedColumns(), m_target.name, m_link.childColumn))
        + statement(m_viewSql);
    read.step.rollbackSql = QStringLiteral("DROP VIEW IF EXISTS %1;\n").arg(q(m_viewName));
    read.step.verificationSql = PlanSql::objectMissing(QStringLiteral("view"), m_viewName);
    read.step.preconditions << Precondition { QStringLiteral("every row has its row in %1").arg(m_target.name),
        m_spec.remainingSql };
    read.step.explanation = QStringLiteral(
        "Read switch: readers move to %1; the view %2 keeps the old shape for those that cannot move yet.")
                                .arg(m_target.name, m_viewName);
    m_unit.steps << read;
}

void TableSplitPlan::contract()
{
    RankedStep stop
        = PlanContext::makeStep(Phase::Contract, Rank::ContractTable, m_target.name + QStringLiteral(".dual-write"),
            QStringLiteral("Stop the dual-write between %1 and %2").arg(m_after.name, m_target.name));
    stop.step.sql = dropTriggersSql();
    stop.step.rollbackSql = createTriggersSql();
    stop.step.verificationSql = PlanSql::objectPresent(QStringLiteral("trigger"), m_names.front());
    stop.step.explanation = QStringLiteral("Contract: every writer writes %1 now.").arg(m_target.name);
    m_unit.steps << stop;

    const auto [dropDeps, createDeps] = m_ctx.rebuildDependents(m_after.name);
    // The rollback copies the moved columns back from the new table (down).
    schema::TableRebuild back(m_before, m_after.name);
    back.setCopyRowid(!m_before.withoutRowid);
    for (const auto& c : m_before.columns) {
        if (c.isGenerated() || c.hidden)
            continue;
        back.setSourceExpression(c.name,
            schema::containsIdentifier(m_columns, c.name)
                ? QStringLiteral("(SELECT %1 FROM %2 WHERE %2.%3 = %4.%5)").arg(q(c.name), m_n, m_fk, m_t, m_pk)
                : q(c.name));
    }
    schema::TableRebuild forward(m_after, m_after.name);
    forward.setCopyRowid(!m_after.withoutRowid);
    forward.copySameNamedColumns(m_before);
    RankedStep drop = PlanContext::makeStep(Phase::Contract, Rank::ContractTable, m_after.name,
        QStringLiteral("Drop %1 from %2").arg(joinedColumns(), m_after.name));
    drop.step.sql = forward.script(dropDeps, createDeps);
    drop.step.transactional = false;
    drop.step.rollbackSql = back.script(dropDeps, createDeps);
    QStringList present;
    for (const QString& c : m_columns)
        present << PlanSql::columnPresent(m_after.name, c);
    drop.step.verificationSql = PlanSql::sum(present);
    drop.step.explanation = QStringLiteral(
        "Contract: %1 leave %2 with the 12-step rebuild (foreign keys off, copy, swap, foreign_key_check); the "
        "rollback copies them back from %3.")
                                .arg(joinedColumns(), m_after.name, m_target.name);
    m_unit.steps << drop;
    m_ctx.markRebuiltAtContract(m_after.name);

    RankedStep retire = PlanContext::makeStep(
        Phase::Contract, Rank::RetireCompatibility, m_viewName, QStringLiteral("Retire the view %1").arg(m_viewName));
    retire.step.sql = QStringLiteral("DROP VIEW IF EXISTS %1;\n").arg(q(m_viewName));
    retire.step.rollbackSql = statement(m_viewSql);
    retire.step.verificationSql = PlanSql::objectPresent(QStringLiteral("view"), m_viewName);
    retire.step.explanation = QStringLiteral("The view goes when no reader uses it.");
    m_unit.steps << retire;
}

} // namespace godwit::plan
