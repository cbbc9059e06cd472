// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablemergeplan.h"

#include "plansql.h"
#include "schema/ddlgenerator.h"
#include "schema/identifier.h"
#include "schema/tablerebuild.h"

namespace godwit::plan {

using schema::Table;

namespace {

    QString q(const QString& name) { return schema::quoteIdentifierIfNeeded(name); }

    QString statement(const QString& sql) { return schema::TableRebuild::statement(sql); }

} // namespace

TableMergePlan::TableMergePlan(PlanContext& ctx, const Table& before, const Table& after, const Table& source,
    const SplitMergeSupport::Link& link, const QStringList& columns)
    : m_ctx(ctx)
    , m_before(before)
    , m_after(after)
    , m_source(source)
    , m_link(link)
    , m_columns(columns)
    , m_t(q(after.name))
    , m_r(q(source.name))
    , m_fk(q(link.childColumn))
    , m_pk(q(link.parentKey))
    , m_cols(columns.join(QStringLiteral(", ")))
    , m_batch(ctx.batchSize(ctx.answersForTable(after.name)))
{
}

PlanUnit TableMergePlan::plan(PlanContext& ctx, const Table& before, const Table& after, const Table& source,
    const SplitMergeSupport::Link& link, const QStringList& columns, const QStringList& changeIds,
    const QString& sourceSql)
{
    TableMergePlan p(ctx, before, after, source, link, columns);
    p.m_unit.walk.id = source.name;
    p.m_unit.walk.table = after.name;
    p.m_unit.walk.strategy = QStringLiteral("merge");
    p.m_unit.walk.changeIds = changeIds;
    p.m_unit.walk.title = QStringLiteral("Merge %1 into %2").arg(source.name, after.name);
    p.expand();
    p.dualWrite();
    p.backfill();
    p.readSwitch();
    p.contract(sourceSql);
    SplitMergeSupport::finish(p.m_unit, changeIds, QStringLiteral("%1 gains the columns").arg(after.name),
        QStringLiteral("Version 1 joins %1; version 2 reads %2 alone.").arg(source.name, after.name), p.m_batch,
        p.m_spec.remainingSql, QStringLiteral("DROP TABLE %1").arg(source.name));
    return p.m_unit;
}

QString TableMergePlan::eachColumn(const QString& pattern, const QString& separator) const
{
    QStringList out;
    for (const QString& c : m_columns)
        out << pattern.arg(q(c));
    return out.join(separator);
}

void TableMergePlan::expand()
{
    RankedStep expand = PlanContext::makeStep(
        Phase::Expand, Rank::ExpandColumns, m_after.name, QStringLiteral("Add %1 to %2").arg(m_cols, m_after.name));
    for (const QString& c : m_columns) {
        schema::Column def = *m_after.column(c);
        def.notNull = false;
        expand.step.sql
            += QStringLiteral("ALTER TABLE %1 ADD COLUMN %2;\n").arg(m_t, schema::DdlGenerator::columnDefinition(def));
        expand.step.rollbackSql.prepend(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;\n").arg(m_t, q(c)));
    }
    expand.step.verificationSql = PlanSql::columnMissing(m_after.name, m_columns.front());
    expand.step.explanation
        = QStringLiteral("Expand, for a merge: %1 arrive on %2 as nullable columns; %3 stays until the contract.")
              .arg(m_cols, m_after.name, m_source.name);
    m_unit.steps << expand;
}

void TableMergePlan::dualWrite()
{
    const QString sets = eachColumn(QStringLiteral("%1 = NEW.%1"), QStringLiteral(", "));
    const QString differs = eachColumn(QStringLiteral("%1 IS NOT NEW.%1"), QStringLiteral(" OR "));
    auto name = [&](const char* what) { return PlanSql::ownedName({ m_source.name, QString::fromLatin1(what) }); };
    m_triggers << QStringLiteral(
        "CREATE TRIGGER %1 AFTER INSERT ON %2\nBEGIN\n    UPDATE %3 SET %4 WHERE %5 = NEW.%6 AND (%7);\nEND")
                      .arg(q(name("merge_insert")), m_r, m_t, sets, m_pk, m_fk, differs);
    m_triggers << QStringLiteral(
        "CREATE TRIGGER %1 AFTER UPDATE ON %2\nBEGIN\n    UPDATE %3 SET %4 WHERE %5 = NEW.%6 AND (%7);\nEND")
                      .arg(q(name("merge_update")), m_r, m_t, sets, m_pk, m_fk, differs);
    // A new writer's value on a row that has no row in the old table yet gets one there, and a
    // deleted old row takes its values off the merged columns: both shapes hold the same data.
    const QString addMissing
        = QStringLiteral(
            "INSERT INTO %1 (%2, %3) SELECT NEW.%4, %5 WHERE (%6) AND NOT EXISTS (SELECT 1 FROM %1 WHERE %2 = NEW.%4)")
              .arg(m_r, m_fk, m_cols, m_pk, eachColumn(QStringLiteral("NEW.%1"), QStringLiteral(", ")),
                  eachColumn(QStringLiteral("NEW.%1 IS NOT NULL"), QStringLiteral(" OR ")));
    m_triggers << QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF %2 ON %3\nBEGIN\n    %4;\n    UPDATE %5 SET %6 "
                                 "WHERE %7 = NEW.%8 AND (%9);\nEND")
                      .arg(q(name("unmerge_update")), m_cols, m_t, addMissing, m_r, sets, m_fk, m_pk, differs);
    m_triggers << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2\nBEGIN\n    %3;\nEND")
                      .arg(q(name("unmerge_insert")), m_t, addMissing);
    m_triggers << QStringLiteral(
        "CREATE TRIGGER %1 AFTER DELETE ON %2\nBEGIN\n    UPDATE %3 SET %4 WHERE %5 = OLD.%6;\nEND")
                      .arg(q(name("merge_delete")), m_r, m_t,
                          eachColumn(QStringLiteral("%1 = NULL"), QStringLiteral(", ")), m_pk, m_fk);
    m_names << name("merge_insert") << name("merge_update") << name("unmerge_update") << name("unmerge_insert")
            << name("merge_delete");
    RankedStep dual = PlanContext::makeStep(Phase::DualWrite, Rank::ExpandColumns, m_source.name,
        QStringLiteral("Keep %1 and %2 in step").arg(m_source.name, m_after.name));
    dual.step.sql = createTriggersSql();
    dual.step.rollbackSql = dropTriggersSql();
    dual.step.verificationSql = PlanSql::objectMissing(QStringLiteral("trigger"), m_names.front());
    dual.step.explanation = QStringLiteral("Dual-write: old writers write %1, new writers the columns on %2; "
                                           "triggers copy each way where the values differ.")
                                .arg(m_source.name, m_after.name);
    m_unit.steps << dual;
}

QString TableMergePlan::createTriggersSql() const
{
    QString sql;
    for (const QString& s : m_triggers)
        sql += statement(s);
    return sql;
}

QString TableMergePlan::dropTriggersSql() const
{
    QString sql;
    for (const QString& s : m_names)
        sql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(q(s));
    return sql;
}

void TableMergePlan::backfill()
{
    QStringList differs;
    QStringList subqueries;
    for (const QString& c : m_columns) {
        differs << QStringLiteral("%1.%2 IS NOT %3.%2").arg(m_r, q(c), m_t);
        subqueries << QStringLiteral("%1 = (SELECT %1 FROM %2 WHERE %2.%3 = %4.%5)").arg(q(c), m_r, m_fk, m_t, m_pk);
    }
    const QString remaining = QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %1.%2 = %3.%4 AND (%5))")
                                  .arg(m_r, m_fk, m_t, m_pk, differs.join(QStringLiteral(" OR ")));
    m_spec = PlanSql::backfill(m_before,
        QStringLiteral("UPDATE %1 SET %2").arg(m_t, subqueries.join(QStringLiteral(",\n    "))), remaining, m_batch);
    RankedStep fill = PlanContext::makeStep(Phase::Backfill, Rank::Backfill, m_source.name,
        QStringLiteral("Copy %1 into %2").arg(m_source.name, m_after.name));
    fill.step.sql = m_spec.batchSql + QStringLiteral(";\n");
    fill.step.backfill = m_spec;
    fill.step.rollbackSql = PlanSql::comment(QStringLiteral("Nothing to undo: the Expand rollback drops the columns."));
    fill.step.verificationSql = m_spec.remainingSql;
    fill.step.explanation = QStringLiteral("Backfill: the values of %1 arrive on %2 in keyset batches of %3.")
                                .arg(m_source.name, m_after.name)
                                .arg(m_batch);
    m_unit.steps << fill;
}

