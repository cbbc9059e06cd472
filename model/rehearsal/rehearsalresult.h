// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rehearsalphase.h"

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace godwit::rehearsal {

enum class PhaseStatus { Pending, Running, Done, Skipped, Refused, Failed, Cancelled };
enum class Severity { Info, Warning, Error };

[[nodiscard]] QString phaseStatusName(PhaseStatus status); // "pending", "running", "done", ...
[[nodiscard]] QString severityName(Severity severity); // "info", "warning", "error"

// One row behind an incident: its key and the old and new column's values (NULL: a null QVariant).
struct IncidentRow {
    QString table;
    QVariant key;
    QVariant oldValue;
    QVariant newValue;

    bool operator==(const IncidentRow&) const = default;
};

// Something the rehearsal wants the team to see, pinned to the phase it happened in.
struct Incident {
    QString kind; // a fault name, or "drift", "query-drift", "null-reads", "client-errors", "contract-refused",
                  // "resumed", ...
    QString phase; // phase name, e.g. "backfill"
    Severity severity = Severity::Warning;
    QString message; // one sentence with the numbers
    qint64 count = 0; // the headline number: rows, reads, milliseconds...
    QString unit; // what `count` counts: "rows", "reads", "ms", "errors"
    double atMs = 0; // since the rehearsal started
    QList<IncidentRow> samples = {}; // drift and NULL reads: the first rows behind it, at the phase's end
    QString rowsSql = {}; // the query that lists those rows on the copy

    bool operator==(const Incident&) const = default;
};

struct LatencySummary {
    qint64 count = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    bool operator==(const LatencySummary&) const = default;
};

// What one client version saw during a phase.
struct VersionSummary {
    qint64 reads = 0;
    qint64 writes = 0;
    qint64 errors = 0;
    qint64 nullReads = 0; // reads that returned NULL in the column this version uses
    LatencySummary latency;
    QString firstError;
    bool operator==(const VersionSummary&) const = default;
};

struct WorkloadSummary {
    qint64 operations = 0;
    double operationsPerSecond = 0;
    LatencySummary reads;
    LatencySummary writes;
    VersionSummary oldVersion;
    VersionSummary newVersion;
    double rolloutStart = 0; // percent of clients on the new version
    double rolloutEnd = 0;
    bool operator==(const WorkloadSummary&) const = default;
};

// Measured on the application's write connection: rows the statements changed themselves,
// rows changed including triggers (sqlite3_total_changes), pages written (SQLITE_DBSTATUS_CACHE_WRITE).
struct WriteAmplification {
    qint64 writes = 0;
    qint64 rowsDirect = 0;
    qint64 rowsTotal = 0;
    qint64 pages = 0;
    [[nodiscard]] double rowsPerRow() const { return rowsDirect > 0 ? double(rowsTotal) / double(rowsDirect) : 0; }
    [[nodiscard]] double pagesPerRow() const { return rowsDirect > 0 ? double(pages) / double(rowsDirect) : 0; }
    bool operator==(const WriteAmplification&) const = default;
};

struct BackfillSummary {
    QString step; // plan step id
    qint64 rowsDone = 0; // all runs, from the checkpoint
    qint64 rowsTotal = 0;
    qint64 rowsThisRun = 0;
    qint64 batches = 0;
    double rowsPerSecond = 0;
    LatencySummary batchTimes; // lock time per batch
    double throttledMs = 0;
    double lockWaitMs = 0;
    qint64 lockWaits = 0;
    bool resumed = false;
    qint64 auditRows = -1; // rows the audit counted; -1 when not audited
    qint64 auditRowsTwice = -1;
    bool operator==(const BackfillSummary&) const = default;
};

struct TableCount {
    QString table;
    qint64 before = 0; // rows in the original
    qint64 after = 0; // of those rows (rowid <= the original's largest), how many are still there
    bool operator==(const TableCount&) const = default;
};

// The checks the contract waits for, and the final proof.
struct Verification {
    bool passed = false;
    // Rows where a new column disagrees with its up expression; -1 when no mapped table still had
    // both columns, so nothing was measured (after a contract dropped the old one).
    qint64 driftRows = -1;
    qint64 nullRows = 0; // NULLs where the new schema demands a value
    qint64 foreignKeyViolations = 0;
    QString integrity = QStringLiteral("ok");
    QList<TableCount> counts;
    QStringList problems; // one sentence per failed check
    bool operator==(const Verification&) const = default;
};

struct PhaseRecord {
    RehearsalPhase phase = RehearsalPhase::Baseline;
    QString title;
    bool early = false; // run before its place by a fault
    PhaseStatus status = PhaseStatus::Pending;
    QStringList steps; // plan step ids that ran
    QStringList skippedSteps;
    double startMs = 0;
    double durationMs = 0;
    WorkloadSummary workload;
    WriteAmplification amplification;
    QList<BackfillSummary> backfills;
    qint64 driftRows = -1; // exact, at the phase's end; -1 when not measurable (no mapped column)
    QList<IncidentRow> driftSamples; // the first drifted rows, at the phase's end
    QList<IncidentRow> nullSamples; // the first rows a new client reads NULL from, at the phase's end
    QString driftRowsSql; // the queries behind them (one per mapped column, UNION ALL)
    QString nullRowsSql; // these four reach the JSON on the phase's drift and null-reads incidents
    QStringList driftedQueries; // queries whose plan or latency moved since the previous phase ("query-drift")
    std::optional<Verification> verification; // the contract's pre-check
    QString error;

    // What the application felt in this phase, as incidents: new clients reading NULL, client
    // errors, and drift (once per rehearsal: `driftReported` says it was already raised).
    [[nodiscard]] QList<Incident> symptoms(bool driftReported) const;
    [[nodiscard]] QString name() const { return rehearsalPhaseName(phase); } // as the record's JSON names it
    bool operator==(const PhaseRecord&) const = default;
};

struct RehearsalResult {
    bool ok = false;
    bool cancelled = false;
    QStringList reasons; // why the verdict is "failed"
    QString originalPath;
    QString copyPath;
    QString originalHashBefore; // SHA-256 (hex) of the original file, as sha256sum prints it
    QString originalHashAfter;
    QString originalWalHashBefore; // of its -wal; empty when there was none
    QString originalWalHashAfter;
    QString planBefore;
    QString planAfter;
    QStringList faults;
    QList<PhaseRecord> phases;
    QList<Incident> incidents;
    std::optional<Verification> verification; // exact, at the end
    // Exact, at the last moment both columns existed; -1 when it was never measured.
    qint64 driftRows = -1;
    qsizetype mappings = 0; // columns or tables the plan keeps in two places: drift needs one
    // Why drift was not measured when driftRows is -1 (the plan keeps no second copy, or the
    // moment with both copies never came); empty when it was measured.
    QString driftNotMeasured;
    double elapsedMs = 0;

    // "ok", "failed" or "cancelled".
    [[nodiscard]] QString verdict() const
    {
        return cancelled ? QStringLiteral("cancelled") : ok ? QStringLiteral("ok") : QStringLiteral("failed");
    }
    [[nodiscard]] bool originalUnchanged() const
    {
        return !originalHashBefore.isEmpty() && originalHashBefore == originalHashAfter
            && originalWalHashBefore == originalWalHashAfter;
    }
    [[nodiscard]] const PhaseRecord* phase(RehearsalPhase which) const; // the last one of that phase
    [[nodiscard]] QList<Incident> incidentsOf(QStringView kind) const;
    // Sets `ok` and `reasons` from the phases, incidents, verification and hashes: "ok" only when
    // the plan reached its contract, nothing went wrong and the original is unchanged.
    void judge();
    bool operator==(const RehearsalResult&) const = default;
};

} // namespace godwit::rehearsal
