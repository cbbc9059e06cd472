// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace godwit::project {

// A "database + migrations folder" after side as one script: the folder's pending migrations for
// the database (what `migrate` would apply, after baselining a database Flyway never saw), joined
// in order. The query panel and `godwit queries` apply it to a copy to get an after side with data.
class PendingScript final {
public:
    [[nodiscard]] static Result<QString> read(const QString& databasePath, const QString& folder);
};

} // namespace godwit::project
