// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewreport.h"

#include <QByteArray>

namespace godwit::report {

// The review as one self-contained HTML file: inline CSS, the diagrams and charts as inline
// SVG, no reference to anything outside the file. Print CSS starts each section on a new
// page and fits the content to A4 or Letter.
class HtmlReviewWriter final {
public:
    [[nodiscard]] static QString write(const ReviewReport& report);
    // An SVG document made fit to sit inside HTML: no XML prolog, DOCTYPE, comments or
    // namespace declarations (the HTML parser puts <svg> in the SVG namespace itself).
    [[nodiscard]] static QString inlineSvg(const QByteArray& svg);
};

} // namespace godwit::report
