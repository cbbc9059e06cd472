// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "command.h"
#include "diffcommand.h"
#include "inspectcommand.h"
#include "migratecommand.h"
#include "plancommand.h"
#include "queriescommand.h"
#include "samplecommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <vector>

namespace godwit::cli {

namespace {

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<InspectCommand>());
    list.push_back(std::make_unique<DiffCommand>());
    list.push_back(std::make_unique<PlanCommand>());
    list.push_back(std::make_unique<QueriesCommand>());
    list.push_back(std::make_unique<SampleCommand>());
    list.push_back(std::make_unique<MigrateCommand>());
    return list;
}

void printUsage(QTextStream& out)
{
    out << "Usage: godwit [FILE]                 open the Godwit window (on a database or .sql file)\n"
           "       godwit <command> [options] …  run a command without the window\n\n"
           "Commands:\n";
    for (const auto& command : commands())
        out << "  " << command->name().leftJustified(10) << command->summary() << '\n';
    out << "\nRun 'godwit <command> --help' for a command's options.\n"
           "Exit status: 0 ok, 1 differences or findings, 2 error.\n";
    out.flush();
}

} // namespace

bool isCommandLine(const QString& word)
{
    static const QStringList globalWords = { QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("help"),
        QStringLiteral("-v"), QStringLiteral("--version") };
    if (globalWords.contains(word))
        return true;
    for (const auto& command : commands()) {
        if (command->name() == word)
            return true;
    }
    return false;
}

int runCommandLine(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("godwit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GODWIT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = QCoreApplication::arguments();
    const QString word = arguments.value(1);
    if (word == QLatin1String("-v") || word == QLatin1String("--version")) {
        out << "godwit " << GODWIT_VERSION << Qt::endl;
        return ExitCode::Ok;
    }
    if (word == QLatin1String("-h") || word == QLatin1String("--help") || word == QLatin1String("help")) {
        printUsage(out);
        return ExitCode::Ok;
    }
    for (const auto& command : commands()) {
        if (command->name() == word) {
            arguments.removeAt(1);
            return command->run(arguments, out, err);
        }
    }
    printUsage(err);
    return reportError(err, QStringLiteral("unknown command '%1'").arg(word));
}

} // namespace godwit::cli
