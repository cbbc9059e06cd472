// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace godwit::cli {

// `godwit migrate info|migrate|validate|baseline|undo|repair --db FILE --dir FOLDER
//  [--copy OUT.db] [--target VERSION] [--format text|json]`
// info and validate read the database read-only; the others write a new working copy.
class MigrateCommand final : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("migrate"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace godwit::cli
