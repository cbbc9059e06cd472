// SPDX-License-Identifier: GPL-3.0-or-later
#include "datacheckrunner.h"

#include "datacheck.h"
#include "plansql.h"
#include "sqlite/database.h"
#include "sqlite/rowset.h"

namespace godwit::plan {

namespace {

    bool hasSql(const PlanStep& s)
    {
        const QStringList lines = s.sql.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return std::ranges::any_of(
            lines, [](const QString& l) { return !l.trimmed().startsWith(QLatin1String("--")); });
    }

    // What the plan does with the rows `check` found, and whether a step fails on them.
    void judge(const diff::ChangeSet& set, const Answers& answers, const DataCheck& check, DataCheckOutcome& out)
    {
        const diff::Change* change = set.find(check.changeId);
        const schema::Table* after = change ? set.after.table(change->table) : nullptr;
        const schema::Column* column
            = after && change->object == diff::ObjectKind::Column ? after->column(change->name) : nullptr;
        const QString fill = change ? answers.forChange(change->id(), change->table).fill : QString();
        const QString name = column ? QStringLiteral("%1.%2").arg(after->name, column->name) : check.table;
        switch (check.kind) {
        case DataCheck::Kind::Nulls:
        case DataCheck::Kind::MissingValues:
            if (!fill.isEmpty()) {
                out.resolution = QStringLiteral("filled with %1 (the answer 'fill')").arg(fill);
            } else if (column && !PlanSql::defaultExpression(*column).isEmpty()) {
                out.resolution
                    = QStringLiteral("filled with %1 (the column's DEFAULT)").arg(PlanSql::defaultExpression(*column));
            } else if (check.kind == DataCheck::Kind::MissingValues && column) {
                out.resolution = QStringLiteral("filled with %1 (a placeholder for its type; answer 'fill' to choose)")
                                     .arg(PlanSql::placeholderValue(*column));
            } else {
                out.stops = true;
                out.resolution = QStringLiteral("%1 becomes NOT NULL without a DEFAULT: answer 'fill' for %2 with a "
                                                "value for these rows, or set them first")
                                     .arg(name, check.changeId);
            }
            break;
        case DataCheck::Kind::TypeMismatch:
            out.resolution = QStringLiteral("kept as they are: the column ends up holding mixed types (answer 'up' "
                                            "for %1 to convert them)")
                                 .arg(check.changeId);
            break;
        case DataCheck::Kind::LossyConversion:
            out.resolution = QStringLiteral("converted, and no longer read as written (answer 'up' for %1 to keep "
                                            "them as text, or keep the column's type)")
                                 .arg(check.changeId);
            break;
        case DataCheck::Kind::Duplicates:
            out.stops = true;
            out.resolution = QStringLiteral("merge or delete the duplicates first");
            break;
        case DataCheck::Kind::Orphans:
            out.stops = true;
            out.resolution = QStringLiteral("delete or re-point these rows, or create their parents, first");
            break;
        case DataCheck::Kind::CheckFails:
            out.stops = true;
            out.resolution = QStringLiteral("fix these rows first, or answer 'up' for %1 with a value that passes")
                                 .arg(check.changeId);
            break;
        }
    }

} // namespace

QString DataCheckRunner::failingStep(const MigrationPlan& plan, const QString& changeId, const QString& kind)
{
    const PlanStep* copy = nullptr;
    const PlanStep* contract = nullptr;
    const PlanStep* any = nullptr;
    for (const PlanStep& s : plan.steps) {
        if (!s.changeIds.contains(changeId) || !hasSql(s))
            continue;
        if (!copy && s.backfill)
            copy = &s;
        if (!contract && s.phase == Phase::Contract)
            contract = &s;
        if (!any)
            any = &s;
    }
    // Orphans pass the copy (foreign keys are not enforced on it) and fail the foreign-key guard
    // that ends the rebuild at the contract.
    const PlanStep* found = kind == DataCheck::kindName(DataCheck::Kind::Orphans) ? (contract ? contract : any)
                                                                                  : (copy            ? copy
                                                                                          : contract ? contract
                                                                                                     : any);
    return found ? found->id : QString();
}

Result<void> DataCheckRunner::run(
    const sqlite::Database& db, const diff::ChangeSet& set, const Answers& answers, MigrationPlan& plan)
{
    plan.dataChecked = true;
    plan.dataChecks.clear();
    for (const DataCheck& check : DataCheck::forChangeSet(set)) {
        auto rows = db.scalar(check.countSql);
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->toLongLong() == 0)
            continue;
        DataCheckOutcome out;
        out.kind = DataCheck::kindName(check.kind);
        out.changeId = check.changeId;
        out.table = check.table;
        out.description = check.description;
        out.countSql = check.countSql;
        out.rows = rows->toLongLong();
        judge(set, answers, check, out);
        if (out.stops)
            out.stepId = failingStep(plan, check.changeId, out.kind);
        plan.dataChecks << out;
    }
    return {};
}

Result<QList<DataCheckRows>> DataCheckRunner::rows(
    const sqlite::Database& db, const diff::ChangeSet& set, const MigrationPlan& plan, int sampleRows)
{
    const QList<DataCheck> checks = DataCheck::forChangeSet(set);
    QList<DataCheckRows> out;
    for (const DataCheckOutcome& outcome : plan.dataChecks) {
        // An outcome names its check by the SQL that counted it.
        const auto check = std::ranges::find(checks, outcome.countSql, &DataCheck::countSql);
        DataCheckRows r;
        if (check != checks.end()) {
            r.rowsSql = check->rowsSql;
            if (sampleRows > 0) {
                auto sample = sqlite::RowSet::read(db, r.rowsSql, sampleRows);
                if (!sample)
                    return std::unexpected(sample.error());
                r.samples = sample->rowTexts();
            }
        }
        out << r;
    }
    return out;
}

} // namespace godwit::plan
