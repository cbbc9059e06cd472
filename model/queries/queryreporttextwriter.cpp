// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryreporttextwriter.h"

#include "sqlite/commenttext.h"

#include <QStringList>

namespace godwit::queries {

namespace {

    QString weightText(const Query& q)
    {
        const QString number = QString::number(q.weight, 'g', 10);
        return q.unit == WeightUnit::Percent ? number + QLatin1Char('%') : number + QLatin1String("/min");
    }

    void appendPlan(QString* out, const QueryPlan& plan, const QString& indent)
    {
        if (plan.isBroken()) {
            *out += indent + QStringLiteral("error: %1\n").arg(plan.error);
            return;
        }
        if (plan.steps.isEmpty()) {
            *out += indent + QStringLiteral("(no table is read)\n");
            return;
        }
        for (const PlanStep& s : plan.steps)
            *out += indent + QString(s.depth * 2, QLatin1Char(' ')) + s.detail + QLatin1Char('\n');
    }

    QString measurementText(const QueryMeasurement& m)
    {
        if (!m.error.isEmpty())
            return QStringLiteral("error: %1").arg(m.error);
        return QStringLiteral(
            "%1 ms median of %2, %3 rows, %4 VM steps, %5 full-scan steps, %6 sorts, %7 autoindex rows")
            .arg(QString::number(m.medianMs, 'f', 3))
            .arg(m.runs)
            .arg(m.rows)
            .arg(m.vmSteps)
            .arg(m.fullScanSteps)
            .arg(m.sorts)
            .arg(m.autoIndexes);
    }

    QString sizeText(qint64 bytes)
    {
        if (bytes < 0)
            return QStringLiteral("size unknown");
        if (bytes < 10 * 1024)
            return QStringLiteral("%1 bytes").arg(bytes);
        if (bytes < 10 * 1024 * 1024)
            return QStringLiteral("%1 KiB").arg(bytes / 1024);
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    }

} // namespace

QString QueryReportTextWriter::write(const QueryReport& report)
{
    QString out;
    QStringList counts;
    for (QueryStatus s : { QueryStatus::Unchanged, QueryStatus::Improved, QueryStatus::Regressed, QueryStatus::Broken,
             QueryStatus::Invalid }) {
        if (const qsizetype n = report.count(s))
            counts << QStringLiteral("%1 %2").arg(n).arg(queryStatusName(s));
    }
    out += QStringLiteral("%1 queries on %2").arg(report.queries.size()).arg(report.beforeSource);
    if (report.hasAfter)
        out += QStringLiteral(" → %1").arg(report.afterSource);
    out += QStringLiteral(": %1\n").arg(counts.isEmpty() ? QStringLiteral("none") : counts.join(QLatin1String(", ")));

    for (const QueryResult& r : report.queries) {
        const bool differs = report.hasAfter && r.comparison.status != QueryStatus::Invalid
            && (!r.comparison.differingBefore.isEmpty() || !r.comparison.differingAfter.isEmpty()
                || r.after.isBroken());
        out += QStringLiteral("\n%1 (%2, %3): %4\n")
                   .arg(r.query.name, queryKindName(r.query.kind), weightText(r.query),
                       queryStatusName(r.comparison.status));
        if (differs) {
            out += QStringLiteral("  before:\n");
            appendPlan(&out, r.before, QStringLiteral("    "));
            out += QStringLiteral("  after:\n");
            appendPlan(&out, r.after, QStringLiteral("    "));
        } else {
            appendPlan(&out, r.before, QStringLiteral("  "));
        }
        for (const PlanChange& c : r.comparison.changes) {
            if (c.type == PlanChange::Type::StepsChanged)
                continue;
            out += QStringLiteral("  %1%2\n")
                       .arg(planChangeName(c.type), c.table.isEmpty() ? QString() : QStringLiteral(": ") + c.table);
        }
        if (r.measuredBefore.runs > 0 || !r.measuredBefore.error.isEmpty())
            out += QStringLiteral("  measured before: %1\n").arg(measurementText(r.measuredBefore));
        if (r.measuredAfter.runs > 0 || !r.measuredAfter.error.isEmpty())
            out += QStringLiteral("  measured after:  %1\n").arg(measurementText(r.measuredAfter));
        if (!r.proposals.isEmpty())
            out += QStringLiteral("  advice: %1\n").arg(r.proposals.join(QLatin1String(", ")));
    }

    if (!report.proposals.isEmpty()) {
        out += QStringLiteral("\nIndex advice:\n");
        for (const IndexProposal& p : report.proposals) {
            out += QStringLiteral("  %1;  -- removes a %2 for: %3\n")
                       .arg(p.sql, p.reason, sqlite::commentText(p.queries.join(QLatin1String(", "))));
            if (!p.coveringSql.isEmpty())
                out += QStringLiteral("    covering variant: %1;\n").arg(p.coveringSql);
        }
    }
    if (!report.findings.isEmpty()) {
        out += QStringLiteral("\nIndex findings:\n");
        for (const IndexFinding& f : report.findings) {
            QString line = f.type == IndexFinding::Type::Unused
                ? QStringLiteral("  unused: %1 on %2 (no listed query reads it)").arg(f.index, f.table)
                : QStringLiteral("  redundant: %1 on %2 (a prefix of %3)").arg(f.index, f.table, f.coveredBy);
            if (f.supportsForeignKey)
                line += QStringLiteral("; it serves a foreign key");
            out += line + QLatin1Char('\n');
        }
    }
    if (!report.costs.isEmpty()) {
        out += QStringLiteral("\nIndex write cost (per row, on a copy; %1):\n")
                   .arg(report.dbstat ? QStringLiteral("sizes from dbstat") : QStringLiteral("sizes estimated"));
        for (const IndexCost& c : report.costs) {
            if (!c.isValid()) {
                out += QStringLiteral("  %1 on %2: %3\n").arg(c.index, c.table, c.error);
                continue;
            }
            // The median of paired rounds with its 95% interval; "below noise" when the interval reaches 0.
            auto overhead = [](const Overhead& o) {
                return o.belowNoise()
                    ? QStringLiteral("below noise (%1 to %2 µs)")
                          .arg(QString::asprintf("%+.2f", o.lowUs), QString::asprintf("%+.2f", o.highUs))
                    : QStringLiteral("%1 µs (%2 to %3)")
                          .arg(QString::asprintf("+%.2f", o.medianUs), QString::asprintf("%.2f", o.lowUs),
                              QString::asprintf("%.2f", o.highUs));
            };
            out += QStringLiteral("  %1%2 on %3: insert %4, update %5, %6 (%7 rounds)\n")
                       .arg(c.index, c.proposed ? QStringLiteral(" (proposed)") : QString(), c.table)
                       .arg(overhead(c.insert), overhead(c.update), sizeText(c.sizeBytes))
                       .arg(c.rounds);
        }
    }
    return out;
}

} // namespace godwit::queries
