// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace godwit::diff {

// What to do with a dropped + added pair that looks like a rename.
enum class RenamePolicy {
    Propose, // report it as a rename proposal the user confirms (the GUI's default)
    Accept, // treat every proposal as a confirmed rename
    Reject, // never pair: report the drop and the add
};

struct DiffOptions {
    RenamePolicy renames = RenamePolicy::Propose;
    double renameThreshold = 0.5; // proposals below this confidence are not made
    QStringList acceptedRenames; // Change::id() of renames the user confirmed (with Propose)
    QStringList rejectedRenames; // Change::id() of renames the user turned down
};

} // namespace godwit::diff
