// SPDX-License-Identifier: GPL-3.0-or-later
#include "splitmergeplanner.h"

#include "plansql.h"
#include "schema/ddlgenerator.h"
#include "schema/identifier.h"
#include "schema/tablerebuild.h"

#include <QRegularExpression>

namespace godwit::plan {

using diff::Change;
using diff::ChangeType;
using diff::ObjectKind;
using schema::quoteIdentifierIfNeeded;
using schema::sameIdentifier;
using schema::Table;

namespace {

    QString q(const QString& name) { return quoteIdentifierIfNeeded(name); }

    QString statement(const QString& sql) { return schema::TableRebuild::statement(sql); }

    // The single-column key `child`.(column) -> `parent`.(key) that ties the two tables row to row.
    struct Link {
        QString childColumn;
        QString parentKey;
    };

    std::optional<Link> linkBetween(const Table& child, const Table& parent)
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

    QList<schema::Index> createIndexes(const Table& table)
    {
        QList<schema::Index> out;
        for (const auto& i : table.indexes) {
            if (i.origin == schema::IndexOrigin::CreateIndex)
                out << i;
        }
        return out;
    }

    void addWalk(PlanUnit& unit, const QString& versionAnswer, const QString& versionWhy, int batch,
        const QString& remaining, const QString& contractAnswer)
    {
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
            QStringLiteral(
                "Columns move between tables: clients of the old shape read and write them where they were."));
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

