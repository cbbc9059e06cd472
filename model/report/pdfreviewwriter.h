// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "reviewreport.h"

#include <QPageSize>

namespace godwit::report {

// The review as a PDF with Qt's own PDF writer (no browser engine): selectable text, the
// diagrams and charts as vector paths, a numbered table of contents, and page numbers.
class PdfReviewWriter final {
public:
    [[nodiscard]] static Result<void> write(
        const ReviewReport& report, const QString& path, const QPageSize& page = QPageSize(QPageSize::A4));
    // The page each section starts on (1-based), in sectionsOf() order, for that page size.
    [[nodiscard]] static QList<int> sectionPages(
        const ReviewReport& report, const QPageSize& page = QPageSize(QPageSize::A4));
};

} // namespace godwit::report
