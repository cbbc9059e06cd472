// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan/migrationplan.h"

#include <QString>

namespace godwit::rehearsal {

// Reads back a plan written by `godwit plan --format json` (the "godwit.plan" format of
// docs/json-format.md): the steps with their SQL, preconditions and backfill, which is what
// `godwit rehearse --plan` runs. Decision walks are not read.
class PlanJsonReader final {
public:
    [[nodiscard]] static Result<plan::MigrationPlan> read(const QByteArray& json, const QString& fileName = {});
    [[nodiscard]] static Result<plan::MigrationPlan> readFile(const QString& path);
};

} // namespace godwit::rehearsal
