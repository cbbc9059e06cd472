// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalresult.h"

#include <algorithm>

#include <QCoreApplication>

namespace godwit::rehearsal {

QString phaseStatusName(PhaseStatus status)
{
    switch (status) {
    case PhaseStatus::Pending:
        return QStringLiteral("pending");
    case PhaseStatus::Running:
        return QStringLiteral("running");
    case PhaseStatus::Done:
        return QStringLiteral("done");
    case PhaseStatus::Skipped:
        return QStringLiteral("skipped");
    case PhaseStatus::Refused:
        return QStringLiteral("refused");
    case PhaseStatus::Failed:
        return QStringLiteral("failed");
    case PhaseStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

const PhaseRecord* RehearsalResult::phase(RehearsalPhase which) const
{
    for (auto it = phases.crbegin(); it != phases.crend(); ++it) {
        if (it->phase == which)
            return &*it;
    }
    return nullptr;
}

QList<Incident> RehearsalResult::incidentsOf(QStringView kind) const
{
    QList<Incident> out;
    for (const Incident& i : incidents) {
        if (i.kind == kind)
            out << i;
    }
    return out;
}

QList<Incident> PhaseRecord::symptoms(bool driftReported) const
{
    QList<Incident> out;
    const VersionSummary& nv = workload.newVersion;
    if (nv.nullReads > 0)
        out << Incident { .kind = QStringLiteral("null-reads"),
            .phase = name(),
            .severity = Severity::Error,
            .message = QCoreApplication::translate("godwit::rehearsal::Incident",
                "New clients read NULL in the new column %1 time(s) of %2 reads: rows the backfill had not "
                "reached yet.")
                           .arg(nv.nullReads)
                           .arg(nv.reads),
            .count = nv.nullReads,
            .unit = QStringLiteral("reads"),
            .samples = nullSamples,
            .rowsSql = nullRowsSql };
    for (const VersionSummary* v : { &workload.oldVersion, &workload.newVersion }) {
        if (v->errors > 0)
            out << Incident { .kind = QStringLiteral("client-errors"),
                .phase = name(),
                .severity = Severity::Error,
                .message = (v == &workload.oldVersion ? QCoreApplication::translate(
                                "godwit::rehearsal::Incident", "Old clients saw %1 error(s), e.g. %2")
                                                      : QCoreApplication::translate("godwit::rehearsal::Incident",
                                                          "New clients saw %1 error(s), e.g. %2"))
                               .arg(v->errors)
                               .arg(v->firstError),
                .count = v->errors,
                .unit = QStringLiteral("errors") };
    }
    if (driftRows > 0 && !driftReported)
        out << Incident { .kind = QStringLiteral("drift"),
            .phase = name(),
            .severity = Severity::Error,
            .message = QCoreApplication::translate("godwit::rehearsal::Incident",
                "%1 row(s) where the old and the new column disagree: writes that reached only one of them.")
                           .arg(driftRows),
            .count = driftRows,
            .unit = QStringLiteral("rows"),
            .samples = driftSamples,
            .rowsSql = driftRowsSql };
    return out;
}

void RehearsalResult::judge()
{
    reasons.clear();
    if (!originalUnchanged())
        reasons << QStringLiteral("the original database changed during the rehearsal");
    if (cancelled) {
        // What was done stays in the phases; rows the backfill had not reached are work left, not drift.
        const PhaseRecord* last = phases.isEmpty() ? nullptr : &phases.back();
        reasons << (last ? QStringLiteral("the rehearsal was cancelled during %1").arg(last->title)
                         : QStringLiteral("the rehearsal was cancelled before it started"));
        ok = false;
        return;
    }
    for (const PhaseRecord& p : phases) {
        if (p.status == PhaseStatus::Failed || p.status == PhaseStatus::Refused)
            reasons << QStringLiteral("%1 %2: %3").arg(p.title, phaseStatusName(p.status), p.error);
    }
    const bool contractDone = std::ranges::any_of(phases,
        [](const PhaseRecord& p) { return p.phase == RehearsalPhase::Contract && p.status == PhaseStatus::Done; });
    if (!contractDone && reasons.isEmpty())
        reasons << QStringLiteral("the plan did not reach its contract");
    for (const Incident& i : incidents) {
        if (i.severity == Severity::Error)
            reasons << QStringLiteral("%1 (%2): %3").arg(i.kind, i.phase, i.message);
    }
    // A plan that keeps data in two places must show its drift was counted; "0" without a count would be a guess.
    if (mappings > 0 && driftRows < 0)
        reasons << QStringLiteral("drift was never measured: %1")
                       .arg(driftNotMeasured.isEmpty() ? QStringLiteral("no moment had both the old and the new copy")
                                                       : driftNotMeasured);
    // A staged fault must have an effect someone measured, or the rehearsal proved nothing about it.
    if (faults.contains(QLatin1String("skip-dual-write"))) {
        const bool skipped = std::ranges::any_of(phases,
            [](const PhaseRecord& p) { return p.phase == RehearsalPhase::DualWrite && !p.skippedSteps.isEmpty(); });
        const bool errors = std::ranges::any_of(incidents, [](const Incident& i) {
            return i.kind == QLatin1String("client-errors") || i.kind == QLatin1String("drift");
        });
        if (!skipped)
            reasons << QStringLiteral("the fault skip-dual-write skipped nothing (the plan has no dual-write step), so "
                                      "its effect was not measured");
        else if (driftRows < 0 && !errors)
            reasons << QStringLiteral("the effect of skip-dual-write was not measured: %1")
                           .arg(driftNotMeasured.isEmpty() ? QStringLiteral("drift was never counted")
                                                           : driftNotMeasured);
    }
    if (verification && !verification->passed)
        reasons << QStringLiteral("final verification: %1").arg(verification->problems.join(QStringLiteral("; ")));
    reasons.removeDuplicates();
    ok = reasons.isEmpty();
}

} // namespace godwit::rehearsal
