// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "reviewreport.h"

namespace godwit::report {

// The review as GitHub-flavoured Markdown for a pull-request comment: tables, fenced SQL, and
// the pictures as sibling SVG files when written into a folder. The summary form keeps to the
// summary, the changes and the findings, under GitHub's 65,536-character comment limit.
class MarkdownReviewWriter final {
public:
    static constexpr qsizetype SummaryLimit = 65000;

    // `withImages`: link the pictures writeFolder() puts beside the Markdown.
    [[nodiscard]] static QString write(const ReviewReport& report, bool withImages = false);
    [[nodiscard]] static QString summary(const ReviewReport& report);
    // review.md and the pictures (er-diagram.svg, decision-<n>.svg, chart-*.svg) into `folder`.
    [[nodiscard]] static Result<QStringList> writeFolder(const ReviewReport& report, const QString& folder);
    // One table row: cells with pipes escaped and line breaks as <br>.
    [[nodiscard]] static QString row(const QStringList& cells);
};

} // namespace godwit::report
