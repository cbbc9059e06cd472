// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lintfinding.h"

namespace godwit::lint {

// `godwit lint` for CI systems: SARIF 2.1.0 (code-scanning uploads: the rule catalogue with
// help text, one result per finding with its file and line) and GitHub Actions workflow
// commands (one ::error/::warning/::notice annotation line per finding).
class LintCiWriter final {
public:
    [[nodiscard]] static QString sarif(const LintReport& report, const QString& toolVersion);
    [[nodiscard]] static QString github(const LintReport& report);
    // SARIF's level for a severity: "error", "warning" or "note".
    [[nodiscard]] static QString sarifLevel(Severity severity);
};

} // namespace godwit::lint
