// SPDX-License-Identifier: GPL-3.0-or-later
#include "querydriftmonitor.h"

#include "queries/parametersampler.h"
#include "queries/queryanalyzer.h"
#include "schema/schemareader.h"

#include <cmath>

#include <QCoreApplication>

namespace godwit::rehearsal {

using queries::QueryStatus;

namespace {

    QString describe(const queries::DriftFinding& f)
    {
        QStringList parts;
        if (f.planChanged) {
            QStringList changes;
            for (const queries::PlanChange& c : f.comparison.changes)
                changes << queries::planChangeName(c.type)
                        + (c.table.isEmpty() ? QString() : QLatin1Char(' ') + c.table);
            parts << QStringLiteral("plan %1%2")
                         .arg(queries::queryStatusName(f.comparison.status),
                             changes.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(changes.join(QStringLiteral(", "))));
        }
        if (f.latencyChanged)
            parts << QStringLiteral("median %1 ms → %2 ms")
                         .arg(f.medianBeforeMs, 0, 'f', 2)
                         .arg(f.medianAfterMs, 0, 'f', 2);
        return parts.join(QStringLiteral("; "));
    }

} // namespace

QueryDriftMonitor::QueryDriftMonitor(queries::QueryList queries)
    : QueryDriftMonitor(std::move(queries), Options {})
{
}

QueryDriftMonitor::QueryDriftMonitor(queries::QueryList queries, Options options)
    : m_queries(std::move(queries))
    , m_options(options)
{
}

QueryDriftMonitor QueryDriftMonitor::forWorkload(const WorkloadProfile& profile)
{
    Options options;
    options.runs = 0;
    return QueryDriftMonitor(profile.toQueryList(true), options);
}

QList<QueryDriftMonitor::Drift> QueryDriftMonitor::sample(const sqlite::Database& db, const QString& phase)
{
    if (m_queries.isEmpty())
        return {};
    if (m_parameters.isEmpty()) {
        const auto schema = schema::SchemaReader::read(db);
        for (const queries::Query& q : m_queries)
            m_parameters << (schema
                    ? queries::ParameterSampler::sample(db, queries::QueryAnalyzer::analyze(q.sql, *schema), *schema)
                    : QVariantList {});
    }
    QList<queries::QuerySample> samples;
    for (qsizetype i = 0; i < m_queries.size(); ++i) {
        queries::QueryList one;
        one.add(m_queries.at(i));
        const int runs = m_queries.at(i).kind == queries::QueryKind::Read ? m_options.runs : 0;
        samples << queries::QueryDrift::sample(db, one, { m_parameters.value(i) }, runs);
    }
    QList<Drift> out;
    for (const queries::DriftFinding& f : queries::QueryDrift::compare(m_last, samples, m_options.drift)) {
        const auto earlier = std::ranges::find(m_last, f.query, &queries::QuerySample::query);
        if (earlier != m_last.end() && earlier->plan.isBroken())
            continue;
        // Steps that moved without changing how rows are found (a trigger's program, a rebuilt
        // table's fresh plan) are no drift the application feels.
        if (f.comparison.status == QueryStatus::Unchanged && !f.latencyChanged)
            continue;
        const bool worse = f.comparison.status == QueryStatus::Regressed || f.comparison.status == QueryStatus::Broken
            || (f.latencyChanged && f.factor > 1);
        Incident i;
        i.kind = QStringLiteral("query-drift");
        i.phase = phase;
        i.severity = worse ? Severity::Warning : Severity::Info;
        i.message = QCoreApplication::translate("godwit::rehearsal::Incident", "“%1” drifted between %2 and %3: %4.")
                        .arg(f.query, m_lastPhase, phase, describe(f));
        const auto later = std::ranges::find(samples, f.query, &queries::QuerySample::query);
        if (later != samples.end() && later->measurement.isValid()) {
            i.count = std::llround(later->measurement.medianMs * 1000);
            i.unit = QStringLiteral("us");
        } else {
            i.count = f.comparison.changes.size();
            i.unit = QStringLiteral("plan changes");
        }
        out << Drift { f.query, i };
    }
    m_last = samples;
    m_lastPhase = phase;
    return out;
}

} // namespace godwit::rehearsal
