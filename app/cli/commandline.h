// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace godwit::cli {

// True when `word` (argv[1]) selects the command-line front end rather than the GUI.
[[nodiscard]] bool isCommandLine(const QString& word);

// Runs `godwit <subcommand> …` headless and returns the process exit code.
[[nodiscard]] int runCommandLine(int argc, char** argv);

} // namespace godwit::cli
