// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "diff/diffoptions.h"
#include "plan/answers.h"
#include "rehearsal/rehearsaloptions.h"
#include "reviewreport.h"

#include <atomic>
#include <functional>
#include <optional>

namespace godwit::report {

// What a review is made of: the two sources, the user's answers, and what to run on the data.
struct ReviewRequest {
    QString before; // a database (pre-checks, queries and the rehearsal need one), .sql or Mermaid file
    QString after; // a database, .sql, Mermaid file, or a migrations folder for BEFORE
    QString answers; // a godwit.answers JSON file; empty: the pre-filled answers
    QString queries; // a query list (.sql with '-- name:' comments); empty: no query impact
    // Answers given as values (a project's); when set they are used instead of the `answers` file.
    std::optional<plan::Answers> answerValues;
    diff::RenamePolicy renames = diff::RenamePolicy::Propose;
    QStringList acceptedRenames; // Change::id() of proposals the user confirmed (diff::DiffOptions)
    QStringList rejectedRenames;
    bool rehearse = false;
    rehearsal::RehearsalOptions rehearsal; // originalPath is set from `before`
    QString godwitVersion;
    // The before/after canvas as SVG: the window's drawing code lives above the model, so the
    // caller hands it in. Null: the report has no ER diagram picture.
    std::function<Result<QByteArray>(const diff::ChangeSet&)> drawDiagram;
    // Told which stage runs ("reading", "planning", "rehearsing: backfill 40%", ...).
    std::function<void(const QString&)> progress;
    const std::atomic_bool* cancel = nullptr;
};

// Runs the pipeline for a review: read both sources, diff and classify, walk the decision tree
// and plan, count the data pre-checks on the original (read-only), lint the plan's migrations,
// explain the queries, and rehearse on a working copy, sampling what the dashboard would chart.
class ReviewBuilder final {
public:
    [[nodiscard]] static Result<ReviewReport> build(const ReviewRequest& request);

    // SHA-256 of the file's own bytes (lower-case hex, as sha256sum prints it) and its size.
    [[nodiscard]] static Result<std::pair<QString, qint64>> fileDigest(const QString& path);
};

} // namespace godwit::report