    // Split: `table` keeps its rows, `columns` move to the new table `target`, one row per row.
    PlanUnit planSplit(PlanContext& ctx, const Table& before, const Table& after, const Table& target, const Link& link,
        const QStringList& columns, const QStringList& changeIds)
    {
        PlanUnit unit;
        const QString t = q(after.name);
        const QString n = q(target.name);
        const QString fk = q(link.childColumn);
        const QString pk = q(link.parentKey);
        QStringList cols;
        QStringList newCols;
        QStringList differs;
        QStringList sets;
        for (const QString& c : columns) {
            cols << q(c);
            newCols << QStringLiteral("NEW.") + q(c);
            differs << QStringLiteral("%1 IS NOT NEW.%1").arg(q(c));
            sets << QStringLiteral("%1 = NEW.%1").arg(q(c));
        }
        const int batch = ctx.batchSize(ctx.answersForTable(after.name));
        unit.walk.id = target.name;
        unit.walk.table = after.name;
        unit.walk.strategy = QStringLiteral("split");
        unit.walk.changeIds = changeIds;
        unit.walk.title = QStringLiteral("Split %1 (%2) out of %3 into %4")
                              .arg(columns.join(QStringLiteral(", ")), QString(), after.name, target.name)
                              .replace(QStringLiteral(" ()"), QString());

        RankedStep expand = PlanContext::makeStep(
            Phase::Expand, Rank::CreateTable, target.name, QStringLiteral("Create %1").arg(target.name));
        expand.step.sql = statement(target.sql.isEmpty() ? schema::DdlGenerator::createTable(target) : target.sql);
        for (const auto& i : createIndexes(target))
            expand.step.sql += statement(i.sql.isEmpty() ? schema::DdlGenerator::createIndex(i) : i.sql);
        expand.step.rollbackSql = QStringLiteral("DROP TABLE IF EXISTS %1;\n").arg(n);
        expand.step.verificationSql = PlanSql::objectMissing(QStringLiteral("table"), target.name);
        expand.step.explanation = QStringLiteral(
            "Expand, for a split: the new table %1 starts empty next to %2, which keeps %3 until the contract.")
                                      .arg(target.name, after.name, columns.join(QStringLiteral(", ")));
        unit.steps << expand;

        // Dual-write: old writers write the columns on the table, new writers on the new table.
        QStringList triggers;
        QStringList names;
        auto name = [&](const char* what) { return PlanSql::ownedName({ target.name, QString::fromLatin1(what) }); };
        triggers << QStringLiteral(
            "CREATE TRIGGER %1 AFTER INSERT ON %2\nBEGIN\n    INSERT INTO %3 (%4, %5)\n        SELECT NEW.%6, %7\n     "
            "   WHERE NOT EXISTS (SELECT 1 FROM %3 WHERE %4 = NEW.%6);\nEND")
                        .arg(q(name("split_insert")), t, n, fk, cols.join(QStringLiteral(", ")), pk,
                            newCols.join(QStringLiteral(", ")));
        triggers << QStringLiteral(
            "CREATE TRIGGER %1 AFTER UPDATE OF %2 ON %3\nBEGIN\n    UPDATE %4 SET %5 WHERE %6 = NEW.%7 AND (%8);\nEND")
                        .arg(q(name("split_update")), cols.join(QStringLiteral(", ")), t, n,
                            sets.join(QStringLiteral(", ")), fk, pk, differs.join(QStringLiteral(" OR ")));
        triggers << QStringLiteral(
            "CREATE TRIGGER %1 AFTER DELETE ON %2\nBEGIN\n    DELETE FROM %3 WHERE %4 = OLD.%5;\nEND")
                        .arg(q(name("split_delete")), t, n, fk, pk);
        QStringList backSets;
        QStringList backDiffers;
        for (const QString& c : columns) {
            backSets << QStringLiteral("%1 = NEW.%1").arg(q(c));
            backDiffers << QStringLiteral("%1 IS NOT NEW.%1").arg(q(c));
        }
        triggers << QStringLiteral(
            "CREATE TRIGGER %1 AFTER UPDATE ON %2\nBEGIN\n    UPDATE %3 SET %4 WHERE %5 = NEW.%6 AND (%7);\nEND")
                        .arg(q(name("join_update")), n, t, backSets.join(QStringLiteral(", ")), pk, fk,
                            backDiffers.join(QStringLiteral(" OR ")));
        triggers << QStringLiteral(
            "CREATE TRIGGER %1 AFTER INSERT ON %2\nBEGIN\n    UPDATE %3 SET %4 WHERE %5 = NEW.%6 AND (%7);\nEND")
                        .arg(q(name("join_insert")), n, t, backSets.join(QStringLiteral(", ")), pk, fk,
                            backDiffers.join(QStringLiteral(" OR ")));
        names << name("split_insert") << name("split_update") << name("split_delete") << name("join_update")
              << name("join_insert");
        RankedStep dual = PlanContext::makeStep(Phase::DualWrite, Rank::ExpandColumns, target.name,
            QStringLiteral("Keep %1 and %2 in step").arg(after.name, target.name));
        for (const QString& s : triggers)
            dual.step.sql += statement(s);
        for (const QString& s : names)
            dual.step.rollbackSql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(q(s));
        dual.step.verificationSql = PlanSql::objectMissing(QStringLiteral("trigger"), names.front());
        dual.step.explanation = QStringLiteral("Dual-write: old writers still write %1 on %2, new writers write them "
                                               "on %3. Triggers copy each way, only where the "
                                               "values differ, so a copy does not bounce back.")
                                    .arg(columns.join(QStringLiteral(", ")), after.name, target.name);
        unit.steps << dual;

        const QString missing = QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 WHERE %1.%2 = %3.%4)").arg(n, fk, t, pk);
        BackfillSpec spec = PlanSql::backfill(before,
            QStringLiteral("INSERT INTO %1 (%2, %3)\n    SELECT %4, %3 FROM %5")
                .arg(n, fk, cols.join(QStringLiteral(", ")), pk, t),
            missing, batch);
        spec.table = after.name;
        RankedStep fill = PlanContext::makeStep(Phase::Backfill, Rank::Backfill, target.name,
            QStringLiteral("Copy %1 into %2").arg(columns.join(QStringLiteral(", ")), target.name));
        fill.step.sql = spec.batchSql + QStringLiteral(";\n");
        fill.step.backfill = spec;
        fill.step.rollbackSql
            = PlanSql::comment(QStringLiteral("Nothing to undo: the Expand rollback drops %1.").arg(target.name));
        fill.step.verificationSql = spec.remainingSql;
        fill.step.explanation = QStringLiteral(
            "Backfill: one row in %1 for every row of %2 written before the triggers, in keyset batches of %3.")
                                    .arg(target.name, after.name)
                                    .arg(batch);
        unit.steps << fill;

