// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace godwit::cli {

// `godwit inspect FILE [--format text|json|mermaid|dot] [--counts|--exact-counts]`
class InspectCommand final : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("inspect"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace godwit::cli
