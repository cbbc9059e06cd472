// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "command.h"
#include "diffcommand.h"
#include "inspectcommand.h"
#include "lintcommand.h"
#include "migratecommand.h"
#include "plancommand.h"
#include "projectcommand.h"
#include "queriescommand.h"
#include "rehearsecommand.h"
#include "rendercommand.h"
#include "reviewcommand.h"
#include "samplecommand.h"
#include "widgets/common/preferences.h"

#include <cerrno>
#include <cstdio>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTextStream>

namespace godwit::cli {

namespace {

    std::vector<std::unique_ptr<Command>> commands()
    {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<InspectCommand>());
        list.push_back(std::make_unique<DiffCommand>());
        list.push_back(std::make_unique<PlanCommand>());
        list.push_back(std::make_unique<QueriesCommand>());
        list.push_back(std::make_unique<LintCommand>());
        list.push_back(std::make_unique<SampleCommand>());
        list.push_back(std::make_unique<RenderCommand>());
        list.push_back(std::make_unique<MigrateCommand>());
        list.push_back(std::make_unique<RehearseCommand>());
        list.push_back(std::make_unique<ReviewCommand>());
        list.push_back(std::make_unique<ProjectCommand>());
        return list;
    }

    const QString kVerbose = QStringLiteral("--verbose");

    // Takes the global --verbose out of the arguments (before a "--", after which words are the
    // command's); true when there was one.
    bool takeVerbose(QStringList& arguments)
    {
        bool verbose = false;
        for (qsizetype i = 1; i < arguments.size() && arguments.at(i) != QLatin1String("--");) {
            if (arguments.at(i) == kVerbose) {
                arguments.removeAt(i);
                verbose = true;
            } else {
                ++i;
            }
        }
        return verbose;
    }

    void printUsage(QTextStream& out)
    {
        out << "Usage: godwit [FILE]                 open the Godwit window (on a database or .sql file)\n"
               "       godwit <command> [options] …  run a command without the window\n"
               "       godwit --verbose <command> …  the same, with Godwit's log messages on stderr\n\n"
               "Commands:\n";
        for (const auto& command : commands())
            out << "  " << command->name().leftJustified(10) << command->summary() << '\n';
        out << "\nRun 'godwit <command> --help' for a command's options.\n"
               "Exit status: 0 ok, 1 differences or findings, 2 error.\n";
        out.flush();
    }

} // namespace

bool isCommandLine(const QStringList& arguments)
{
    QString word;
    for (const QString& a : arguments) {
        if (a != kVerbose) {
            word = a;
            break;
        }
    }
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
    // Drawing needs a GUI application; a command never opens a window, so it draws offscreen
    // unless the caller chose a platform.
    int first = 1;
    while (first < argc && QString::fromLocal8Bit(argv[first]) == kVerbose)
        ++first;
    const bool gui = first < argc && RenderCommand::needsGuiApplication(QString::fromLocal8Bit(argv[first]));
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (gui && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt would pick this folder itself, with a warning that breaks the one-line error rule.
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        if (mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
    const std::unique_ptr<QCoreApplication> app = gui
        ? std::unique_ptr<QCoreApplication>(std::make_unique<QApplication>(argc, argv))
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("godwit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GODWIT_VERSION));
    // Plans, warnings and lint texts in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG);
    // errors stay English, one stable line.
    widgets::installTranslations(QString());
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = QCoreApplication::arguments();
    // Log lines on stderr would break the one-line error rule; the user's QT_LOGGING_RULES wins.
    if (takeVerbose(arguments))
        QLoggingCategory::setFilterRules(QStringLiteral("godwit.*=true\ngodwit.*.debug=false"));
    else if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("godwit.*=false"));
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
