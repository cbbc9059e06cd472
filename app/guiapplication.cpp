// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "widgets/common/preferences.h"
#include "widgets/shell/mainwindow.h"

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
        QApplication::translate("main", "A SQLite database (opened read-only) or an .sql script to open."),
        QStringLiteral("[FILE]"));
    parser.process(app);

    godwit::widgets::MainWindow window;
    window.show();
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        window.openFile(files.first());
    return QApplication::exec();
}
