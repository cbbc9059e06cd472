// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace godwit::cli {

// `godwit diff BEFORE AFTER [--format text|json|mermaid|dot|sql] [--renames accept|reject|ask]`
// Exit 0: no differences, 1: differences, 2: error (like diff(1)).
class DiffCommand final : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("diff"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace godwit::cli