        // Read switch: readers join the new table; a view keeps the old shape.
        QString viewName = after.name + QStringLiteral("_v1");
        QStringList viewCols;
        for (const auto& c : before.columns) {
            if (!c.hidden)
                viewCols << (schema::containsIdentifier(columns, c.name) ? QStringLiteral("s.%1").arg(q(c.name))
                                                                         : QStringLiteral("t.%1").arg(q(c.name)));
        }
        const QString viewSql
            = QStringLiteral("CREATE VIEW %1 AS\n    SELECT %2\n      FROM %3 AS t LEFT JOIN %4 AS s ON s.%5 = t.%6")
                  .arg(q(viewName), viewCols.join(QStringLiteral(", ")), t, n, fk, pk);
        ctx.registerCompatibilityView(after.name, viewSql);
        RankedStep read = PlanContext::makeStep(Phase::ReadSwitch, Rank::ExpandColumns, target.name,
            QStringLiteral("Read %1 from %2").arg(columns.join(QStringLiteral(", ")), target.name));
        read.step.sql = PlanSql::comment(QStringLiteral("Application change: read %1 from %2 (join on %3).")
                                             .arg(columns.join(QStringLiteral(", ")), target.name, link.childColumn))
            + statement(viewSql);
        read.step.rollbackSql = QStringLiteral("DROP VIEW IF EXISTS %1;\n").arg(q(viewName));
        read.step.verificationSql = PlanSql::objectMissing(QStringLiteral("view"), viewName);
        read.step.preconditions << Precondition { QStringLiteral("every row has its row in %1").arg(target.name),
            spec.remainingSql };
        read.step.explanation = QStringLiteral(
            "Read switch: readers move to %1; the view %2 keeps the old shape for those that cannot move yet.")
                                    .arg(target.name, viewName);
        unit.steps << read;

        // Contract: stop the triggers, drop the moved columns (or rebuild when SQLite cannot), retire the view.
        RankedStep stop
            = PlanContext::makeStep(Phase::Contract, Rank::ContractTable, target.name + QStringLiteral(".dual-write"),
                QStringLiteral("Stop the dual-write between %1 and %2").arg(after.name, target.name));
        for (const QString& s : names)
            stop.step.sql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(q(s));
        for (const QString& s : triggers)
            stop.step.rollbackSql += statement(s);
        stop.step.verificationSql = PlanSql::objectPresent(QStringLiteral("trigger"), names.front());
        stop.step.explanation = QStringLiteral("Contract: every writer writes %1 now.").arg(target.name);
        unit.steps << stop;
        const auto [dropDeps, createDeps] = ctx.rebuildDependents(after.name);
        schema::TableRebuild back(before, after.name);
        back.setCopyRowid(!before.withoutRowid);
        for (const auto& c : before.columns) {
            if (c.isGenerated() || c.hidden)
                continue;
            back.setSourceExpression(c.name,
                schema::containsIdentifier(columns, c.name)
                    ? QStringLiteral("(SELECT %1 FROM %2 WHERE %2.%3 = %4.%5)").arg(q(c.name), n, fk, t, pk)
                    : q(c.name));
        }
        schema::TableRebuild forward(after, after.name);
        forward.setCopyRowid(!after.withoutRowid);
        forward.copySameNamedColumns(before);
        RankedStep drop = PlanContext::makeStep(Phase::Contract, Rank::ContractTable, after.name,
            QStringLiteral("Drop %1 from %2").arg(columns.join(QStringLiteral(", ")), after.name));
        drop.step.sql = forward.script(dropDeps, createDeps);
        drop.step.transactional = false;
        drop.step.rollbackSql = back.script(dropDeps, createDeps);
        QStringList present;
        for (const QString& c : columns)
            present << PlanSql::columnPresent(after.name, c);
        drop.step.verificationSql = PlanSql::sum(present);
        drop.step.explanation = QStringLiteral(
            "Contract: %1 leave %2 with the 12-step rebuild (foreign keys off, copy, swap, foreign_key_check); the "
            "rollback copies them back from %3.")
                                    .arg(columns.join(QStringLiteral(", ")), after.name, target.name);
        unit.steps << drop;
        ctx.markRebuiltAtContract(after.name);
        RankedStep retire = PlanContext::makeStep(
            Phase::Contract, Rank::RetireCompatibility, viewName, QStringLiteral("Retire the view %1").arg(viewName));
        retire.step.sql = QStringLiteral("DROP VIEW IF EXISTS %1;\n").arg(q(viewName));
        retire.step.rollbackSql = statement(viewSql);
        retire.step.verificationSql = PlanSql::objectPresent(QStringLiteral("view"), viewName);
        retire.step.explanation = QStringLiteral("The view goes when no reader uses it.");
        unit.steps << retire;
        for (RankedStep& s : unit.steps) {
            s.step.walkId = unit.walk.id;
            s.step.changeIds = changeIds;
        }
        addWalk(unit, QStringLiteral("%1 next to %2").arg(target.name, after.name),
            QStringLiteral("Version 1 keeps the columns on %1; version 2 reads them from %2.")
                .arg(after.name, target.name),
            batch, spec.remainingSql, QStringLiteral("Drop the moved columns"));
        return unit;
    }

