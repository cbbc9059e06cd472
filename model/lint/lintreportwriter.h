// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lintfinding.h"

namespace godwit::lint {

// `godwit lint` output: text for a terminal or a CI log (one "file:line:col: severity CODE name:
// message" line per finding, then why and fix), or the `godwit.lint` JSON format.
class LintReportWriter final {
public:
    [[nodiscard]] static QString text(const LintReport& report, bool explain = true);
    [[nodiscard]] static QString json(const LintReport& report);
};

} // namespace godwit::lint
