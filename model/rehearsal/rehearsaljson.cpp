// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsaljson.h"

#include "core/jsontext.h"

#include <cmath>

#include <QJsonArray>

namespace godwit::rehearsal {

namespace {

    // JsonText writes doubles with 17 significant digits, so measured times go out as whole
    // microseconds (latencies) or milliseconds (durations), and ratios as whole percentages.
    qint64 us(double milliseconds) { return std::llround(milliseconds * 1000.0); }

    QJsonObject latency(const LatencySummary& l)
    {
        return { { QStringLiteral("count"), l.count }, { QStringLiteral("p50_us"), us(l.p50Ms) },
            { QStringLiteral("p95_us"), us(l.p95Ms) }, { QStringLiteral("p99_us"), us(l.p99Ms) },
            { QStringLiteral("max_us"), us(l.maxMs) } };
    }

    LatencySummary latencyFrom(const QJsonObject& o)
    {
        return { o.value(QStringLiteral("count")).toInteger(), o.value(QStringLiteral("p50_us")).toDouble() / 1000.0,
            o.value(QStringLiteral("p95_us")).toDouble() / 1000.0,
            o.value(QStringLiteral("p99_us")).toDouble() / 1000.0,
            o.value(QStringLiteral("max_us")).toDouble() / 1000.0 };
    }

    QJsonObject version(const VersionSummary& v)
    {
        return { { QStringLiteral("reads"), v.reads }, { QStringLiteral("writes"), v.writes },
            { QStringLiteral("errors"), v.errors }, { QStringLiteral("null_reads"), v.nullReads },
            { QStringLiteral("latency"), latency(v.latency) },
            { QStringLiteral("first_error"), v.firstError.isEmpty() ? QJsonValue() : QJsonValue(v.firstError) } };
    }

    VersionSummary versionFrom(const QJsonObject& o)
    {
        VersionSummary v;
        v.reads = o.value(QStringLiteral("reads")).toInteger();
        v.writes = o.value(QStringLiteral("writes")).toInteger();
        v.errors = o.value(QStringLiteral("errors")).toInteger();
        v.nullReads = o.value(QStringLiteral("null_reads")).toInteger();
        v.latency = latencyFrom(o.value(QStringLiteral("latency")).toObject());
        v.firstError = o.value(QStringLiteral("first_error")).toString();
        return v;
    }

    QJsonObject verification(const Verification& v)
    {
        QJsonArray counts;
        for (const TableCount& c : v.counts)
            counts << QJsonObject { { QStringLiteral("table"), c.table }, { QStringLiteral("before"), c.before },
                { QStringLiteral("after"), c.after } };
        return { { QStringLiteral("passed"), v.passed },
            { QStringLiteral("drift_rows"), v.driftRows < 0 ? QJsonValue() : QJsonValue(v.driftRows) },
            { QStringLiteral("null_rows"), v.nullRows },
            { QStringLiteral("foreign_key_violations"), v.foreignKeyViolations },
            { QStringLiteral("integrity"), v.integrity }, { QStringLiteral("row_counts"), counts },
            { QStringLiteral("problems"), QJsonArray::fromStringList(v.problems) } };
    }

    Verification verificationFrom(const QJsonObject& o)
    {
        Verification v;
        v.passed = o.value(QStringLiteral("passed")).toBool();
        v.driftRows = o.value(QStringLiteral("drift_rows")).toInteger(-1);
        v.nullRows = o.value(QStringLiteral("null_rows")).toInteger();
        v.foreignKeyViolations = o.value(QStringLiteral("foreign_key_violations")).toInteger();
        v.integrity = o.value(QStringLiteral("integrity")).toString();
        for (const QJsonValue& c : o.value(QStringLiteral("row_counts")).toArray()) {
            const QJsonObject co = c.toObject();
            v.counts << TableCount { co.value(QStringLiteral("table")).toString(),
                co.value(QStringLiteral("before")).toInteger(), co.value(QStringLiteral("after")).toInteger() };
        }
        for (const QJsonValue& p : o.value(QStringLiteral("problems")).toArray())
            v.problems << p.toString();
        return v;
    }