void TableMergePlan::readSwitch()
{
    RankedStep read = PlanContext::makeStep(Phase::ReadSwitch, Rank::ExpandColumns, m_source.name,
        QStringLiteral("Read %1 from %2").arg(m_cols, m_after.name));
    read.step.sql = PlanSql::comment(QStringLiteral("Application change: read %1 from %2 instead of joining %3.")
                                         .arg(m_cols, m_after.name, m_source.name));
    read.step.rollbackSql
        = PlanSql::comment(QStringLiteral("Roll the application back: %1 is still complete.").arg(m_source.name));
    read.step.preconditions << Precondition { QStringLiteral("the backfill is complete"), m_spec.remainingSql };
    read.step.explanation = QStringLiteral("Read switch: readers stop joining %1.").arg(m_source.name);
    m_unit.steps << read;
}

void TableMergePlan::contract(const QString& sourceSql)
{
    RankedStep contract = PlanContext::makeStep(
        Phase::Contract, Rank::DropTable, m_source.name, QStringLiteral("Drop %1").arg(m_source.name));
    contract.step.sql = dropTriggersSql() + QStringLiteral("DROP TABLE %1;\n").arg(m_r);
    // The rollback rebuilds the table from the merged columns, then the triggers.
    contract.step.rollbackSql = statement(sourceSql);
    contract.step.rollbackSql
        += QStringLiteral("INSERT INTO %1 (%2, %3)\n    SELECT %4, %3 FROM %5 WHERE %6;\n")
               .arg(m_r, m_fk, m_cols, m_pk, m_t,
                   m_columns.join(QStringLiteral(" IS NOT NULL OR ")) + QStringLiteral(" IS NOT NULL"));
    contract.step.rollbackSql += SplitMergeSupport::createIndexesSql(m_source);
    contract.step.rollbackSql += createTriggersSql();
    contract.step.verificationSql = PlanSql::objectPresent(QStringLiteral("table"), m_source.name);
    contract.step.explanation
        = QStringLiteral("Contract: with no client using %1, the triggers and the table go.").arg(m_source.name);
    m_unit.steps << contract;
}

} // namespace godwit::plan
