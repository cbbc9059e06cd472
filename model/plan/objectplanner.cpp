// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectplanner.h"

#include "diff/dependencyfinder.h"
#include "plansql.h"
#include "schema/ddlgenerator.h"
#include "schema/identifier.h"
#include "schema/tablerebuild.h"

#include <QLocale>

namespace godwit::plan {

using diff::Change;
using diff::ChangeType;
using diff::ObjectKind;
using schema::quoteIdentifierIfNeeded;
using schema::sameIdentifier;

namespace {

    QString q(const QString& name) { return quoteIdentifierIfNeeded(name); }

    QString statement(const QString& sql) { return schema::TableRebuild::statement(sql); }

    PlanUnit unitFor(const Change& change, const QString& strategy, const QString& title)
    {
        PlanUnit unit;
        unit.walk.id = change.id();
        unit.walk.table = change.table;
        unit.walk.strategy = strategy;
        unit.walk.title = title;
        unit.walk.changeIds << change.id();
        return unit;
    }

    void finish(PlanUnit& unit, const Change& change)
    {
        for (RankedStep& s : unit.steps) {
            s.step.walkId = unit.walk.id;
            if (s.step.changeIds.isEmpty())
                s.step.changeIds << change.id();
        }
    }

    // The walk of an additive object: A, B "No: add field", C, and nothing after it.
    void additiveWalk(DecisionWalk& walk, const Change& change, const QString& expandAnswer, const QStringList& stepIds,
        const QString& laterWhy)
    {
        PlanContext::addNode(walk, QStringLiteral("A"), QStringLiteral("Yes"), change.classification.reason);
        PlanContext::addNode(walk, QStringLiteral("B"), QStringLiteral("No: add field"),
            QStringLiteral("Nothing existing changes shape: old clients keep working."));
        PlanContext::addNode(
            walk, QStringLiteral("C"), expandAnswer, change.classification.sqliteRule, true, {}, stepIds);
        PlanContext::addNode(walk, QStringLiteral("E"), QStringLiteral("Not needed"), laterWhy, false);
        PlanContext::addNode(walk, QStringLiteral("F"), QStringLiteral("Not needed"),
            QStringLiteral("No existing row needs a value."), false);
        PlanContext::addNode(
            walk, QStringLiteral("G"), QStringLiteral("Yes"), QStringLiteral("Nothing to backfill."), false);
        PlanContext::addNode(walk, QStringLiteral("H"), QStringLiteral("Not needed"),
            QStringLiteral("New readers use it once deployed."), false);
        PlanContext::addNode(walk, QStringLiteral("I"), QStringLiteral("Nothing to remove"),
            QStringLiteral("Additive changes leave nothing behind."), false);
    }

    // The walk of a breaking object change: A, B "Yes", D, then only the nodes that have steps.
    void breakingWalk(DecisionWalk& walk, const Change& change, const QString& versionAnswer, const QString& versionWhy,
        const QList<RankedStep>& steps, const QString& contractAnswer)
    {
        auto ids = [&](Phase phase) {
            QStringList out;
            for (const RankedStep& s : steps) {
                if (s.step.phase == phase)
                    out << s.step.id;
            }
            return out;
        };
        PlanContext::addNode(walk, QStringLiteral("A"), QStringLiteral("Yes"), change.classification.reason);
        PlanContext::addNode(
            walk, QStringLiteral("B"), QStringLiteral("Yes: rename/remove"), change.classification.reason);
        PlanContext::addNode(walk, QStringLiteral("D"), versionAnswer, versionWhy, true, {}, ids(Phase::Expand));
        const QStringList dual = ids(Phase::DualWrite);
        PlanContext::addNode(walk, QStringLiteral("E"),
            dual.isEmpty() ? QStringLiteral("Not needed") : QStringLiteral("INSTEAD OF triggers"),
            dual.isEmpty() ? QStringLiteral("No old writer needs to reach the new shape.")
                           : QStringLiteral("Old writers write through the view; triggers forward their rows."),
            !dual.isEmpty(), {}, dual);
        PlanContext::addNode(
            walk, QStringLiteral("F"), QStringLiteral("Not needed"), QStringLiteral("No row has to be copied."), false);
        PlanContext::addNode(
            walk, QStringLiteral("G"), QStringLiteral("Yes"), QStringLiteral("Nothing to backfill."), false);
        const QStringList read = ids(Phase::ReadSwitch);
        PlanContext::addNode(walk, QStringLiteral("H"),
            read.isEmpty() ? QStringLiteral("Not needed") : QStringLiteral("Move readers away"),
            read.isEmpty()
                ? QStringLiteral("Readers keep working across the change.")
                : QStringLiteral(
                    "Every reader stops using the old object before it goes; the query list shows who still does."),
            !read.isEmpty(), {}, read);
        const QStringList contract = ids(Phase::Contract);
        PlanContext::addNode(walk, QStringLiteral("I"), contractAnswer, change.classification.sqliteRule,
            !contract.isEmpty(), {}, contract);
    }

