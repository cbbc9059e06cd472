// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "reviewreport.h"

#include <optional>

#include <QPageSize>

namespace godwit::report {

enum class ReviewFormat { Html, Pdf, Markdown, MarkdownFolder };

struct ReviewWriteOptions {
    bool summary = false; // Markdown: the short pull-request form
    QPageSize page = QPageSize(QPageSize::A4); // PDF
};

// Writes a review in the format its path asks for; the one switch the CLI and the window share.
class ReviewWriter final {
public:
    // .html/.htm, .pdf, .md/.markdown, or a folder (an existing one, or a path ending in '/').
    [[nodiscard]] static std::optional<ReviewFormat> formatForPath(const QString& path);
    // The files written (the folder form writes several), each replaced atomically (QSaveFile).
    [[nodiscard]] static Result<QStringList> write(
        const ReviewReport& report, const QString& path, ReviewFormat format, const ReviewWriteOptions& options = {});
};

} // namespace godwit::report
