// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftmonitor.h"

#include "schema/identifier.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRehearsal)

namespace godwit::rehearsal {

namespace {

    constexpr Verifier::Pending everything { std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max() };

} // namespace

DriftMonitor::DriftMonitor(const RehearsalPlan& plan)
    : m_plan(&plan)
{
    for (const ColumnMapping& m : plan.mappings)
        m_pending[schema::identifierKey(m.table)] = everything;
    for (const CopyCheck& c : plan.copies)
        m_pending[schema::identifierKey(c.backfillTable)] = everything;
}

void DriftMonitor::setPending(const QString& table, const Verifier::Pending& pending)
{
    if (auto it = m_pending.find(schema::identifierKey(table)); it != m_pending.end())
        it->second = pending;
}

void DriftMonitor::backfillDone()
{
    for (auto& [table, pending] : m_pending)
        pending = {};
}

Verifier::Pending DriftMonitor::pendingFor(const QString& table) const
{
    auto it = m_pending.find(schema::identifierKey(table));
    return it == m_pending.end() ? Verifier::Pending {} : it->second;
}

std::optional<qint64> DriftMonitor::measure(const sqlite::Database& db, bool exact)
{
    std::optional<qint64> total;
    auto add = [&](const Result<std::optional<qint64>>& drift, const QString& what) {
        if (!drift)
            qCWarning(lcRehearsal) << "drift of" << what << "not measured:" << drift.error().toString();
        else if (*drift)
            total = total.value_or(0) + **drift;
    };
    for (const ColumnMapping& m : m_plan->mappings) {
        const Verifier::Pending p = pendingFor(m.table);
        add(exact ? Verifier::driftRows(db, m, p) : Verifier::sampledDriftRows(db, m, p), m.table);
    }
    for (const CopyCheck& c : m_plan->copies)
        add(Verifier::copyDriftRows(db, c, pendingFor(c.backfillTable)), c.title());
    if (exact && total)
        m_lastExact = total;
    return total;
}

DriftMonitor::Samples DriftMonitor::sample(const sqlite::Database& db, qsizetype limit) const
{
    Samples out;
    QStringList driftSql;
    QStringList nullSql;
    auto take = [&](QList<IncidentRow>& into, const ColumnMapping& m, const QString& sql) {
        auto rows = Verifier::sampleRows(db, m, sql, limit - into.size());
        if (!rows)
            qCWarning(lcRehearsal) << "rows of" << m.table << "not sampled:" << rows.error().toString();
        else
            into << *rows;
    };
    for (const ColumnMapping& m : m_plan->mappings) {
        driftSql << Verifier::driftRowsSql(m, pendingFor(m.table));
        nullSql << Verifier::nullRowsSql(m);
        take(out.drift, m, driftSql.back());
        take(out.nulls, m, nullSql.back());
    }
    // One query for every mapped column, by table and key as the samples are.
    const auto all = [](const QStringList& parts) {
        return parts.isEmpty() ? QString()
                               : parts.join(QStringLiteral("\nUNION ALL\n")) + QStringLiteral("\nORDER BY 1, 2");
    };
    out.driftSql = all(driftSql);
    out.nullSql = all(nullSql);
    return out;
}

QString DriftMonitor::notMeasuredReason() const
{
    if (checks() > 0)
        return m_lastExact ? QString() : QStringLiteral("no moment had both the old and the new copy");
    QStringList kinds;
    for (const plan::DecisionWalk& w : m_plan->plan.walks)
        kinds << w.strategy;
    kinds.removeDuplicates();
    return QStringLiteral("the plan keeps no second copy of any data (%1): a client reads and writes the one copy "
                          "there is, so nothing can drift apart")
        .arg(kinds.join(QStringLiteral(", ")));
}

} // namespace godwit::rehearsal
