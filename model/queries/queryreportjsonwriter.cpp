// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryreportjsonwriter.h"

#include "core/jsontext.h"

#include <cmath>

#include <QJsonArray>

namespace godwit::queries {

namespace {

    constexpr int FormatVersion = 1;

    QJsonValue optionalText(const QString& text)
    {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }

    QJsonValue rounded(double value, int decimals = 4)
    {
        const double scale = std::pow(10.0, decimals);
        return std::round(value * scale) / scale;
    }

    QJsonArray textArray(const QStringList& list)
    {
        QJsonArray out;
        for (const QString& s : list)
            out.append(s);
        return out;
    }

    QJsonValue measurementJson(const QueryMeasurement& m)
    {
        if (m.runs == 0 && m.error.isEmpty())
            return QJsonValue::Null;
        return QJsonObject {
            { QLatin1String("runs"), m.runs },
            { QLatin1String("medianMs"), rounded(m.medianMs) },
            { QLatin1String("minMs"), rounded(m.minMs) },
            { QLatin1String("maxMs"), rounded(m.maxMs) },
            { QLatin1String("rows"), m.rows },
            { QLatin1String("vmSteps"), m.vmSteps },
            { QLatin1String("fullScanSteps"), m.fullScanSteps },
            { QLatin1String("sorts"), m.sorts },
            { QLatin1String("autoIndexes"), m.autoIndexes },
            { QLatin1String("error"), optionalText(m.error) },
        };
    }

    QJsonObject resultJson(const QueryResult& r, bool hasAfter)
    {
        QJsonArray changes;
        for (const PlanChange& c : r.comparison.changes) {
            changes.append(QJsonObject { { QLatin1String("type"), planChangeName(c.type) },
                { QLatin1String("table"), optionalText(c.table) }, { QLatin1String("before"), optionalText(c.before) },
                { QLatin1String("after"), optionalText(c.after) } });
        }
        return {
            { QLatin1String("name"), r.query.name },
            { QLatin1String("kind"), queryKindName(r.query.kind) },
            { QLatin1String("weight"), r.query.weight },
            { QLatin1String("unit"),
                r.query.unit == WeightUnit::Percent ? QStringLiteral("percent") : QStringLiteral("per-minute") },
            { QLatin1String("line"), r.query.line > 0 ? QJsonValue(r.query.line) : QJsonValue(QJsonValue::Null) },
            { QLatin1String("sql"), r.query.sql },
            { QLatin1String("status"), queryStatusName(r.comparison.status) },
            { QLatin1String("changes"), changes },
            { QLatin1String("before"), QueryReportJsonWriter::planJson(r.before) },
            { QLatin1String("after"),
                hasAfter ? QJsonValue(QueryReportJsonWriter::planJson(r.after)) : QJsonValue(QJsonValue::Null) },
            { QLatin1String("measuredBefore"), measurementJson(r.measuredBefore) },
            { QLatin1String("measuredAfter"), measurementJson(r.measuredAfter) },
            { QLatin1String("proposals"), textArray(r.proposals) },
        };
    }

    QJsonObject proposalJson(const IndexProposal& p)
    {
        QJsonArray tail;
        for (const OrderTerm& t : p.tail)
            tail.append(t.descending ? t.column + QLatin1String(" DESC") : t.column);
        return {
            { QLatin1String("name"), p.name },
            { QLatin1String("table"), p.table },
            { QLatin1String("equality"), textArray(p.equality) },
            { QLatin1String("tail"), tail },
            { QLatin1String("sql"), p.sql },
            { QLatin1String("include"), textArray(p.include) },
            { QLatin1String("coveringSql"), optionalText(p.coveringSql) },
            { QLatin1String("reason"), p.reason },
            { QLatin1String("queries"), textArray(p.queries) },
        };
    }

