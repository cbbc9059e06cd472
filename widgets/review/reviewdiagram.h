// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>

namespace godwit::diff {
struct ChangeSet;
}

namespace godwit::widgets {

// The review document's before/after ER diagram: the canvas `godwit render BEFORE AFTER`
// draws (shared layout, change colours, legend), as SVG. The review's CLI and window hand it
// to report::ReviewBuilder, which may not draw with widgets itself.
class ReviewDiagram final {
public:
    [[nodiscard]] static Result<QByteArray> comparisonSvg(
        const diff::ChangeSet& changes, const QString& beforeName, const QString& afterName);
};

} // namespace godwit::widgets
