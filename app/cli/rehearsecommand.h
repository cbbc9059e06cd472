// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace godwit::cli {

// `godwit rehearse --db FILE --plan PLAN.json|--to AFTER [...]`: runs the expand-contract plan on a
// working copy of FILE while a simulated application reads and writes it, prints a gh-ost style
// status line on stderr and the verdict; exit 0 when the rehearsal found nothing, 1 when it did.
class RehearseCommand final : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("rehearse"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace godwit::cli
