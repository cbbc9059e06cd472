// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "guiapplication.h"

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

int main(int argc, char** argv)
{
    // Godwit's debug logging is opt-in (QT_LOGGING_RULES="godwit.*.debug=true"); the environment overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("godwit.*.debug=false"));
    // A subcommand (or --help/--version) runs headless; anything else opens the window.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (godwit::cli::isCommandLine(arguments))
        return godwit::cli::runCommandLine(argc, argv);
    return runGui(argc, argv);
}