    QJsonObject backfill(const BackfillSummary& b)
    {
        return { { QStringLiteral("step"), b.step }, { QStringLiteral("rows_done"), b.rowsDone },
            { QStringLiteral("rows_total"), b.rowsTotal }, { QStringLiteral("rows_this_run"), b.rowsThisRun },
            { QStringLiteral("batches"), b.batches },
            { QStringLiteral("rows_per_second"), std::llround(b.rowsPerSecond) },
            { QStringLiteral("batch_time"), latency(b.batchTimes) },
            { QStringLiteral("throttled_ms"), std::llround(b.throttledMs) },
            { QStringLiteral("lock_wait_ms"), std::llround(b.lockWaitMs) },
            { QStringLiteral("lock_waits"), b.lockWaits }, { QStringLiteral("resumed"), b.resumed },
            { QStringLiteral("audit_rows"), b.auditRows < 0 ? QJsonValue() : QJsonValue(b.auditRows) },
            { QStringLiteral("audit_rows_twice"),
                b.auditRowsTwice < 0 ? QJsonValue() : QJsonValue(b.auditRowsTwice) } };
    }

    BackfillSummary backfillFrom(const QJsonObject& o)
    {
        BackfillSummary b;
        b.step = o.value(QStringLiteral("step")).toString();
        b.rowsDone = o.value(QStringLiteral("rows_done")).toInteger();
        b.rowsTotal = o.value(QStringLiteral("rows_total")).toInteger();
        b.rowsThisRun = o.value(QStringLiteral("rows_this_run")).toInteger();
        b.batches = o.value(QStringLiteral("batches")).toInteger();
        b.rowsPerSecond = o.value(QStringLiteral("rows_per_second")).toDouble();
        b.batchTimes = latencyFrom(o.value(QStringLiteral("batch_time")).toObject());
        b.throttledMs = o.value(QStringLiteral("throttled_ms")).toDouble();
        b.lockWaitMs = o.value(QStringLiteral("lock_wait_ms")).toDouble();
        b.lockWaits = o.value(QStringLiteral("lock_waits")).toInteger();
        b.resumed = o.value(QStringLiteral("resumed")).toBool();
        b.auditRows = o.value(QStringLiteral("audit_rows")).toInteger(-1);
        b.auditRowsTwice = o.value(QStringLiteral("audit_rows_twice")).toInteger(-1);
        return b;
    }

    // A sampled value as the model holds it: JSON null is SQL NULL, a null QVariant (not nullptr).
    QVariant cell(const QJsonValue& v) { return v.isNull() || v.isUndefined() ? QVariant() : v.toVariant(); }

} // namespace

QJsonObject RehearsalJson::incidentToJson(const Incident& i)
{
    QJsonObject o { { QStringLiteral("kind"), i.kind }, { QStringLiteral("phase"), i.phase },
        { QStringLiteral("severity"), severityName(i.severity) }, { QStringLiteral("message"), i.message },
        { QStringLiteral("count"), i.count }, { QStringLiteral("unit"), i.unit },
        { QStringLiteral("at_ms"), std::llround(i.atMs) } };
    if (!i.rowsSql.isEmpty()) {
        QJsonArray samples;
        for (const IncidentRow& row : i.samples)
            samples << QJsonObject { { QStringLiteral("table"), row.table },
                { QStringLiteral("key"), QJsonValue::fromVariant(row.key) },
                { QStringLiteral("old"), QJsonValue::fromVariant(row.oldValue) },
                { QStringLiteral("new"), QJsonValue::fromVariant(row.newValue) } };
        o.insert(QStringLiteral("samples"), samples);
        o.insert(QStringLiteral("rows_sql"), i.rowsSql);
    }
    return o;
}

Incident RehearsalJson::incidentFromJson(const QJsonObject& o)
{
    Incident i;
    i.kind = o.value(QStringLiteral("kind")).toString();
    i.phase = o.value(QStringLiteral("phase")).toString();
    const QString severity = o.value(QStringLiteral("severity")).toString();
    i.severity = severity == QLatin1String("error") ? Severity::Error
        : severity == QLatin1String("info")         ? Severity::Info
                                                    : Severity::Warning;
    i.message = o.value(QStringLiteral("message")).toString();
    i.count = o.value(QStringLiteral("count")).toInteger();
    i.unit = o.value(QStringLiteral("unit")).toString();
    i.atMs = o.value(QStringLiteral("at_ms")).toDouble();
    i.rowsSql = o.value(QStringLiteral("rows_sql")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("samples")).toArray()) {
        const QJsonObject row = v.toObject();
        i.samples << IncidentRow { row.value(QStringLiteral("table")).toString(),
            cell(row.value(QStringLiteral("key"))), cell(row.value(QStringLiteral("old"))),
            cell(row.value(QStringLiteral("new"))) };
    }
    return i;
}

