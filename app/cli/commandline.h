// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace godwit::cli {

// True when `arguments` (argv without the program name) select the command-line front end
// rather than the GUI: their first word other than --verbose is a command or --help/--version.
[[nodiscard]] bool isCommandLine(const QStringList& arguments);

// Runs `godwit [--verbose] <subcommand> …` headless and returns the process exit code. Godwit's
// log categories stay silent unless --verbose (anywhere before "--") or QT_LOGGING_RULES asks for
// them, so a successful run prints only its output and a failed one only its one-line error.
[[nodiscard]] int runCommandLine(int argc, char** argv);

} // namespace godwit::cli
