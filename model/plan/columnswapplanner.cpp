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
    return ColumnSwapPlanner(ctx, tableName, changes).run();
}

ColumnSwapPlanner::ColumnSwapPlanner(PlanContext& ctx, const QString& tableName, const QList<const Change*>& changes)
    : TablePlanner(ctx, tableName, changes)
    , m_beforeName(ctx.beforeName(tableName))
{
}

PlanUnit ColumnSwapPlanner::run()
{
    describeChanges();
    readAnswers();
    titleWalk();
    expand();
    dualWrite();
    backfill();
    readSwitch();
    stopDualWrite();
    contractTable();
    retireCompatibilityView();
    fillWalk();
    return m_unit;
}

void ColumnSwapPlanner::describeChanges()
{
    for (const Change* c : m_changes) {
        m_changeIds << c->id();
        if (c->type == ChangeType::Removed)
            m_drops << c;
        else
            m_news << NewColumn::describe(m_ctx, *c, m_after, &m_unit.warnings);
    }
    m_hasRenames = std::ranges::any_of(m_news, [](const NewColumn& n) { return !n.oldName.isEmpty(); });
    m_breaking = m_hasRenames || !m_drops.isEmpty();
    m_additiveOnly = !m_breaking && std::ranges::all_of(m_news, [](const NewColumn& n) { return n.isFinal; });

    // Facts for the steps: old columns that go, whether the contract needs the rebuild.
    for (const NewColumn& n : m_news) {
        if (!n.oldName.isEmpty())
            m_oldColumns << n.oldName;
    }
    for (const Change* d : m_drops)
        m_oldColumns << d->name;
    for (const NewColumn& n : m_news) {
        if (n.isFinal)
            continue;
        const QString restriction = Classifier::addColumnRestriction(n.after, m_after);
        m_rebuildReasons << QStringLiteral("%1: %2").arg(
            n.after.name, restriction.isEmpty() ? QStringLiteral("its DEFAULT is added after the copy") : restriction);
    }
    for (const QString& old : m_oldColumns) {
        const QString r = dropRestriction(m_ctx, m_beforeName, old);
        if (!r.isEmpty())
            m_rebuildReasons << QStringLiteral("%1: %2").arg(old, r);
    }
    m_rebuild = !m_rebuildReasons.isEmpty();
}

void ColumnSwapPlanner::readAnswers()
{
    const ChangeAnswers tableAnswers = m_ctx.answersForTable(m_after.name);
    m_first = m_changes.isEmpty() ? ChangeAnswers {} : m_ctx.answersFor(*m_changes.front());
    m_skipDualWrite = m_first.skipDualWrite.value_or(tableAnswers.skipDualWrite.value_or(false));
    m_skipReason
        = !m_first.skipDualWriteReason.isEmpty() ? m_first.skipDualWriteReason : tableAnswers.skipDualWriteReason;
    m_compatibilityView
        = m_hasRenames && m_first.compatibilityView.value_or(tableAnswers.compatibilityView.value_or(true));
    m_batch = m_ctx.batchSize(m_first);
}

void ColumnSwapPlanner::titleWalk()
{
    DecisionWalk& walk = m_unit.walk;
    walk.id = m_table;
    walk.table = m_table;
    walk.changeIds = m_changeIds;
    walk.strategy = m_additiveOnly ? QStringLiteral("additive") : QStringLiteral("column-swap");
    QStringList what;
    for (const NewColumn& n : m_news)
        what << (n.oldName.isEmpty() ? QStringLiteral("add %1").arg(n.after.name)
                                     : QStringLiteral("rename %1 to %2").arg(n.oldName, n.after.name));
    for (const Change* d : m_drops)
        what << QStringLiteral("drop %1").arg(d->name);
    walk.title = QStringLiteral("%1: %2").arg(m_table, what.join(QStringLiteral(", ")));
}

