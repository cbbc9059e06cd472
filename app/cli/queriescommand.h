// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace godwit::cli {

// `godwit queries --db FILE --queries Q.sql [--after AFTER | --migration SCRIPT] [--format text|json]
//  [--runs N] [--index-cost] [--no-advice]`: the listed queries' plans before and after a change.
// Exit 0: every query keeps its plan or improves; 1: any query regressed, broke, or does not
// prepare on FILE; 2: error.
class QueriesCommand final : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("queries"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace godwit::cli