    // Merge: the rows of `source` (one per row of `table`) become columns of `table`.
    PlanUnit planMerge(PlanContext& ctx, const Table& before, const Table& after, const Table& source, const Link& link,
        const QStringList& columns, const QStringList& changeIds, const QString& sourceSql)
    {
        PlanUnit unit;
        const QString t = q(after.name);
        const QString r = q(source.name);
        const QString fk = q(link.childColumn);
        const QString pk = q(link.parentKey);
        const int batch = ctx.batchSize(ctx.answersForTable(after.name));
        unit.walk.id = source.name;
        unit.walk.table = after.name;
        unit.walk.strategy = QStringLiteral("merge");
        unit.walk.changeIds = changeIds;
        unit.walk.title = QStringLiteral("Merge %1 into %2").arg(source.name, after.name);

        RankedStep expand = PlanContext::makeStep(Phase::Expand, Rank::ExpandColumns, after.name,
            QStringLiteral("Add %1 to %2").arg(columns.join(QStringLiteral(", ")), after.name));
        QStringList subqueries;
        QStringList differs;
        QStringList sets;
        QStringList backSets;
        for (const QString& c : columns) {
            schema::Column def = *after.column(c);
            def.notNull = false;
            expand.step.sql += QStringLiteral("ALTER TABLE %1 ADD COLUMN %2;\n")
                                   .arg(t, schema::DdlGenerator::columnDefinition(def));
            expand.step.rollbackSql.prepend(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;\n").arg(t, q(c)));
            subqueries << QStringLiteral("%1 = (SELECT %1 FROM %2 WHERE %2.%3 = %4.%5)").arg(q(c), r, fk, t, pk);
            differs << QStringLiteral("%1.%2 IS NOT %3.%2").arg(r, q(c), t);
            sets << QStringLiteral("%1 = NEW.%1").arg(q(c));
            backSets << QStringLiteral("%1 IS NOT NEW.%1").arg(q(c));
        }
        expand.step.verificationSql = PlanSql::columnMissing(after.name, columns.front());
        expand.step.explanation
            = QStringLiteral("Expand, for a merge: %1 arrive on %2 as nullable columns; %3 stays until the contract.")
                  .arg(columns.join(QStringLiteral(", ")), after.name, source.name);
        unit.steps << expand;

        auto name = [&](const char* what) { return PlanSql::ownedName({ source.name, QString::fromLatin1(what) }); };
        QStringList triggers;
        QStringList names;
        const QString cols = columns.join(QStringLiteral(", "));
        triggers << QStringLiteral(
            "CREATE TRIGGER %1 AFTER INSERT ON %2\nBEGIN\n    UPDATE %3 SET %4 WHERE %5 = NEW.%6 AND (%7);\nEND")
                        .arg(q(name("merge_insert")), r, t, sets.join(QStringLiteral(", ")), pk, fk,
                            backSets.join(QStringLiteral(" OR ")));
        triggers << QStringLiteral(
            "CREATE TRIGGER %1 AFTER UPDATE ON %2\nBEGIN\n    UPDATE %3 SET %4 WHERE %5 = NEW.%6 AND (%7);\nEND")
                        .arg(q(name("merge_update")), r, t, sets.join(QStringLiteral(", ")), pk, fk,
                            backSets.join(QStringLiteral(" OR ")));
        // A new writer's value on a row that has no row in the old table yet gets one there, and a
        // deleted old row takes its values off the merged columns: both shapes hold the same data.
        QStringList newValues;
        QStringList present;
        for (const QString& c : columns) {
            newValues << QStringLiteral("NEW.") + q(c);
            present << QStringLiteral("NEW.%1 IS NOT NULL").arg(q(c));
        }
        const QString addMissing = QStringLiteral(
            "INSERT INTO %1 (%2, %3) SELECT NEW.%4, %5 WHERE (%6) AND NOT EXISTS (SELECT 1 FROM %1 WHERE %2 = NEW.%4)")
                                       .arg(r, fk, cols, pk, newValues.join(QStringLiteral(", ")),
                                           present.join(QStringLiteral(" OR ")));
        QStringList clear;
        for (const QString& c : columns)
            clear << QStringLiteral("%1 = NULL").arg(q(c));
        triggers << QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF %2 ON %3\nBEGIN\n    %4;\n    UPDATE %5 SET %6 "
                                   "WHERE %7 = NEW.%8 AND (%9);\nEND")
                        .arg(q(name("unmerge_update")), cols, t, addMissing, r, sets.join(QStringLiteral(", ")), fk, pk,
                            backSets.join(QStringLiteral(" OR ")));
        triggers << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2\nBEGIN\n    %3;\nEND")
                        .arg(q(name("unmerge_insert")), t, addMissing);
        triggers << QStringLiteral(
            "CREATE TRIGGER %1 AFTER DELETE ON %2\nBEGIN\n    UPDATE %3 SET %4 WHERE %5 = OLD.%6;\nEND")
                        .arg(q(name("merge_delete")), r, t, clear.join(QStringLiteral(", ")), pk, fk);
        names << name("merge_insert") << name("merge_update") << name("unmerge_update") << name("unmerge_insert")
              << name("merge_delete");
        RankedStep dual = PlanContext::makeStep(Phase::DualWrite, Rank::ExpandColumns, source.name,
            QStringLiteral("Keep %1 and %2 in step").arg(source.name, after.name));
        for (const QString& s : triggers)
            dual.step.sql += statement(s);
        for (const QString& s : names)
            dual.step.rollbackSql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(q(s));
        dual.step.verificationSql = PlanSql::objectMissing(QStringLiteral("trigger"), names.front());
        dual.step.explanation = QStringLiteral("Dual-write: old writers write %1, new writers the columns on %2; "
                                               "triggers copy each way where the values differ.")
                                    .arg(source.name, after.name);
        unit.steps << dual;

        const QString remaining = QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %1.%2 = %3.%4 AND (%5))")
                                      .arg(r, fk, t, pk, differs.join(QStringLiteral(" OR ")));
        BackfillSpec spec = PlanSql::backfill(before,
            QStringLiteral("UPDATE %1 SET %2").arg(t, subqueries.join(QStringLiteral(",\n    "))), remaining, batch);
        RankedStep fill = PlanContext::makeStep(Phase::Backfill, Rank::Backfill, source.name,
            QStringLiteral("Copy %1 into %2").arg(source.name, after.name));
        fill.step.sql = spec.batchSql + QStringLiteral(";\n");
        fill.step.backfill = spec;
        fill.step.rollbackSql
            = PlanSql::comment(QStringLiteral("Nothing to undo: the Expand rollback drops the columns."));
        fill.step.verificationSql = spec.remainingSql;
        fill.step.explanation = QStringLiteral("Backfill: the values of %1 arrive on %2 in keyset batches of %3.")
                                    .arg(source.name, after.name)
                                    .arg(batch);
        unit.steps << fill;

