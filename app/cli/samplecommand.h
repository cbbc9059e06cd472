// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace godwit::cli {

// `godwit sample orders [--rows N] [--seed S] [--v2] [--force] OUT.db`
class SampleCommand final : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("sample"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace godwit::cli
