// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the desktop application: creates the QApplication, parses --help/--version and an
// optional FILE (database or .sql script), shows the main window. Returns the exit code.
int runGui(int& argc, char** argv);
