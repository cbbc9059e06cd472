// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lintfinding.h"

namespace godwit::lint {

// GW013: comments where what a reader sees and what SQLite runs part ways. SQLite ends a `--`
// comment only at LF and a `/*` comment at the first `*/` (no nesting, and an unterminated one
// runs to the end of the input); editors also break lines at CR, VT, FF, NEL, U+2028 and U+2029
// and reorder text at bidi controls, and other SQL dialects nest block comments.
class CommentChecks final {
public:
    [[nodiscard]] static QList<LintFinding> check(const QString& sql, const QString& file);
};

} // namespace godwit::lint
