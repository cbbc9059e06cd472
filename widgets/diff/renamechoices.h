// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/change.h"
#include "diff/diffoptions.h"

#include <optional>

#include <QList>
#include <QString>

namespace godwit::widgets {

// What the user may decide about one change of a comparison when it is, or was, a proposed
// rename: confirm it, plan it as a drop and an add (the data is lost), or go back to Godwit's
// proposal.
struct RenameChoice {
    QString text;
    std::optional<bool> accepted; // as Workspace::setRenameDecision takes it
};

// The choices for `change` under the decisions in `options`; none for other changes. A rejected
// rename shows as its added half, whose id is the rename's id.
[[nodiscard]] QList<RenameChoice> renameChoices(const diff::Change& change, const diff::DiffOptions& options);

} // namespace godwit::widgets