void ColumnSwapPlanner::expand()
{
    for (const NewColumn& n : m_news) {
        if (n.contractOnly)
            continue;
        const QString definition = schema::DdlGenerator::columnDefinition(n.expand) + n.references;
        m_expandDefinitions << definition;
        RankedStep s = PlanContext::makeStep(Phase::Expand, Rank::ExpandColumns,
            QStringLiteral("%1.%2").arg(m_table, n.after.name),
            QStringLiteral("Add %1.%2%3")
                .arg(m_table, n.after.name, n.isFinal ? QString() : QStringLiteral(" (nullable)")));
        s.step.sql = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2;\n").arg(m_quoted, definition);
        s.step.rollbackSql = QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;\n").arg(m_quoted, q(n.after.name));
        s.step.verificationSql = PlanSql::columnMissing(m_after.name, n.after.name);
        s.step.preconditions << Precondition { QStringLiteral("%1 has no column %2 yet").arg(m_table, n.after.name),
            PlanSql::columnPresent(m_after.name, n.after.name) };
        if (n.isFinal)
            s.step.explanation
                = QStringLiteral("Expand (“Add new nullable columns or new tables”). ALTER "
                                 "TABLE ADD COLUMN adds "
                                 "%1 with its final definition in place: SQLite only rewrites the CREATE text, so it "
                                 "is instant on any table "
                                 "size, and old readers and writers never notice a column they do not name.")
                      .arg(n.after.name);
        else
            s.step.explanation
                = QStringLiteral("Expand (“Add new nullable columns”). %1 arrives nullable%2 so every existing "
                                 "reader and writer keeps "
                                 "working: old writers do not know it yet. ALTER TABLE ADD COLUMN is instant "
                                 "in SQLite. Its final "
                                 "definition (%3) is enforced at the contract, once every row has a value.")
                      .arg(n.after.name,
                          n.expand.hasDefault == n.after.hasDefault ? QString()
                                                                    : QStringLiteral(" and without its default"),
                          schema::DdlGenerator::columnDefinition(n.after));
        s.step.changeIds << n.change->id();
        m_expandIds << s.step.id;
        m_unit.steps << s;
    }
}

void ColumnSwapPlanner::dualWrite()
{
    for (const NewColumn& n : m_news) {
        if (n.up.isEmpty() || m_skipDualWrite)
            continue;
        QStringList created;
        QStringList names;
        Table current = m_before;
        current.name = m_after.name;
        const QList<DualWriteTriggers::Trigger> triggers = n.oldName.isEmpty()
            ? QList<DualWriteTriggers::Trigger> { DualWriteTriggers::fill(current, n.after.name, n.up) }
            : DualWriteTriggers::rename(current, n.oldName, n.after.name, n.up, n.down);
        for (const auto& trigger : triggers) {
            names << trigger.name;
            created << trigger.sql;
        }
        RankedStep s = PlanContext::makeStep(Phase::DualWrite, Rank::ExpandColumns,
            QStringLiteral("%1.%2").arg(m_table, n.after.name),
            n.oldName.isEmpty() ? QStringLiteral("Fill %1.%2 on writes from the old version").arg(m_table, n.after.name)
                                : QStringLiteral("Keep %1.%2 and %3 in step").arg(m_table, n.oldName, n.after.name));
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
                "Dual-write (“Write both old and new fields during transition”). Writers of the old version do "
                "not set "
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
        m_dualIds << s.step.id;
        m_triggerNames << names;
        m_triggerSql << created;
        m_unit.steps << s;
    }
}

void ColumnSwapPlanner::backfill()
{
    for (const NewColumn& n : m_news) {
        if (n.up.isEmpty())
            continue;
        const QString col = q(n.after.name);
        QString remaining = QStringLiteral("%1 IS NULL").arg(col);
        if (!n.oldName.isEmpty() && !n.up.startsWith(QLatin1String("coalesce")))
            remaining += QStringLiteral(" AND %1 IS NOT NULL").arg(q(n.oldName));
        RankedStep s
            = PlanContext::makeStep(Phase::Backfill, Rank::Backfill, QStringLiteral("%1.%2").arg(m_table, n.after.name),
                QStringLiteral("Backfill %1.%2").arg(m_table, n.after.name));
        BackfillSpec spec = PlanSql::backfill(
            m_before, QStringLiteral("UPDATE %1 SET %2 = %3").arg(m_quoted, col, n.up), remaining, m_batch);
        s.step.sql = spec.batchSql + QStringLiteral(";\n");
        s.step.backfill = spec;
        s.step.rollbackSql = PlanSql::comment(
            QStringLiteral("Nothing to undo: the Expand rollback drops %1 with the copied values.").arg(n.after.name));
        const QString parity = n.oldName.isEmpty()
            ? QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL").arg(m_quoted, col)
            : QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT %3").arg(m_quoted, col, n.up);
        s.step.verificationSql = parity;
        m_parityChecks << parity;
        s.step.preconditions << Precondition {
            QStringLiteral("the dual-write triggers are in place, so rows written during the backfill stay right"),
            m_skipDualWrite ? QString() : PlanSql::objectMissing(QStringLiteral("trigger"), m_triggerNames.value(0))
        };
        s.step.explanation
            = QStringLiteral(
                "Backfill (“Backfill historical data asynchronously”, in small batches with throttling). Rows "
                "written "
                "before the "
                "dual-write started have %1 NULL. The batch statement walks %2 in ranges of %3 rows (keyset, :last "
                "= the "
                "end of "
                "the previous range), one short transaction each, so a writer waits at most one batch. Repeat "
                "until the "
                "remaining count is 0: that is the tree's “Backfill complete?” loop. It only touches rows still "
                "NULL, so "
                "it is "
                "safe to stop and resume. The same work in one statement (for small tables or a Flyway file):\n%4")
                  .arg(n.after.name, spec.keyColumn.isEmpty() ? QStringLiteral("the table") : spec.keyColumn)
                  .arg(m_batch)
                  .arg(spec.wholeSql);
        if (spec.keyColumn.isEmpty())
            s.step.warnings << QStringLiteral(
                "%1 is WITHOUT ROWID: no integer key to walk, so the backfill is one batch.")
                                   .arg(m_table);
        if (m_skipDualWrite)
            s.step.warnings << QStringLiteral(
                "Dual-write skipped (%1): rows written after the backfill by old writers stay NULL.")
                                   .arg(m_skipReason.isEmpty() ? QStringLiteral("answer skipDualWrite") : m_skipReason);
        s.step.changeIds << n.change->id();
        m_ctx.markBackfilled(m_table, n.after.name);
        m_backfillIds << s.step.id;
        m_unit.steps << s;
    }
}

