// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "widgets/common/preferences.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/modecontroller.h"
#include "widgets/shell/projectcontroller.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

int runGui(int& argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Godwit"));
    QApplication::setApplicationName(QStringLiteral("Godwit"));
    QApplication::setApplicationDisplayName(QStringLiteral("Godwit"));
    QApplication::setApplicationVersion(QStringLiteral(GODWIT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("godwit"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/godwit.svg")));
    // Widgets find their icons as "icons:name.svg"; tests point this at the source tree.
    QDir::addSearchPath(QStringLiteral("icons"), QStringLiteral(":/icons"));

    // The language of Preferences, or the system's; the theme before the first window exists.
    const godwit::widgets::Preferences preferences = godwit::widgets::Preferences::load();
    godwit::widgets::installTranslations(preferences.language);
    godwit::widgets::applyTheme(preferences.theme);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A workbench for evolving SQLite schemas safely."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QApplication::translate(
            "main", "A SQLite database (opened read-only), an .sql script, or a .godwit project to open."),
        QStringLiteral("[FILE]"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
        QApplication::translate(
            "main", "The mode to show once FILE is open: schema, compare, plan, rehearse, queries or review."),
        QStringLiteral("MODE"));
    parser.addOption(modeOption);
    parser.process(app);
    std::optional<godwit::widgets::Mode> mode;
    if (parser.isSet(modeOption)) {
        mode = godwit::widgets::ModeController::modeFromKey(parser.value(modeOption));
        if (!mode) {
            std::fprintf(stderr, "godwit: unknown mode '%s' (schema, compare, plan, rehearse, queries or review)\n",
                qPrintable(parser.value(modeOption)));
            return 2;
        }
    }

    godwit::widgets::MainWindow window;
    window.show();
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty()) {
        // A project opens with its comparison; anything else is a schema to look at.
        if (files.first().endsWith(QLatin1String(".godwit")))
            window.projects()->openProject(files.first());
        else
            window.openFile(files.first());
    }
    if (mode)
        window.showModeWhenReady(*mode);
    return QApplication::exec();
}
