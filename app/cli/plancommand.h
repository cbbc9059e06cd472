// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace godwit::cli {

// `godwit plan BEFORE AFTER [--answers FILE.json] [--format text|json|markdown|flyway] [-o PATH]`
// The expand-contract plan between two schemas. Exit 0: nothing to do, 1: a plan, 2: error.
class PlanCommand final : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("plan"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace godwit::cli
