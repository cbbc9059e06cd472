// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalplan.h"

#include "diff/schemadiff.h"
#include "migrations/migratedschema.h"
#include "plan/planbuilder.h"
#include "schema/identifier.h"

#include <QRegularExpression>

namespace godwit::rehearsal {

namespace {

    // The name inside "name", [name], `name` or a bare identifier; empty when `text` is an expression.
    QString plainIdentifier(QString text)
    {
        text = text.trimmed();
        static const QRegularExpression bare(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$]*$"));
        if (bare.match(text).hasMatch())
            return text;
        if (text.size() >= 2) {
            const QChar open = text.front();
            const QChar close = text.back();
            if ((open == QLatin1Char('"') && close == QLatin1Char('"'))
                || (open == QLatin1Char('`') && close == QLatin1Char('`')))
                return text.mid(1, text.size() - 2).replace(QString(2, open), QString(open));
            if (open == QLatin1Char('[') && close == QLatin1Char(']'))
                return text.mid(1, text.size() - 2);
        }
        return {};
    }

} // namespace

const ColumnMapping* RehearsalPlan::mappingFor(QStringView table) const
{
    for (const ColumnMapping& m : mappings) {
        if (schema::sameIdentifier(m.table, table))
            return &m;
    }
    return nullptr;
}

QList<plan::PlanStep> RehearsalPlan::stepsIn(plan::Phase phase) const
{
    QList<plan::PlanStep> out;
    for (const plan::PlanStep& s : plan.steps) {
        if (s.phase == phase)
            out << s;
    }
    return out;
}

RehearsalPlan RehearsalPlan::fromMigrationPlan(const plan::MigrationPlan& migrationPlan)
{
    RehearsalPlan r;
    r.plan = migrationPlan;
    static const QRegularExpression parity(
        QStringLiteral(
            "^\\s*SELECT\\s+count\\(\\*\\)\\s+FROM\\s+(.+?)\\s+WHERE\\s+(.+?)\\s+IS\\s+NOT\\s+(.+?)\\s*;?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (const plan::PlanStep& s : migrationPlan.steps) {
        if (s.phase != plan::Phase::Backfill || !s.backfill)
            continue;
        if (const QList<CopyCheck> copies = CopyCheck::fromBackfill(*s.backfill); !copies.isEmpty()) {
            r.copies << copies;
            continue;
        }
        const auto m = parity.match(s.verificationSql);
        if (!m.hasMatch())
            continue;
        ColumnMapping mapping;
        mapping.table = plainIdentifier(m.captured(1));
        mapping.newColumn = plainIdentifier(m.captured(2));
        mapping.up = m.captured(3).trimmed();
        mapping.oldColumn = plainIdentifier(mapping.up);
        mapping.keyColumn = s.backfill->keyColumn;
        if (mapping.table.isEmpty() || mapping.newColumn.isEmpty() || mapping.oldColumn.isEmpty())
            continue; // a computed column (split, fill) has no old column a client could still use
        if (!r.mappingFor(mapping.table))
            r.mappings << mapping;
    }
    return r;
}

Result<RehearsalPlan> RehearsalPlan::forTarget(
    const QString& databasePath, const QString& afterPath, diff::RenamePolicy renames, const plan::Answers& answers)
{
    diff::DiffOptions options;
    options.renames = renames;
    return forTarget(databasePath, afterPath, options, answers);
}

Result<RehearsalPlan> RehearsalPlan::forTarget(const QString& databasePath, const QString& afterPath,
    const diff::DiffOptions& options, const plan::Answers& answers)
{
    auto [before, after] = migrations::MigratedSchema::readSources(databasePath, afterPath);
    if (!before)
        return std::unexpected(before.error());
    if (!after)
        return std::unexpected(after.error());
    const diff::ChangeSet changes = diff::SchemaDiff::compare(*before, *after, options);
    plan::MigrationPlan migrationPlan = plan::PlanBuilder::build(changes, answers);
    if (migrationPlan.before.isEmpty())
        migrationPlan.before = databasePath;
    if (migrationPlan.after.isEmpty())
        migrationPlan.after = afterPath;
    RehearsalPlan r = fromMigrationPlan(migrationPlan);
    r.after = *after;
    return r;
}

} // namespace godwit::rehearsal