    QJsonObject findingJson(const IndexFinding& f)
    {
        return {
            { QLatin1String("type"), indexFindingTypeName(f.type) },
            { QLatin1String("table"), f.table },
            { QLatin1String("index"), f.index },
            { QLatin1String("coveredBy"), optionalText(f.coveredBy) },
            { QLatin1String("supportsForeignKey"), f.supportsForeignKey },
            { QLatin1String("dropSql"), f.dropSql },
        };
    }

    QJsonObject costJson(const IndexCost& c)
    {
        return {
            { QLatin1String("table"), c.table },
            { QLatin1String("index"), c.index },
            { QLatin1String("proposed"), c.proposed },
            { QLatin1String("rows"), c.rows },
            { QLatin1String("insertMsWith"), rounded(c.insertMsWith) },
            { QLatin1String("insertMsWithout"), rounded(c.insertMsWithout) },
            { QLatin1String("updateMsWith"), rounded(c.updateMsWith) },
            { QLatin1String("updateMsWithout"), rounded(c.updateMsWithout) },
            { QLatin1String("insertOverheadUs"), rounded(c.insertOverheadUs(), 2) },
            { QLatin1String("updateOverheadUs"), rounded(c.updateOverheadUs(), 2) },
            { QLatin1String("insertOverheadIntervalUs"),
                QJsonArray { rounded(c.insert.lowUs, 2), rounded(c.insert.highUs, 2) } },
            { QLatin1String("updateOverheadIntervalUs"),
                QJsonArray { rounded(c.update.lowUs, 2), rounded(c.update.highUs, 2) } },
            { QLatin1String("insertBelowNoise"), c.insert.belowNoise() },
            { QLatin1String("updateBelowNoise"), c.update.belowNoise() },
            { QLatin1String("rounds"), c.rounds },
            { QLatin1String("sizeBytes"), c.sizeBytes >= 0 ? QJsonValue(c.sizeBytes) : QJsonValue(QJsonValue::Null) },
            { QLatin1String("sizeEstimated"), c.sizeEstimated },
            { QLatin1String("error"), optionalText(c.error) },
        };
    }

} // namespace

const QStringList& QueryReportJsonWriter::keyOrder()
{
    static const QStringList order = {
        QStringLiteral("format"),
        QStringLiteral("version"),
        QStringLiteral("beforeSource"),
        QStringLiteral("afterSource"),
        QStringLiteral("summary"),
        QStringLiteral("queries"),
        QStringLiteral("unchanged"),
        QStringLiteral("improved"),
        QStringLiteral("regressed"),
        QStringLiteral("broken"),
        QStringLiteral("invalid"),
        QStringLiteral("name"),
        QStringLiteral("kind"),
        QStringLiteral("weight"),
        QStringLiteral("unit"),
        QStringLiteral("line"),
        QStringLiteral("sql"),
        QStringLiteral("status"),
        QStringLiteral("changes"),
        QStringLiteral("type"),
        QStringLiteral("table"),
        QStringLiteral("before"),
        QStringLiteral("after"),
        QStringLiteral("error"),
        QStringLiteral("missing"),
        QStringLiteral("missingName"),
        QStringLiteral("steps"),
        QStringLiteral("id"),
        QStringLiteral("parent"),
        QStringLiteral("detail"),
        QStringLiteral("access"),
        QStringLiteral("index"),
        QStringLiteral("keys"),
        QStringLiteral("tempBTree"),
        QStringLiteral("correlated"),
        QStringLiteral("measuredBefore"),
        QStringLiteral("measuredAfter"),
        QStringLiteral("runs"),
        QStringLiteral("medianMs"),
        QStringLiteral("minMs"),
        QStringLiteral("maxMs"),
        QStringLiteral("rows"),
        QStringLiteral("vmSteps"),
        QStringLiteral("fullScanSteps"),
        QStringLiteral("sorts"),
        QStringLiteral("autoIndexes"),
        QStringLiteral("proposals"),
        QStringLiteral("equality"),
        QStringLiteral("tail"),
        QStringLiteral("include"),
        QStringLiteral("coveringSql"),
        QStringLiteral("reason"),
        QStringLiteral("findings"),
        QStringLiteral("coveredBy"),
        QStringLiteral("supportsForeignKey"),
        QStringLiteral("dropSql"),
        QStringLiteral("indexCosts"),
        QStringLiteral("proposed"),
        QStringLiteral("insertMsWith"),
        QStringLiteral("insertMsWithout"),
        QStringLiteral("updateMsWith"),
        QStringLiteral("updateMsWithout"),
        QStringLiteral("insertOverheadUs"),
        QStringLiteral("updateOverheadUs"),
        QStringLiteral("insertOverheadIntervalUs"),
        QStringLiteral("updateOverheadIntervalUs"),
        QStringLiteral("insertBelowNoise"),
        QStringLiteral("updateBelowNoise"),
        QStringLiteral("rounds"),
        QStringLiteral("sizeBytes"),
        QStringLiteral("sizeEstimated"),
        QStringLiteral("dbstat"),
    };
    return order;
}

QJsonObject QueryReportJsonWriter::planJson(const QueryPlan& plan)
{
    QJsonArray steps;
    for (const PlanStep& s : plan.steps) {
        QJsonArray keys;
        for (const KeyTerm& k : s.keys)
            keys.append(k.column + k.op);
        steps.append(QJsonObject {
            { QLatin1String("id"), s.id },
            { QLatin1String("parent"), s.parent },
            { QLatin1String("detail"), s.detail },
            { QLatin1String("kind"), stepKindName(s.kind) },
            { QLatin1String("table"), optionalText(s.table) },
            { QLatin1String("access"), s.isAccess() ? QJsonValue(accessName(s.access)) : QJsonValue(QJsonValue::Null) },
            { QLatin1String("index"), optionalText(s.index) },
            { QLatin1String("keys"), keys },
            { QLatin1String("tempBTree"), optionalText(tempBTreeUseName(s.tempBTree)) },
            { QLatin1String("correlated"), s.correlated },
        });
    }
    return {
        { QLatin1String("steps"), steps },
        { QLatin1String("error"), optionalText(plan.error) },
        { QLatin1String("missing"), optionalText(missingKindName(plan.missing)) },
        { QLatin1String("missingName"), optionalText(plan.missingName) },
    };
}

QJsonObject QueryReportJsonWriter::toJson(const QueryReport& report)
{
    QJsonArray queries, proposals, findings, costs;
    for (const QueryResult& r : report.queries)
        queries.append(resultJson(r, report.hasAfter));
    for (const IndexProposal& p : report.proposals)
        proposals.append(proposalJson(p));
    for (const IndexFinding& f : report.findings)
        findings.append(findingJson(f));
    for (const IndexCost& c : report.costs)
        costs.append(costJson(c));
    const QJsonObject summary {
        { QLatin1String("queries"), int(report.queries.size()) },
        { QLatin1String("unchanged"), int(report.count(QueryStatus::Unchanged)) },
        { QLatin1String("improved"), int(report.count(QueryStatus::Improved)) },
        { QLatin1String("regressed"), int(report.count(QueryStatus::Regressed)) },
        { QLatin1String("broken"), int(report.count(QueryStatus::Broken)) },
        { QLatin1String("invalid"), int(report.count(QueryStatus::Invalid)) },
    };
    return {
        { QLatin1String("format"), QStringLiteral("godwit.queries") },
        { QLatin1String("version"), FormatVersion },
        { QLatin1String("beforeSource"), report.beforeSource },
        { QLatin1String("afterSource"), optionalText(report.afterSource) },
        { QLatin1String("summary"), summary },
        { QLatin1String("queries"), queries },
        { QLatin1String("proposals"), proposals },
        { QLatin1String("findings"), findings },
        { QLatin1String("indexCosts"), costs },
        { QLatin1String("dbstat"), report.dbstat },
    };
}

QString QueryReportJsonWriter::write(const QueryReport& report) { return JsonText::write(toJson(report), keyOrder()); }

} // namespace godwit::queries
