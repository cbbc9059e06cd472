// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Creates the QApplication, shows the main window (opening a FILE argument if given) and
// runs the event loop. Returns the process exit code.
int runGui(int& argc, char** argv);
