// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/changeset.h"
#include "lint/lintfinding.h"
#include "plan/datacheck.h"
#include "plan/migrationplan.h"
#include "queries/queryreport.h"
#include "rehearsal/rehearsalresult.h"

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace godwit::report {

// Where the compared schemas came from and what the original file was when the review was made.
struct ReviewHeader {
    QString before; // as given on the command line or chosen in the window
    QString after;
    QString answers; // empty when the pre-filled answers were used
    QString queries;
    QDateTime generated;
    QString godwitVersion;
    QString sqliteVersion;
    QString originalSha256; // of BEFORE's own bytes (not its -wal), lower-case hex as sha256sum prints it
    qint64 originalSize = -1; // bytes; -1 when BEFORE is not a file (never happens for a database)

    bool operator==(const ReviewHeader&) const = default;
};

// A data pre-check counted on the original (read-only): rows that would make the change fail.
struct PreCheck {
    plan::DataCheck check;
    qint64 count = -1; // -1: not counted (BEFORE is not a database)
    QString error; // why it could not be counted

    [[nodiscard]] bool failed() const { return count > 0; }
    bool operator==(const PreCheck&) const = default;
};

// One moment of the rehearsal as the window's charts show it, sampled while it ran.
struct RehearsalSample {
    double seconds = 0;
    double backfillRowsPerSecond = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    double driftRows = 0;
    double rowsPerRow = 0; // write amplification: rows written per row the application changed
    double pagesPerRow = 0;

    bool operator==(const RehearsalSample&) const = default;
};

struct ReviewRehearsal {
    rehearsal::RehearsalResult result;
    QList<RehearsalSample> samples;

    bool operator==(const ReviewRehearsal&) const = default;
};

// The decision-tree path of one group of changes, drawn.
struct WalkDiagram {
    QString walkId;
    QByteArray svg; // Graphviz SVG of the tree with the path highlighted; empty when Graphviz failed

    bool operator==(const WalkDiagram&) const = default;
};

// The meeting's first table: every count comes from the other parts of the report.
struct ReviewSummary {
    int changes = 0;
    int additive = 0;
    int breaksReaders = 0;
    int breaksWriters = 0;
    int destructive = 0;
    int rebuilds = 0;
    int renamesToConfirm = 0;
    int steps = 0;
    int preChecksFailed = 0;
    int lintErrors = 0;
    int lintWarnings = 0;
    int queryRegressions = 0; // regressed or broken
    bool queriesChecked = false;
    bool rehearsed = false;
    bool rehearsalOk = false;

    // Something the meeting must resolve: what makes `godwit review` exit 1.
    [[nodiscard]] bool hasFindings() const;
    [[nodiscard]] QString rehearsalVerdict() const; // "ok", "failed", "not rehearsed"
    bool operator==(const ReviewSummary&) const = default;
};

// Everything the pre-migration review document shows, built by ReviewBuilder from the
// pipeline's outputs and written by the HTML, PDF and Markdown writers.
struct ReviewReport {
    ReviewHeader header;
    diff::ChangeSet changes;
    plan::MigrationPlan plan;
    QList<PreCheck> preChecks;
    lint::LintReport lint;
    QString lintSource; // what was linted: the migration scripts, or the plan's SQL
    std::optional<queries::QueryReport> queries;
    std::optional<ReviewRehearsal> rehearsal;
    QByteArray erDiagramSvg; // the before/after canvas with the change colours and legend
    QList<WalkDiagram> walkDiagrams;

    [[nodiscard]] ReviewSummary summary() const;
    // The first step whose rollback cannot give the data back (it drops a table or column of the
    // before schema outside the expand phase); nullptr when every step can be undone.
    [[nodiscard]] const plan::PlanStep* pointOfNoReturn() const;
    [[nodiscard]] QByteArray walkSvg(QStringView walkId) const;

    bool operator==(const ReviewReport&) const = default;
};

// The document's sections, in order. Queries and Rehearsal appear only when they were run.
enum class Section { Summary, Diagram, Changes, DecisionTree, Plan, PreChecks, Lint, Queries, Rehearsal, SignOff };

[[nodiscard]] QList<Section> sectionsOf(const ReviewReport& report);
[[nodiscard]] QString sectionTitle(Section section); // "Summary", "Before and after", ...
[[nodiscard]] QString sectionAnchor(Section section); // "summary", "diagram", ...

} // namespace godwit::report
