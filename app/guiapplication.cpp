// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("godwit"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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
