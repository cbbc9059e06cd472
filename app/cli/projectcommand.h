// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace godwit::cli {

// `godwit project new P.godwit --db DB --to AFTER [--queries Q.sql] [--answers A.json]` writes a
// project; `godwit project show P.godwit [--format text|json]` prints it (docs/project.md).
class ProjectCommand final : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("project"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace godwit::cli