void ColumnSwapPlanner::readSwitch()
{
    if (!m_breaking)
        return;
    m_compatName = compatibilityName(m_ctx, m_table);
    if (m_compatibilityView) {
        m_compatSql = compatibilityViewSql();
        m_ctx.registerCompatibilityView(m_table, m_compatSql);
    }
    RankedStep s = PlanContext::makeStep(
        Phase::ReadSwitch, Rank::ExpandColumns, m_table, QStringLiteral("Switch reads of %1").arg(m_table));
    QStringList moves;
    for (const NewColumn& n : m_news) {
        if (!n.oldName.isEmpty())
            moves << QStringLiteral("read %1 instead of %2").arg(n.after.name, n.oldName);
    }
    for (const Change* d : m_drops)
        moves << QStringLiteral("stop reading and writing %1").arg(d->name);
    s.step.sql = PlanSql::comment(QStringLiteral("Application change, rolled out gradually: %1 (%2).")
                                      .arg(moves.join(QStringLiteral("; ")), m_table));
    if (!m_compatSql.isEmpty()) {
        s.step.sql += schema::TableRebuild::statement(m_compatSql);
        s.step.rollbackSql = QStringLiteral("DROP VIEW IF EXISTS %1;\n").arg(q(m_compatName));
        s.step.verificationSql = PlanSql::objectMissing(QStringLiteral("view"), m_compatName);
    } else {
        s.step.rollbackSql
            = PlanSql::comment(QStringLiteral("Roll the application back: both shapes are still complete."));
    }
    for (const QString& check : m_parityChecks)
        s.step.preconditions << Precondition { QStringLiteral("the backfill is complete"), check };
    for (const Change* d : m_drops) {
        const QStringList users = m_ctx.queriesUsing(m_table, d->name);
        s.step.preconditions << Precondition { QStringLiteral("no application query uses %1.%2").arg(m_table, d->name),
            QString() };
        if (!users.isEmpty())
            m_unit.warnings << QStringLiteral("%1.%2 is dropped but %3 still %4 it: %5")
                                   .arg(m_table, d->name,
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
                  m_compatSql.isEmpty() ? QString()
                                        : QStringLiteral(" The view %1 keeps the old shape for readers that cannot "
                                                         "move yet (reports, BI tools): it reads the new columns, so "
                                                         "it survives the drop of the old ones, until the contract's "
                                                         "last step retires it.")
                                              .arg(m_compatName));
    for (const Change* c : m_changes)
        s.step.changeIds << c->id();
    m_readIds << s.step.id;
    m_unit.steps << s;
}

QString ColumnSwapPlanner::compatibilityViewSql() const
{
    QStringList cols;
    for (const Column& c : m_before.columns) {
        if (c.hidden)
            continue;
        auto renamed
            = std::ranges::find_if(m_news, [&](const NewColumn& n) { return sameIdentifier(n.oldName, c.name); });
        if (renamed != m_news.end())
            cols << QStringLiteral("%1 AS %2").arg(renamed->down, q(c.name));
        else if (!std::ranges::any_of(m_drops, [&](const Change* d) { return sameIdentifier(d->name, c.name); }))
            cols << q(c.name);
    }
    return QStringLiteral("CREATE VIEW %1 AS\n    SELECT %2\n      FROM %3")
        .arg(q(m_compatName), cols.join(QStringLiteral(", ")), m_quoted);
}

void ColumnSwapPlanner::stopDualWrite()
{
    if (m_triggerNames.isEmpty())
        return;
    RankedStep s = PlanContext::makeStep(Phase::Contract, Rank::ContractTable, m_table + QStringLiteral(".dual-write"),
        QStringLiteral("Stop the dual-write on %1").arg(m_table));
    for (const QString& name : m_triggerNames)
        s.step.sql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(q(name));
    for (const QString& c : m_triggerSql)
        s.step.rollbackSql += schema::TableRebuild::statement(c);
    s.step.verificationSql = PlanSql::objectPresent(QStringLiteral("trigger"), m_triggerNames.front());
    s.step.preconditions << Precondition { QStringLiteral("every writer runs the new version"), QString() };
    s.step.explanation
        = QStringLiteral("Contract (“Remove old fields later”, only after a confidence window). With no writer "
                         "of the old version left, the dual-write triggers go first: they name the old columns.");
    for (const NewColumn& n : m_news)
        s.step.changeIds << n.change->id();
    m_contractIds << s.step.id;
    m_unit.steps << s;
}

void ColumnSwapPlanner::contractTable()
{
    if (m_additiveOnly || (!m_rebuild && m_oldColumns.isEmpty()))
        return;
    Table expanded = m_before;
    for (const NewColumn& n : m_news) {
        if (!n.contractOnly)
            expanded.columns << n.expand;
    }
    expanded.sql
        = m_before.sql.isEmpty() ? QString() : schema::TableRebuild::appendColumns(m_before.sql, m_expandDefinitions);
    const auto [dropDeps, createDeps] = m_ctx.rebuildDependents(m_table);
    const QString rollback = contractRollback(expanded, dropDeps, createDeps);

    RankedStep s = PlanContext::makeStep(Phase::Contract, Rank::ContractTable, m_table,
        m_rebuild ? QStringLiteral("Rebuild %1 with its final definition").arg(m_table)
                  : QStringLiteral("Drop %1 from %2").arg(m_oldColumns.join(QStringLiteral(", ")), m_table));
    if (m_rebuild) {
        schema::TableRebuild forward(m_after, m_after.name);
        forward.setCopyRowid(!m_after.withoutRowid && !m_before.withoutRowid);
        forward.copySameNamedColumns(expanded);
        s.step.sql = forward.script(dropDeps, createDeps);
        s.step.transactional = false;
        m_ctx.markRebuiltAtContract(m_table);
        s.step.explanation
            = QStringLiteral(
                "Contract (“Remove old fields later”: the final version enforces NOT NULL and drops the legacy "
                "column). "
                "SQLite's ALTER TABLE does only RENAME, ADD COLUMN and DROP COLUMN, so the final definition "
                "needs the "
                "documented 12-step rebuild (lang_altertable.html#otheralter): foreign keys off outside the "
                "transaction, "
                "create the new table, copy, drop, rename, recreate indexes, views and triggers, "
                "foreign_key_check, "
                "commit. "
                "Why: %1.%2")
                  .arg(m_rebuildReasons.join(QStringLiteral("; ")),
                      m_oldColumns.isEmpty()
                          ? QString()
                          : QStringLiteral(" It also drops %1.").arg(m_oldColumns.join(QStringLiteral(", "))));
    } else {
        for (const QString& old : m_oldColumns)
            s.step.sql += QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;\n").arg(m_quoted, q(old));
        s.step.explanation = QStringLiteral("Contract (“Remove old fields later”). ALTER TABLE DROP COLUMN "
                                            "(SQLite 3.35+) removes %1 in place: no "
                                            "index, key, constraint, view or trigger uses it any more. SQLite "
                                            "rewrites the table's pages, so on a "
                                            "big "
                                            "table this takes as long as a copy.")
                                 .arg(m_oldColumns.join(QStringLiteral(", ")));
    }
    s.step.rollbackSql = rollback;
    QStringList checks;
    for (const QString& old : m_oldColumns)
        checks << PlanSql::columnPresent(m_after.name, old);
    checks << PlanSql::foreignKeyViolations();
    s.step.verificationSql = PlanSql::sum(checks);
    for (const NewColumn& n : m_news) {
        if (n.after.notNull && !n.expand.notNull)
            s.step.preconditions << Precondition { QStringLiteral("no NULL left in %1.%2").arg(m_table, n.after.name),
                QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL").arg(m_quoted, q(n.after.name)) };
    }
    s.step.preconditions << Precondition {
        QStringLiteral("no reader or writer uses %1 any more").arg(m_oldColumns.join(QStringLiteral(", "))), QString()
    };
    for (const Change* c : m_changes)
        s.step.changeIds << c->id();
    m_contractIds << s.step.id;
    m_unit.steps << s;
}

QString ColumnSwapPlanner::contractRollback(
    const Table& expanded, const QStringList& dropDeps, const QStringList& createDeps) const
{
    schema::TableRebuild back(expanded, m_after.name);
    back.setCopyRowid(!m_after.withoutRowid && !m_before.withoutRowid);
    // Indexes as they were before the contract: the diff maps an index through a column rename,
    // so an index it calls unchanged still names the old column until the contract.
    QList<schema::Index> indexes;
    for (const schema::Index& index : createIndexes(m_after)) {
        const bool changed = std::ranges::any_of(m_set.changes,
            [&](const Change& c) { return c.object == diff::ObjectKind::Index && sameIdentifier(c.name, index.name); });
        const schema::Index* old = m_before.index(index.name);
        indexes << (!changed && old ? *old : index);
    }
    back.setIndexes(indexes);
    for (const Column& c : expanded.columns) {
        if (c.isGenerated() || c.hidden)
            continue;
        auto renamed
            = std::ranges::find_if(m_news, [&](const NewColumn& n) { return sameIdentifier(n.oldName, c.name); });
        if (renamed != m_news.end())
            back.setSourceExpression(c.name, renamed->down);
        else if (m_after.column(c.name) && !m_after.column(c.name)->isGenerated())
            back.setSourceExpression(c.name, q(c.name));
        else if (c.notNull)
            back.setSourceExpression(c.name,
                PlanSql::defaultExpression(c).isEmpty() ? PlanSql::placeholderValue(c) : PlanSql::defaultExpression(c));
    }
    return PlanSql::comment(QStringLiteral("Restores the expanded shape; values of dropped columns are "
                                           "gone (keep the backup)."))
        + back.script(dropDeps, createDeps);
}

void ColumnSwapPlanner::retireCompatibilityView()
{
    if (m_compatSql.isEmpty())
        return;
    RankedStep s = PlanContext::makeStep(Phase::Contract, Rank::RetireCompatibility, m_compatName,
        QStringLiteral("Retire the view %1").arg(m_compatName));
    s.step.sql = QStringLiteral("DROP VIEW IF EXISTS %1;\n").arg(q(m_compatName));
    s.step.rollbackSql = schema::TableRebuild::statement(m_compatSql);
    s.step.verificationSql = PlanSql::objectPresent(QStringLiteral("view"), m_compatName);
    s.step.preconditions << Precondition { QStringLiteral("no reader uses %1 any more").arg(m_compatName), QString() };
    s.step.explanation
        = QStringLiteral("The end of the confidence window: the compatibility view goes when no reader uses it. "
                         "Until then it costs nothing (a view stores no rows).");
    for (const NewColumn& n : m_news) {
        if (!n.oldName.isEmpty())
            s.step.changeIds << n.change->id();
    }
    m_contractIds << s.step.id;
    m_unit.steps << s;
}

void ColumnSwapPlanner::fillWalk()
{
    for (RankedStep& s : m_unit.steps)
        s.step.walkId = m_unit.walk.id;
    ColumnSwapWalk::fill(m_unit.walk,
        {
            .table = m_table,
            .changes = m_changes,
            .breaking = m_breaking,
            .additiveOnly = m_additiveOnly,
            .compatibilityView = m_compatSql.isEmpty() ? QString() : m_compatName,
            .skipDualWrite = m_skipDualWrite,
            .skipReason = m_skipReason,
            .batchSizeOverridden = m_first.backfillBatchSize.has_value(),
            .batchSize = m_batch,
            .triggerCount = static_cast<int>(m_triggerNames.size()),
            .rebuild = m_rebuild,
            .rebuildReasons = m_rebuildReasons,
            .parityChecks = m_parityChecks,
            .expandIds = m_expandIds,
            .dualWriteIds = m_dualIds,
            .backfillIds = m_backfillIds,
            .readSwitchIds = m_readIds,
            .contractIds = m_contractIds,
        });
}

} // namespace godwit::plan