        RankedStep read = PlanContext::makeStep(Phase::ReadSwitch, Rank::ExpandColumns, source.name,
            QStringLiteral("Read %1 from %2").arg(cols, after.name));
        read.step.sql = PlanSql::comment(QStringLiteral("Application change: read %1 from %2 instead of joining %3.")
                                             .arg(cols, after.name, source.name));
        read.step.rollbackSql
            = PlanSql::comment(QStringLiteral("Roll the application back: %1 is still complete.").arg(source.name));
        read.step.preconditions << Precondition { QStringLiteral("the backfill is complete"), spec.remainingSql };
        read.step.explanation = QStringLiteral("Read switch: readers stop joining %1.").arg(source.name);
        unit.steps << read;

        RankedStep contract = PlanContext::makeStep(
            Phase::Contract, Rank::DropTable, source.name, QStringLiteral("Drop %1").arg(source.name));
        for (const QString& s : names)
            contract.step.sql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(q(s));
        contract.step.sql += QStringLiteral("DROP TABLE %1;\n").arg(r);
        // The rollback rebuilds the table from the merged columns, then the triggers.
        contract.step.rollbackSql = statement(sourceSql);
        contract.step.rollbackSql += QStringLiteral("INSERT INTO %1 (%2, %3)\n    SELECT %4, %3 FROM %5 WHERE %6;\n")
                                         .arg(r, fk, cols, pk, t,
                                             QStringList(columns)
                                                 .replaceInStrings(QRegularExpression(QStringLiteral("^(.*)$")),
                                                     QStringLiteral("\\1 IS NOT NULL"))
                                                 .join(QStringLiteral(" OR ")));
        for (const auto& i : createIndexes(source))
            contract.step.rollbackSql += statement(i.sql.isEmpty() ? schema::DdlGenerator::createIndex(i) : i.sql);
        for (const QString& s : triggers)
            contract.step.rollbackSql += statement(s);
        contract.step.verificationSql = PlanSql::objectPresent(QStringLiteral("table"), source.name);
        contract.step.explanation
            = QStringLiteral("Contract: with no client using %1, the triggers and the table go.").arg(source.name);
        unit.steps << contract;
        for (RankedStep& s : unit.steps) {
            s.step.walkId = unit.walk.id;
            s.step.changeIds = changeIds;
        }
        addWalk(unit, QStringLiteral("%1 gains the columns").arg(after.name),
            QStringLiteral("Version 1 joins %1; version 2 reads %2 alone.").arg(source.name, after.name), batch,
            spec.remainingSql, QStringLiteral("DROP TABLE %1").arg(source.name));
        return unit;
    }

} // namespace

