// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace godwit::cli {

// `godwit lint FILE.sql|DIR [--db FILE] [--format text|json]`: the migration linter.
// Exit 0: no findings, 1: findings, 2: error.
class LintCommand final : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("lint"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace godwit::cli