QJsonObject RehearsalJson::phaseToJson(const PhaseRecord& p)
{
    const WorkloadSummary& w = p.workload;
    QJsonObject workload { { QStringLiteral("operations"), w.operations },
        { QStringLiteral("operations_per_second"), std::llround(w.operationsPerSecond) },
        { QStringLiteral("reads"), latency(w.reads) }, { QStringLiteral("writes"), latency(w.writes) },
        { QStringLiteral("old_clients"), version(w.oldVersion) },
        { QStringLiteral("new_clients"), version(w.newVersion) },
        { QStringLiteral("rollout_start_percent"), w.rolloutStart },
        { QStringLiteral("rollout_end_percent"), w.rolloutEnd } };
    const WriteAmplification& a = p.amplification;
    QJsonObject amplification { { QStringLiteral("writes"), a.writes }, { QStringLiteral("rows_direct"), a.rowsDirect },
        { QStringLiteral("rows_total"), a.rowsTotal }, { QStringLiteral("pages_written"), a.pages },
        { QStringLiteral("rows_per_100_rows"), std::llround(a.rowsPerRow() * 100) },
        { QStringLiteral("pages_per_100_rows"), std::llround(a.pagesPerRow() * 100) } };
    QJsonArray backfills;
    qint64 rowsBackfilled = 0;
    for (const BackfillSummary& b : p.backfills) {
        backfills << backfill(b);
        rowsBackfilled += b.rowsThisRun;
    }
    QJsonObject o { { QStringLiteral("name"), p.name() }, { QStringLiteral("title"), p.title },
        { QStringLiteral("early"), p.early }, { QStringLiteral("status"), phaseStatusName(p.status) },
        { QStringLiteral("steps"), QJsonArray::fromStringList(p.steps) },
        { QStringLiteral("skipped_steps"), QJsonArray::fromStringList(p.skippedSteps) },
        { QStringLiteral("started_ms"), std::llround(p.startMs) },
        { QStringLiteral("duration_ms"), std::llround(p.durationMs) },
        { QStringLiteral("drift_rows"), p.driftRows < 0 ? QJsonValue() : QJsonValue(p.driftRows) },
        { QStringLiteral("drifted_queries"), QJsonArray::fromStringList(p.driftedQueries) },
        { QStringLiteral("rows_backfilled"), rowsBackfilled }, { QStringLiteral("workload"), workload },
        { QStringLiteral("write_amplification"), amplification }, { QStringLiteral("backfills"), backfills },
        { QStringLiteral("verification"), p.verification ? QJsonValue(verification(*p.verification)) : QJsonValue() },
        { QStringLiteral("error"), p.error.isEmpty() ? QJsonValue() : QJsonValue(p.error) } };
    return o;
}

PhaseRecord RehearsalJson::phaseFromJson(const QJsonObject& o)
{
    PhaseRecord p;
    // A record from another version may name a phase this one does not know: read as the baseline.
    p.phase = rehearsalPhaseFromName(o.value(QStringLiteral("name")).toString()).value_or(RehearsalPhase::Baseline);
    p.title = o.value(QStringLiteral("title")).toString();
    p.early = o.value(QStringLiteral("early")).toBool();
    const QString status = o.value(QStringLiteral("status")).toString();
    for (PhaseStatus s : { PhaseStatus::Pending, PhaseStatus::Running, PhaseStatus::Done, PhaseStatus::Skipped,
             PhaseStatus::Refused, PhaseStatus::Failed, PhaseStatus::Cancelled }) {
        if (phaseStatusName(s) == status)
            p.status = s;
    }
    for (const QJsonValue& v : o.value(QStringLiteral("steps")).toArray())
        p.steps << v.toString();
    for (const QJsonValue& v : o.value(QStringLiteral("skipped_steps")).toArray())
        p.skippedSteps << v.toString();
    p.startMs = o.value(QStringLiteral("started_ms")).toDouble();
    p.durationMs = o.value(QStringLiteral("duration_ms")).toDouble();
    p.driftRows = o.value(QStringLiteral("drift_rows")).toInteger(-1);
    for (const QJsonValue& v : o.value(QStringLiteral("drifted_queries")).toArray())
        p.driftedQueries << v.toString();
    const QJsonObject w = o.value(QStringLiteral("workload")).toObject();
    p.workload.operations = w.value(QStringLiteral("operations")).toInteger();
    p.workload.operationsPerSecond = w.value(QStringLiteral("operations_per_second")).toDouble();
    p.workload.reads = latencyFrom(w.value(QStringLiteral("reads")).toObject());
    p.workload.writes = latencyFrom(w.value(QStringLiteral("writes")).toObject());
    p.workload.oldVersion = versionFrom(w.value(QStringLiteral("old_clients")).toObject());
    p.workload.newVersion = versionFrom(w.value(QStringLiteral("new_clients")).toObject());
    p.workload.rolloutStart = w.value(QStringLiteral("rollout_start_percent")).toDouble();
    p.workload.rolloutEnd = w.value(QStringLiteral("rollout_end_percent")).toDouble();
    const QJsonObject a = o.value(QStringLiteral("write_amplification")).toObject();
    p.amplification
        = { a.value(QStringLiteral("writes")).toInteger(), a.value(QStringLiteral("rows_direct")).toInteger(),
              a.value(QStringLiteral("rows_total")).toInteger(), a.value(QStringLiteral("pages_written")).toInteger() };
    for (const QJsonValue& b : o.value(QStringLiteral("backfills")).toArray())
        p.backfills << backfillFrom(b.toObject());
    if (o.value(QStringLiteral("verification")).isObject())
        p.verification = verificationFrom(o.value(QStringLiteral("verification")).toObject());
    p.error = o.value(QStringLiteral("error")).toString();
    return p;
}

