// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <atomic>

#include <QString>

namespace godwit::rehearsal {

// The proof that a rehearsal left the user's database alone: the SHA-256 of the file and of its
// -wal (when there is one), each as `sha256sum` prints it, taken before the copy and at the end.
struct Fingerprint {
    QString database; // hex digest of the file
    QString wal; // hex digest of the -wal; empty when there is none
    bool operator==(const Fingerprint&) const = default;
};

class FileFingerprint final {
public:
    // Hex digest of one file; fails when it cannot be read, or with Cancelled when `cancel` is set.
    [[nodiscard]] static Result<QString> sha256(const QString& path, const std::atomic_bool* cancel = nullptr);
    // The database's digest and its -wal's.
    [[nodiscard]] static Result<Fingerprint> of(const QString& databasePath, const std::atomic_bool* cancel = nullptr);
};

} // namespace godwit::rehearsal
