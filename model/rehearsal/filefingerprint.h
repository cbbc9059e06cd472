// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <atomic>

#include <QString>

namespace godwit::rehearsal {

// The proof that a rehearsal left the user's database alone: SHA-256 over the file and then its
// -wal (when there is one), taken before the copy and again at the end.
class FileFingerprint final {
public:
    // Hex digest; fails when the file cannot be read, or with Cancelled when `cancel` is set.
    [[nodiscard]] static Result<QString> sha256(const QString& databasePath, const std::atomic_bool* cancel = nullptr);
};

} // namespace godwit::rehearsal