QList<PlanUnit> SplitMergePlanner::plan(PlanContext& ctx, QSet<const Change*>* planned)
{
    QList<PlanUnit> units;
    const diff::ChangeSet& set = ctx.changeSet();
    auto removedColumns = [&](const QString& table) {
        QList<const Change*> out;
        for (const Change& c : set.changes) {
            if (c.object == ObjectKind::Column && c.type == ChangeType::Removed && sameIdentifier(c.table, table))
                out << &c;
        }
        return out;
    };
    auto onlyChangesAre = [&](const QString& table, const QList<const Change*>& allowed) {
        for (const Change& c : set.changes) {
            if (sameIdentifier(c.table, table) && c.object != ObjectKind::Table && c.object != ObjectKind::View
                && c.object != ObjectKind::Trigger && c.object != ObjectKind::Index && !allowed.contains(&c))
                return false;
        }
        return true;
    };
    for (const Change& added : set.changes) {
        if (added.object != ObjectKind::Table || added.type != ChangeType::Added || planned->contains(&added))
            continue;
        const Table* target = set.after.table(added.name);
        for (const auto& fk : target ? target->foreignKeys : QList<schema::ForeignKey> {}) {
            const Table* after = set.after.table(fk.parentTable);
            const auto before = after ? ctx.beforeTable(after->name) : std::nullopt;
            const auto link = after ? linkBetween(*target, *after) : std::nullopt;
            if (!before || !link)
                continue;
            QList<const Change*> moved;
            QStringList columns;
            for (const Change* c : removedColumns(after->name)) {
                if (target->column(c->name)) {
                    moved << c;
                    columns << c->name;
                }
            }
            if (moved.isEmpty() || !onlyChangesAre(after->name, moved))
                continue;
            // The new table's other columns must fill themselves (NULL, a default or the key).
            const bool insertable = std::ranges::all_of(target->columns, [&](const schema::Column& c) {
                return !c.notNull || c.hasDefault || schema::containsIdentifier(columns, c.name)
                    || sameIdentifier(c.name, link->childColumn)
                    || (c.isPrimaryKey() && target->primaryKey().size() == 1
                        && c.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
            });
            if (!insertable)
                continue;
            QStringList ids { added.id() };
            for (const Change* c : moved)
                ids << c->id();
            units << planSplit(ctx, *before, *after, *target, *link, columns, ids);
            planned->insert(&added);
            for (const Change* c : moved)
                planned->insert(c);
            break;
        }
    }
    for (const Change& removed : set.changes) {
        if (removed.object != ObjectKind::Table || removed.type != ChangeType::Removed || planned->contains(&removed))
            continue;
        const Table* source = set.before.table(removed.name);
        for (const auto& fk : source ? source->foreignKeys : QList<schema::ForeignKey> {}) {
            QString afterName = fk.parentTable;
            for (const Change& c : set.changes) {
                if (c.object == ObjectKind::Table && c.type == ChangeType::Renamed
                    && sameIdentifier(c.oldName, fk.parentTable))
                    afterName = c.name;
            }
            const Table* after = set.after.table(afterName);
            const auto before = after ? ctx.beforeTable(after->name) : std::nullopt;
            const Table* parentBefore = set.before.table(fk.parentTable);
            const auto link = parentBefore ? linkBetween(*source, *parentBefore) : std::nullopt;
            if (!before || !link)
                continue;
            QList<const Change*> moved;
            QStringList columns;
            for (const Change& c : set.changes) {
                if (c.object == ObjectKind::Column && c.type == ChangeType::Added
                    && sameIdentifier(c.table, after->name) && source->column(c.name)
                    && !sameIdentifier(c.name, link->childColumn)) {
                    moved << &c;
                    columns << c.name;
                }
            }
            if (moved.isEmpty() || !onlyChangesAre(after->name, moved))
                continue;
            // Only columns ADD COLUMN can give their final definition (nullable or constant default).
            if (!std::ranges::all_of(columns,
                    [&](const QString& c) { return !after->column(c)->notNull && !after->column(c)->isGenerated(); }))
                continue;
            QStringList ids { removed.id() };
            for (const Change* c : moved)
                ids << c->id();
            Link merged = *link;
            merged.parentKey = after->primaryKey().value(0);
            units << planMerge(ctx, *before, *after, *source, merged, columns, ids, removed.beforeSql);
            planned->insert(&removed);
            for (const Change* c : moved)
                planned->insert(c);
            break;
        }
    }
    return units;
}

} // namespace godwit::plan
