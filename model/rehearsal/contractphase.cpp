// SPDX-License-Identifier: GPL-3.0-or-later
#include "contractphase.h"

#include "fault.h"

#include <QCoreApplication>

namespace godwit::rehearsal {

ContractPhase::ContractPhase(PhaseContext context, Options options)
    : m_context(std::move(context))
    , m_options(std::move(options))
{
}

void ContractPhase::runSteps(PhaseRecord& r)
{
    m_options.exclusively([&] {
        m_context.runSteps(plan::Phase::Contract, r);
        return r.status == PhaseStatus::Running;
    });
}

bool ContractPhase::run(PhaseRecord& r)
{
    const PhaseContext& c = m_context;
    c.setState({ RunState::Verifying });
    auto verification = Verifier::verify(*c.db, *c.plan, m_options.tables);
    if (!verification) {
        r.status = PhaseStatus::Failed;
        r.error = verification.error().toString();
        return false;
    }
    r.verification = *verification;
    if (r.early)
        return runEarly(r);
    if (!verification->passed && !m_options.overrideVerification) {
        r.status = PhaseStatus::Refused;
        r.error = verification->problems.join(QStringLiteral("; "));
        c.raise({ .kind = QStringLiteral("contract-refused"),
            .phase = r.name(),
            .severity = Severity::Error,
            .message
            = QCoreApplication::translate("godwit::rehearsal::Incident", "The contract was refused: %1.").arg(r.error),
            .count = verification->driftRows > 0
                ? verification->driftRows
                : std::max<qint64>(verification->nullRows, verification->problems.size()),
            .unit = verification->driftRows > 0 || verification->nullRows > 0 ? QStringLiteral("rows")
                                                                              : QStringLiteral("problems") });
        return false;
    }
    if (!verification->passed)
        c.raise({ .kind = QStringLiteral("contract-override"),
            .phase = r.name(),
            .severity = Severity::Warning,
            .message = QCoreApplication::translate(
                "godwit::rehearsal::Incident", "The contract ran although its verification failed (override): %1.")
                           .arg(verification->problems.join(QStringLiteral("; "))),
            .count = verification->problems.size(),
            .unit = QStringLiteral("problems") });
    c.setState({ RunState::Contracting });
    runSteps(r);
    if (r.status != PhaseStatus::Running)
        return false;
    c.observe(c.observeMs, r);
    return true;
}

bool ContractPhase::runEarly(PhaseRecord& r)
{
    const PhaseContext& c = m_context;
    qint64 atRisk = 0;
    for (const ColumnMapping& m : c.plan->mappings) {
        if (auto n = Verifier::rememberRowsAtRisk(*c.db, m))
            atRisk += *n;
    }
    runSteps(r);
    // Counted, not assumed: of the rows at risk, those left with neither their old nor a new value.
    qint64 lost = 0;
    for (const ColumnMapping& m : c.plan->mappings) {
        auto n = Verifier::lostRows(*c.db, m);
        if (!n) {
            lost = -1;
            break;
        }
        lost += *n;
    }
    const QString lostText = lost < 0
        ? QCoreApplication::translate("godwit::rehearsal::Incident", "the loss could not be counted")
        : QCoreApplication::translate("godwit::rehearsal::Incident", "%1 rows lost").arg(lost);
    QStringList names;
    for (const ColumnMapping& m : c.plan->mappings)
        names << QStringLiteral("%1.%2").arg(m.table, m.oldColumn);
    const QString columns = names.join(QStringLiteral(", "));
    const bool failed = r.status == PhaseStatus::Failed;
    c.raise({ .kind = faultName(Fault::EarlyContract),
        .phase = r.name(),
        .severity = Severity::Error,
        .message = failed ? QCoreApplication::translate("godwit::rehearsal::Incident",
                       "The contract ran before the backfill and stopped: %1 rows held their value only in %2; "
                       "the failed step rolled back (%3), the steps before it stay done (%4).")
                                .arg(atRisk)
                                .arg(columns, lostText,
                                    r.steps.isEmpty() ? QStringLiteral("none") : r.steps.join(QStringLiteral(", ")))
                          : QCoreApplication::translate("godwit::rehearsal::Incident",
                              "The contract ran before the backfill: %1 rows held their value only in %2; after it, "
                              "%3 (neither the old nor the new column has their value).")
                                .arg(atRisk)
                                .arg(columns, lostText),
        .count = std::max<qint64>(lost, 0),
        .unit = QStringLiteral("rows") });
    c.observe(c.observeMs, r);
    return !failed;
}

} // namespace godwit::rehearsal
