// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace godwit::cli {

// `godwit review BEFORE AFTER [--answers A] [--queries Q] [--rehearse [options]] -o OUT.{html,pdf,md}`:
// the document for a pre-migration review meeting. Exit 0: nothing to resolve; 1: findings
// (failed pre-checks, lint errors, query regressions, a failed rehearsal); 2: error.
class ReviewCommand final : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("review"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace godwit::cli