    QString rowsText(const schema::Table* table)
    {
        if (!table || !table->rowCount)
            return QString();
        return QStringLiteral("%1%2 rows")
            .arg(table->rowCount->exact ? QString() : QStringLiteral("~"),
                QLocale::c().toString(table->rowCount->value));
    }

} // namespace

PlanUnit ObjectPlanner::addTable(PlanContext& ctx, const Change& change)
{
    PlanUnit unit = unitFor(change, QStringLiteral("additive"), QStringLiteral("Create table %1").arg(change.name));
    const schema::Table* table = ctx.changeSet().after.table(change.name);
    RankedStep s = PlanContext::makeStep(
        Phase::Expand, Rank::CreateTable, change.name, QStringLiteral("Create table %1").arg(change.name));
    s.step.sql = statement(change.afterSql);
    if (table) {
        for (const auto& index : table->indexes) {
            if (index.origin == schema::IndexOrigin::CreateIndex)
                s.step.sql += statement(index.sql.isEmpty() ? schema::DdlGenerator::createIndex(index) : index.sql);
        }
    }
    s.step.rollbackSql = QStringLiteral("DROP TABLE IF EXISTS %1;\n").arg(q(change.name));
    s.step.verificationSql = PlanSql::objectMissing(QStringLiteral("table"), change.name);
    s.step.preconditions << Precondition { QStringLiteral("no table %1 exists yet").arg(change.name),
        PlanSql::objectPresent(QStringLiteral("table"), change.name) };
    s.step.explanation
        = QStringLiteral("Expand (“Add new nullable columns or new tables”). A new table is invisible to old clients; "
                         "its indexes are built while it is empty, so they cost nothing now.");
    unit.steps << s;
    additiveWalk(unit.walk, change, QStringLiteral("CREATE TABLE"), { s.step.id },
        QStringLiteral("Nothing reads or writes it yet."));
    finish(unit, change);
    return unit;
}

PlanUnit ObjectPlanner::dropTable(PlanContext& ctx, const Change& change)
{
    PlanUnit unit = unitFor(change, QStringLiteral("drop"), QStringLiteral("Drop table %1").arg(change.name));
    const schema::Table* table = ctx.changeSet().before.table(change.name);
    const QStringList users = ctx.queriesUsing(change.name);
    RankedStep read = PlanContext::makeStep(
        Phase::ReadSwitch, Rank::ExpandColumns, change.name, QStringLiteral("Deprecate table %1").arg(change.name));
    read.step.sql
        = PlanSql::comment(QStringLiteral("Application change: stop reading and writing %1.").arg(change.name));
    read.step.rollbackSql = PlanSql::comment(QStringLiteral("Nothing to undo: the table is still there."));
    read.step.preconditions << Precondition { QStringLiteral("no application query uses %1").arg(change.name),
        QString() };
    read.step.explanation = QStringLiteral(
        "Read switch, for a removal: deprecate first. Every reader and writer stops using %1 before it is dropped; the "
        "query list (answers 'queries') shows who still does.%2")
                                .arg(change.name,
                                    users.isEmpty() ? QString()
                                                    : QStringLiteral(" Still using it: %1.")
                                                          .arg(users.join(QStringLiteral(" | "))));
    if (!users.isEmpty())
        unit.warnings << QStringLiteral("table %1 is dropped but %2 still %3 it: %4")
                             .arg(change.name,
                                 PlanContext::count(users.size(), QStringLiteral("application query"),
                                     QStringLiteral("application queries")),
                                 users.size() == 1 ? QStringLiteral("uses") : QStringLiteral("use"),
                                 users.join(QStringLiteral(" | ")));
    unit.steps << read;

    RankedStep drop = PlanContext::makeStep(
        Phase::Contract, Rank::DropTable, change.name, QStringLiteral("Drop table %1").arg(change.name));
    drop.step.sql = QStringLiteral("DROP TABLE %1;\n").arg(q(change.name));
    QString rollback = PlanSql::comment(
        QStringLiteral("Recreates the table empty: its rows are gone (restore them from the backup)."));
    rollback += statement(change.beforeSql);
    if (table) {
        for (const auto& index : table->indexes) {
            if (index.origin == schema::IndexOrigin::CreateIndex)
                rollback += statement(index.sql.isEmpty() ? schema::DdlGenerator::createIndex(index) : index.sql);
        }
    }
    drop.step.rollbackSql = rollback;
    drop.step.verificationSql = PlanSql::objectPresent(QStringLiteral("table"), change.name);
    drop.step.preconditions << Precondition {
        QStringLiteral("a backup of %1 exists (%2)")
            .arg(change.name, rowsText(table).isEmpty() ? QStringLiteral("its rows are lost") : rowsText(table)),
        QString()
    };
    drop.step.preconditions << Precondition { QStringLiteral("no application query uses %1").arg(change.name),
        QString() };
    drop.step.explanation
        = QStringLiteral("Contract (“Remove old fields later”, after the confidence window). DROP TABLE deletes the "
                         "rows with the table; its indexes and triggers go with it.");
    drop.step.warnings << QStringLiteral("destructive: the rows of %1 are deleted").arg(change.name);
    unit.steps << drop;
    breakingWalk(unit.walk, change, QStringLiteral("Deprecate %1").arg(change.name),
        QStringLiteral("The table stays until no client uses it."), unit.steps, QStringLiteral("DROP TABLE"));
    finish(unit, change);
    return unit;
}

PlanUnit ObjectPlanner::renameTable(PlanContext& ctx, const Change& change)
{
    PlanUnit unit = unitFor(change, QStringLiteral("rename-table"),
        QStringLiteral("Rename table %1 to %2").arg(change.oldName, change.name));
    const schema::Table* before = ctx.changeSet().before.table(change.oldName);
    const schema::Table* after = ctx.changeSet().after.table(change.name);
    const QString oldT = q(change.oldName);
    const QString newT = q(change.name);
    const QString viewSql = QStringLiteral("CREATE VIEW %1 AS SELECT * FROM %2").arg(oldT, newT);
    ctx.registerCompatibilityView(change.name, viewSql);

    RankedStep expand = PlanContext::makeStep(Phase::Expand, Rank::RenameTable, change.name,
        QStringLiteral("Rename %1 to %2, keep %1 as a view").arg(change.oldName, change.name));
    expand.step.sql = QStringLiteral("ALTER TABLE %1 RENAME TO %2;\n").arg(oldT, newT) + statement(viewSql);
    expand.step.rollbackSql = QStringLiteral("DROP VIEW IF EXISTS %1;\nALTER TABLE %2 RENAME TO %1;\n").arg(oldT, newT);
    expand.step.verificationSql = PlanSql::objectMissing(QStringLiteral("table"), change.name);
    expand.step.explanation = QStringLiteral(
        "Expand, for a rename: SQLite renames a table in place and rewrites the foreign keys, views and triggers that "
        "name "
        "it (ALTER TABLE RENAME TO). Old clients still say %1, so a view of that name keeps them reading.")
                                  .arg(change.oldName);
    unit.steps << expand;

    // Old writers: INSTEAD OF triggers forward writes on the view to the table, by primary key.
    QStringList columns;
    if (before && after) {
        for (const auto& c : before->columns) {
            if (!c.hidden && !c.isGenerated() && after->column(c.name))
                columns << q(c.name);
        }
    }
    const QStringList pk = after ? after->primaryKey() : QStringList {};
    QStringList triggers;
    QStringList triggerNames;
    if (!columns.isEmpty()) {
        QStringList values;
        for (const QString& c : columns)
            values << QStringLiteral("NEW.") + c;
        const QString ins = PlanSql::ownedName({ change.oldName, QStringLiteral("insert") });
        triggers << QStringLiteral(
            "CREATE TRIGGER %1 INSTEAD OF INSERT ON %2\nBEGIN\n    INSERT INTO %3 (%4) VALUES (%5);\nEND")
                        .arg(q(ins), oldT, newT, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
        triggerNames << ins;
        if (!pk.isEmpty()) {
            QStringList sets;
            for (const QString& c : columns)
                sets << QStringLiteral("%1 = NEW.%1").arg(c);
            QStringList where;
            for (const QString& k : pk)
                where << QStringLiteral("%1 = OLD.%1").arg(q(k));
            const QString upd = PlanSql::ownedName({ change.oldName, QStringLiteral("update") });
            const QString del = PlanSql::ownedName({ change.oldName, QStringLiteral("delete") });
            triggers << QStringLiteral(
                "CREATE TRIGGER %1 INSTEAD OF UPDATE ON %2\nBEGIN\n    UPDATE %3 SET %4 WHERE %5;\nEND")
                            .arg(q(upd), oldT, newT, sets.join(QStringLiteral(", ")),
                                where.join(QStringLiteral(" AND ")));
            triggers << QStringLiteral(
                "CREATE TRIGGER %1 INSTEAD OF DELETE ON %2\nBEGIN\n    DELETE FROM %3 WHERE %4;\nEND")
                            .arg(q(del), oldT, newT, where.join(QStringLiteral(" AND ")));
            triggerNames << upd << del;
        } else {
            unit.warnings << QStringLiteral(
                "%1 has no primary key: old writers can insert through the view %2 but not update or delete")
                                 .arg(change.name, change.oldName);
        }
    }
    // The view's INSTEAD OF triggers come in the same step: a view cannot be written to, so
    // without them every old writer would fail from the rename until a later step.
    RankedStep& expandStep = unit.steps.back();
    for (const QString& t : triggers)
        expandStep.step.sql += statement(t);
    for (const QString& n : triggerNames)
        expandStep.step.rollbackSql.prepend(QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(q(n)));
    if (!triggers.isEmpty())
        expandStep.step.explanation += QStringLiteral(
            " A view cannot be written to, so INSTEAD OF triggers, created with it, forward the old writers' inserts, "
            "updates and deletes on %1 to %2 (the dual-write of a rename).")
                                           .arg(change.oldName, change.name);
    RankedStep read = PlanContext::makeStep(Phase::ReadSwitch, Rank::ExpandColumns, change.name,
        QStringLiteral("Move clients from %1 to %2").arg(change.oldName, change.name));
    read.step.sql = PlanSql::comment(
        QStringLiteral("Application change: read and write %1 instead of %2.").arg(change.name, change.oldName));
    read.step.rollbackSql
        = PlanSql::comment(QStringLiteral("Roll the application back: %1 still works.").arg(change.oldName));
    read.step.explanation
        = QStringLiteral("Read switch: clients move to the new name gradually; the view serves the rest.");
    unit.steps << read;

    RankedStep retire = PlanContext::makeStep(Phase::Contract, Rank::RetireCompatibility, change.oldName,
        QStringLiteral("Retire the view %1").arg(change.oldName));
    retire.step.sql = QStringLiteral("DROP VIEW IF EXISTS %1;\n").arg(oldT);
    retire.step.rollbackSql = statement(viewSql);
    for (const QString& t : triggers)
        retire.step.rollbackSql += statement(t);
    retire.step.verificationSql = PlanSql::objectPresent(QStringLiteral("view"), change.oldName);
    retire.step.preconditions << Precondition { QStringLiteral("no client uses %1 any more").arg(change.oldName),
        QString() };
    retire.step.explanation
        = QStringLiteral("Contract: with no client left on the old name, the view goes (and its triggers with it).");
    unit.steps << retire;
    breakingWalk(unit.walk, change, QStringLiteral("New name, old name as a view"),
        QStringLiteral("Version 1 (%1) stays readable and writable through the view.").arg(change.oldName), unit.steps,
        QStringLiteral("Drop the view %1").arg(change.oldName));
    finish(unit, change);
    return unit;
}

PlanUnit ObjectPlanner::index(PlanContext& ctx, const Change& change)
{
    const diff::ChangeSet& set = ctx.changeSet();
    const schema::Table* table = set.after.table(change.table);
    const schema::Index* after = table ? table->index(change.name) : nullptr;
    PlanUnit unit = unitFor(change, QStringLiteral("index"),
        QStringLiteral("%1 index %2 on %3")
            .arg(change.type == ChangeType::Added        ? QStringLiteral("Add")
                    : change.type == ChangeType::Removed ? QStringLiteral("Drop")
                    : change.type == ChangeType::Renamed ? QStringLiteral("Rename")
                                                         : QStringLiteral("Redefine"),
                change.name, change.table));
    const QString name = q(change.name);
    const QString rows = rowsText(set.before.table(ctx.beforeName(change.table)));
    const QString cost
        = QStringLiteral("Every index adds work to each INSERT and DELETE and to UPDATEs of its columns (indexes speed "
                         "reads but slow writes); building it reads the whole table%1 and blocks writers meanwhile.")
              .arg(rows.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(rows));
    if (change.type == ChangeType::Added || change.type == ChangeType::Renamed) {
        bool onBackfilled = false;
        if (after) {
            for (const auto& part : after->parts) {
                onBackfilled = onBackfilled || (!part.isExpression() && ctx.isBackfilled(change.table, part.column));
            }
        }
        const ChangeAnswers answers = ctx.answersFor(change);
        IndexTiming timing = answers.indexTiming;
        if (timing == IndexTiming::Auto)
            timing = onBackfilled ? IndexTiming::AfterBackfill : IndexTiming::BeforeBackfill;
        const bool late = timing == IndexTiming::AfterBackfill && ctx.hasBackfill(change.table);
        RankedStep s = PlanContext::makeStep(late ? Phase::Backfill : Phase::Expand,
            late ? Rank::IndexAfterBackfill : Rank::CreateIndex, QStringLiteral("%1.%2").arg(change.table, change.name),
            QStringLiteral("Create index %1 on %2").arg(change.name, change.table));
        s.step.sql = statement(change.afterSql);
        s.step.rollbackSql = QStringLiteral("DROP INDEX IF EXISTS %1;\n").arg(name);
        s.step.verificationSql = PlanSql::objectMissing(QStringLiteral("index"), change.name);
        s.step.explanation = late
            ? QStringLiteral("Built after the backfill: one pass over the finished column instead of an index "
                             "update in every batch. %1")
                  .arg(cost)
            : QStringLiteral("Expand: a new index changes no result, only plans. %1").arg(cost);
        if (after && after->unique) {
            QStringList cols;
            QStringList notNull;
            for (const auto& p : after->parts) {
                const QString e = p.isExpression() ? QStringLiteral("(%1)").arg(p.expression) : q(p.column);
                cols << e;
                notNull << e + QStringLiteral(" IS NOT NULL");
            }
            s.step.preconditions << Precondition {
                QStringLiteral("no duplicate values in (%1)").arg(cols.join(QStringLiteral(", "))),
                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 GROUP BY %3 HAVING count(*) > 1)")
                    .arg(q(change.table), notNull.join(QStringLiteral(" AND ")), cols.join(QStringLiteral(", ")))
            };
        }
        s.step.warnings << QStringLiteral("write cost: %1 makes every write to %2 maintain one more index")
                               .arg(change.name, change.table);
        if (late && answers.indexTiming == IndexTiming::Auto)
            s.step.warnings
                << QStringLiteral("%1 covers a backfilled column: built after the backfill").arg(change.name);
        unit.steps << s;
        if (change.type == ChangeType::Renamed) {
            RankedStep drop = PlanContext::makeStep(Phase::Contract, Rank::DropIndex,
                QStringLiteral("%1.%2").arg(change.table, change.oldName),
                QStringLiteral("Drop index %1").arg(change.oldName));
            drop.step.sql = QStringLiteral("DROP INDEX IF EXISTS %1;\n").arg(q(change.oldName));
            drop.step.rollbackSql = statement(change.beforeSql);
            drop.step.verificationSql = PlanSql::objectPresent(QStringLiteral("index"), change.oldName);
            drop.step.explanation = QStringLiteral(
                "SQLite cannot rename an index: the new name was built at the expand, the old one goes now.");
            unit.steps << drop;
        }
        PlanContext::addNode(unit.walk, QStringLiteral("A"), QStringLiteral("Yes"), change.classification.reason);
        PlanContext::addNode(unit.walk, QStringLiteral("B"), QStringLiteral("No: add field"),
            QStringLiteral("An index changes no result."));
        PlanContext::addNode(unit.walk, QStringLiteral("C"),
            late ? QStringLiteral("After the backfill") : QStringLiteral("CREATE INDEX"), cost, true,
            { AnswerKey::IndexTiming }, { s.step.id })
            ->overridden
            = answers.indexTiming != IndexTiming::Auto;
        for (const char* id : { "E", "F", "G", "H" })
            PlanContext::addNode(unit.walk, QString::fromLatin1(id), QStringLiteral("Not needed"),
                QStringLiteral("An index needs no data move."), false);
        PlanContext::addNode(unit.walk, QStringLiteral("I"),
            change.type == ChangeType::Renamed ? QStringLiteral("Drop the old index")
                                               : QStringLiteral("Nothing to remove"),
            QString(), change.type == ChangeType::Renamed, {},
            change.type == ChangeType::Renamed ? QStringList { unit.steps.last().step.id } : QStringList {});
    } else {
        RankedStep s = PlanContext::makeStep(Phase::Contract, Rank::DropIndex,
            QStringLiteral("%1.%2").arg(change.table, change.name),
            change.type == ChangeType::Removed ? QStringLiteral("Drop index %1").arg(change.name)
                                               : QStringLiteral("Redefine index %1").arg(change.name));
        s.step.sql = QStringLiteral("DROP INDEX IF EXISTS %1;\n").arg(name);
        s.step.rollbackSql = s.step.sql;
        if (change.type == ChangeType::Modified) {
            s.step.sql += statement(change.afterSql);
            s.step.verificationSql = PlanSql::objectMissing(QStringLiteral("index"), change.name);
        } else {
            s.step.verificationSql = PlanSql::objectPresent(QStringLiteral("index"), change.name);
        }
        s.step.rollbackSql += statement(change.beforeSql);
        s.step.explanation
            = QStringLiteral("Contract: queries that used %1 may fall back to a full scan; check their plans "
                             "(EXPLAIN QUERY PLAN) before this runs. It comes before any column drop, which SQLite "
                             "refuses while an index uses the column.")
                  .arg(change.name);
        if (change.type == ChangeType::Modified)
            s.step.warnings
                << QStringLiteral("%1 is rebuilt: the table is read in full and writers wait").arg(change.name);
        unit.steps << s;
        breakingWalk(unit.walk, change, QStringLiteral("Keep the old index until the contract"),
            QStringLiteral("Readers keep their plans until the end."), unit.steps,
            change.type == ChangeType::Removed ? QStringLiteral("DROP INDEX")
                                               : QStringLiteral("DROP INDEX + CREATE INDEX"));
    }
    finish(unit, change);
    return unit;
}

PlanUnit ObjectPlanner::viewOrTrigger(PlanContext& ctx, const Change& change)
{
    const bool view = change.object == ObjectKind::View;
    const QString kind = view ? QStringLiteral("view") : QStringLiteral("trigger");
    const QString name = q(change.name);
    const QString drop = QStringLiteral("DROP %1 IF EXISTS %2;\n")
                             .arg(view ? QStringLiteral("VIEW") : QStringLiteral("TRIGGER"), name);
    PlanUnit unit
        = unitFor(change, change.type == ChangeType::Added ? QStringLiteral("additive") : QStringLiteral("object"),
            QStringLiteral("%1 %2 %3")
                .arg(change.type == ChangeType::Added        ? QStringLiteral("Create")
                        : change.type == ChangeType::Removed ? QStringLiteral("Drop")
                                                             : QStringLiteral("Redefine"),
                    kind, change.name));
    // Objects on a table whose shape changes at the contract are created after it.
    bool late = !view && ctx.isRebuiltAtContract(change.table);
    for (const auto& t : ctx.changeSet().after.tables)
        late = late || (ctx.isRebuiltAtContract(t.name) && diff::DependencyFinder::mentions(change.afterSql, t.name));
    // Views reading this one are dropped with it and recreated after it (dependency order).
    const PlanContext::ViewDependents dependents
        = view && change.type != ChangeType::Added ? ctx.viewDependents(change.name) : PlanContext::ViewDependents {};
    auto statements = [](const QStringList& list) {
        QString sql;
        for (const QString& s : list)
            sql += statement(s);
        return sql;
    };
    if (change.type != ChangeType::Added) {
        RankedStep s = PlanContext::makeStep(Phase::Contract, Rank::DropObject, change.name,
            QStringLiteral("Drop the %1 %2%3")
                .arg(change.type == ChangeType::Removed ? QString() : QStringLiteral("old definition of "), kind,
                    change.name));
        s.step.sql = statements(dependents.drops) + drop;
        s.step.rollbackSql = statement(change.beforeSql) + statements(dependents.restores);
        s.step.verificationSql = PlanSql::objectPresent(kind, change.name);
        s.step.explanation
            = QStringLiteral("Contract: the old definition goes before the tables reach their final shape, because it "
                             "may name columns that are about to disappear.");
        if (view) {
            const QStringList users = ctx.queriesUsing(change.name);
            if (change.type == ChangeType::Removed && !users.isEmpty())
                unit.warnings << QStringLiteral("view %1 is dropped but application queries still use it: %2")
                                     .arg(change.name, users.join(QStringLiteral(" | ")));
        }
        unit.steps << s;
    }
    if (change.type != ChangeType::Removed) {
        const bool expand = change.type == ChangeType::Added && !late;
        RankedStep s = PlanContext::makeStep(expand ? Phase::Expand : Phase::Contract,
            expand ? Rank::CreateObject : Rank::CreateFinalObject, change.name,
            QStringLiteral("Create the %1 %2").arg(kind, change.name));
        s.step.sql = statement(change.afterSql) + statements(dependents.creates);
        s.step.rollbackSql = statements(dependents.drops) + drop;
        s.step.verificationSql = PlanSql::objectMissing(kind, change.name);
        s.step.explanation = expand
            ? QStringLiteral("Expand: a new %1 that needs nothing else to change first.").arg(kind)
            : QStringLiteral("Created once the tables it uses have their final shape.");
        unit.steps << s;
    }
    if (change.type == ChangeType::Added && unit.steps.front().step.phase == Phase::Expand)
        additiveWalk(unit.walk, change, QStringLiteral("CREATE %1").arg(kind.toUpper()), { unit.steps.front().step.id },
            view ? QStringLiteral("A view stores no rows.") : QStringLiteral("The trigger acts on new writes only."));
    else
        breakingWalk(unit.walk, change, QStringLiteral("Old definition until the contract"),
            QStringLiteral("The %1 changes with the tables it uses.").arg(kind), unit.steps,
            change.type == ChangeType::Removed ? QStringLiteral("DROP %1").arg(kind.toUpper())
                                               : QStringLiteral("Replace the definition"));
    finish(unit, change);
    return unit;
}

} // namespace godwit::plan
