// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/diffoptions.h"

#include <optional>

#include <QCommandLineOption>

class QTextStream;

namespace godwit::cli {

class Parser;

// The one --renames vocabulary of every command that decides renames (diff, plan, rehearse,
// render, review): accept (a dropped + added pair that looks alike is a rename), reject (it is a
// drop and an add) or ask (it stays a proposal for the user to confirm; `godwit diff` asks on a
// terminal). "propose", the older name of ask, is still accepted.
[[nodiscard]] QCommandLineOption renamesOption(const QString& askMeans, diff::RenamePolicy defaultPolicy);

// The policy given on the command line, or nullopt after the one error line.
[[nodiscard]] std::optional<diff::RenamePolicy> renamePolicy(
    const Parser& parser, const QCommandLineOption& option, QTextStream& err);

} // namespace godwit::cli
