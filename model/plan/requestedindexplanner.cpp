// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestedindexplanner.h"

#include "plansql.h"
#include "schema/ddlparser.h"
#include "schema/identifier.h"
#include "schema/tablerebuild.h"

namespace godwit::plan {

namespace {

    // "“orders by customer” scans orders" / "“a”, “b” sort their rows of orders in a temporary B-tree".
    QString demand(const RequestedIndex& index, const QString& table)
    {
        QStringList names;
        for (const QString& q : index.queries)
            names << QStringLiteral("“%1”").arg(q);
        if (names.isEmpty())
            return QStringLiteral("Requested from the query panel.");
        const bool one = names.size() == 1;
        QString what;
        if (index.reason == QLatin1String("scan"))
            what = (one ? QStringLiteral("scans %1") : QStringLiteral("scan %1")).arg(table);
        else if (index.reason == QLatin1String("sort"))
            what = (one ? QStringLiteral("sorts its rows of %1 in a temporary B-tree")
                        : QStringLiteral("sort their rows of %1 in a temporary B-tree"))
                       .arg(table);
        else if (index.reason == QLatin1String("automatic-index"))
            what = (one ? QStringLiteral("builds an automatic index on %1 at every run")
                        : QStringLiteral("build an automatic index on %1 at every run"))
                       .arg(table);
        else
            what = (one ? QStringLiteral("reads %1") : QStringLiteral("read %1")).arg(table);
        return QStringLiteral("Requested from the query panel: %1 %2.").arg(names.join(QStringLiteral(", ")), what);
    }

} // namespace

std::optional<PlanUnit> RequestedIndexPlanner::plan(
    PlanContext& ctx, const RequestedIndex& index, QStringList* warnings)
{
    const auto skip = [&](const QString& why) -> std::optional<PlanUnit> {
        *warnings << QStringLiteral("requested index not planned: %1").arg(why);
        return std::nullopt;
    };
    const auto def = schema::DdlParser::parseCreateIndex(index.sql);
    if (!def)
        return skip(QStringLiteral("%1 (%2)").arg(def.error().message, index.sql.simplified()));
    const diff::ChangeSet& set = ctx.changeSet();
    const schema::Table* after = set.after.table(def->table);
    const std::optional<schema::Table> before = ctx.beforeTable(def->table);
    if (!after)
        return skip(QStringLiteral("%1: no table %2 after the migration").arg(def->name, def->table));
    for (const schema::Schema* s : { &set.before, &set.after }) {
        for (const schema::Table& t : s->tables) {
            if (t.index(def->name))
                return skip(QStringLiteral("%1: an index of that name already exists on %2").arg(def->name, t.name));
        }
    }

    // Built early when every column is there by the expand (old, or added and backfilled by a
    // column swap); otherwise with the final shape at the contract, like views on rebuilt tables.
    bool early = before.has_value() && !ctx.isRebuiltAtContract(def->table);
    bool onBackfilled = false;
    for (const schema::DdlParser::IndexTerm& term : def->terms) {
        if (term.column.isEmpty())
            continue;
        if (!after->column(term.column))
            return skip(
                QStringLiteral("%1: %2 has no column %3 after the migration").arg(def->name, def->table, term.column));
        const bool backfilled = ctx.isBackfilled(def->table, term.column);
        onBackfilled = onBackfilled || backfilled;
        early = early && (backfilled || (before && before->column(term.column)));
    }

    const QString id = QStringLiteral("index:%1.%2").arg(def->table, def->name);
    PlanUnit unit;
    unit.walk.id = id;
    unit.walk.table = def->table;
    unit.walk.strategy = QStringLiteral("requested-index");
    unit.walk.title = QStringLiteral("Add requested index %1 on %2").arg(def->name, def->table);
    unit.walk.changeIds << id;

    const ChangeAnswers answers = ctx.answers().forChange(id, def->table);
    IndexTiming timing = answers.indexTiming;
    if (timing == IndexTiming::Auto)
        timing = onBackfilled ? IndexTiming::AfterBackfill : IndexTiming::BeforeBackfill;
    const bool late = early && timing == IndexTiming::AfterBackfill && ctx.hasBackfill(def->table);
    const Phase phase = !early ? Phase::Contract : late ? Phase::Backfill : Phase::Expand;
    const Rank rank = !early ? Rank::CreateFinalObject : late ? Rank::IndexAfterBackfill : Rank::CreateIndex;
    RankedStep s = PlanContext::makeStep(phase, rank, QStringLiteral("%1.%2").arg(def->table, def->name),
        QStringLiteral("Create index %1 on %2").arg(def->name, def->table));
    s.step.sql = schema::TableRebuild::statement(index.sql.trimmed());
    s.step.rollbackSql = QStringLiteral("DROP INDEX IF EXISTS %1;\n").arg(schema::quoteIdentifierIfNeeded(def->name));
    s.step.verificationSql = PlanSql::objectMissing(QStringLiteral("index"), def->name);
    s.step.preconditions << Precondition { QStringLiteral("no index %1 exists yet").arg(def->name),
        PlanSql::objectPresent(QStringLiteral("index"), def->name) };
    const QString when = !early ? QStringLiteral("Built at the contract, once %1 has its final shape.").arg(def->table)
        : late ? QStringLiteral("Built after the backfill: one pass over the finished column instead of an index "
                                "update in every batch.")
               : QStringLiteral("Expand: a new index changes no result, only plans.");
    s.step.explanation = QStringLiteral("%1 %2 It costs every INSERT and DELETE on %3, and UPDATEs of its columns, "
                                        "one more index write (indexes speed reads but slow writes).")
                             .arg(demand(index, def->table), when, def->table);
    s.step.warnings
        << QStringLiteral("write cost: %1 makes every write to %2 maintain one more index").arg(def->name, def->table);
    s.step.changeIds << id;
    s.step.walkId = id;
    unit.steps << s;

    PlanContext::addNode(unit.walk, QStringLiteral("A"), QStringLiteral("Yes"), demand(index, def->table));
    PlanContext::addNode(
        unit.walk, QStringLiteral("B"), QStringLiteral("No: add field"), QStringLiteral("An index changes no result."));
    PlanContext::addNode(unit.walk, QStringLiteral("C"),
        !early     ? QStringLiteral("At the contract")
            : late ? QStringLiteral("After the backfill")
                   : QStringLiteral("CREATE INDEX"),
        when, true, { AnswerKey::IndexTiming }, { s.step.id })
        ->overridden
        = answers.indexTiming != IndexTiming::Auto;
    for (const char* node : { "E", "F", "G", "H" })
        PlanContext::addNode(unit.walk, QString::fromLatin1(node), QStringLiteral("Not needed"),
            QStringLiteral("An index needs no data move."), false);
    PlanContext::addNode(unit.walk, QStringLiteral("I"), QStringLiteral("Nothing to remove"),
        QStringLiteral("Additive changes leave nothing behind."), false);
    return unit;
}

} // namespace godwit::plan
