// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup.h"
#include "core/result.h"

#include <QString>

namespace godwit::sqlite {

// Where Godwit writes: a copy of the user's database in a folder the user can see and delete.
class WorkingCopy final {
public:
    // `godwit-rehearsal/` next to the project file when there is one, else under the user's
    // data location (e.g. ~/.local/share/Godwit/godwit-rehearsal).
    [[nodiscard]] static QString defaultFolder(const QString& projectFile = {});
    // A fresh, time-stamped file name for a copy of `originalPath` inside `folder`.
    [[nodiscard]] static QString suggestedPath(const QString& originalPath, const QString& folder);
    // Opens the original read-only (with all checks) and copies it to `destPath`.
    [[nodiscard]] static Result<void> create(
        const QString& originalPath, const QString& destPath, const BackupProgress& progress = {});
};

} // namespace godwit::sqlite