QJsonObject RehearsalJson::toJson(const RehearsalResult& r)
{
    QJsonArray phases;
    for (const PhaseRecord& p : r.phases)
        phases << phaseToJson(p);
    QJsonArray incidents;
    for (const Incident& i : r.incidents)
        incidents << incidentToJson(i);
    QJsonObject original { { QStringLiteral("path"), r.originalPath },
        { QStringLiteral("sha256_before"), r.originalHashBefore },
        { QStringLiteral("sha256_after"), r.originalHashAfter },
        { QStringLiteral("wal_sha256_before"),
            r.originalWalHashBefore.isEmpty() ? QJsonValue() : r.originalWalHashBefore },
        { QStringLiteral("wal_sha256_after"),
            r.originalWalHashAfter.isEmpty() ? QJsonValue() : r.originalWalHashAfter },
        { QStringLiteral("unchanged"), r.originalUnchanged() } };
    return { { QStringLiteral("format"), QStringLiteral("godwit.rehearsal") }, { QStringLiteral("version"), 1 },
        { QStringLiteral("verdict"), r.verdict() },
        { QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons) },
        { QStringLiteral("cancelled"), r.cancelled }, { QStringLiteral("original"), original },
        { QStringLiteral("copy"), r.copyPath },
        { QStringLiteral("plan"),
            QJsonObject { { QStringLiteral("before"), r.planBefore }, { QStringLiteral("after"), r.planAfter } } },
        { QStringLiteral("faults"), QJsonArray::fromStringList(r.faults) },
        { QStringLiteral("elapsed_ms"), std::llround(r.elapsedMs) },
        { QStringLiteral("drift_rows"), r.driftRows < 0 ? QJsonValue() : QJsonValue(r.driftRows) },
        { QStringLiteral("drift_not_measured"), r.driftNotMeasured.isEmpty() ? QJsonValue() : r.driftNotMeasured },
        { QStringLiteral("verification"), r.verification ? QJsonValue(verification(*r.verification)) : QJsonValue() },
        { QStringLiteral("phases"), phases }, { QStringLiteral("incidents"), incidents } };
}

QStringList RehearsalJson::keyOrder()
{
    // One order that suits every object of the format: each object's keys appear in this sequence.
    static const QStringList order = QStringLiteral(
        "format version verdict reasons cancelled kind name title early phase severity status message steps "
        "skipped_steps started_ms duration_ms original path sha256_before sha256_after wal_sha256_before "
        "wal_sha256_after unchanged copy plan table "
        "before after faults elapsed_ms passed drift_rows drift_not_measured drifted_queries null_rows "
        "foreign_key_violations integrity row_counts "
        "problems rows_backfilled workload operations operations_per_second reads writes old_clients new_clients "
        "rollout_start_percent rollout_end_percent errors null_reads latency first_error count unit at_ms samples key "
        "old new rows_sql p50_us "
        "p95_us p99_us max_us write_amplification step rows_done rows_direct rows_total rows_this_run pages_written "
        "rows_per_100_rows pages_per_100_rows batches rows_per_second batch_time throttled_ms lock_wait_ms lock_waits "
        "resumed audit_rows audit_rows_twice backfills verification phases incidents error")
                                         .split(QLatin1Char(' '));
    return order;
}

QString RehearsalJson::write(const RehearsalResult& result) { return JsonText::write(toJson(result), keyOrder()); }

} // namespace godwit::rehearsal
