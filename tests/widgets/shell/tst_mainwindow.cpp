// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "sidecarfixture.h"
#include "testpaths.h"
#include "widgets/canvas/diagramwidget.h"
#include "widgets/canvas/tablecardmodel.h"
#include "widgets/schema/detailspane.h"
#include "widgets/schema/schemabrowser.h"
#include "widgets/schema/schemaoverview.h"
#include "widgets/schema/schematreemodel.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/recentfiles.h"
#include "widgets/shell/welcomepage.h"
#include "widgets/sql/sqlview.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

using godwit::widgets::MainWindow;
using godwit::widgets::SchemaTreeModel;

namespace {

// A window as a test wants it: no modal dialogs, a fixed size for comparable screenshots.
struct TestWindow {
    TestWindow()
    {
        window.setDialogsEnabled(false);
        window.setExampleScriptPath(godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql"));
        window.resize(1360, 840);
        window.show();
    }
    MainWindow window;
};

QString writeFile(const QString& name, const QByteArray& content)
{
    const QString path = godwit::test::scratchDir() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents(); // pending layout requests, so the grab shows what a user sees
    const QString path = godwit::test::screenshotPath(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void welcomeState();
    void openDatabase_data();
    void openDatabase();
    void openExample();
    void selectionFlows();
    void badInput_data();
    void badInput();
    void badInputKeepsOpenSchema();
    void newerRequestWins();
    void dropOpensFile();
    void reloadKeepsSelection();
    void closeReturnsToWelcome();
    void recentFilesAreKept();
    void originalIsNeverWritten();
    void followsDarkPalette();
};

void TestMainWindow::initTestCase()
{
    // Keep the user's real settings (recent files, geometry) out of the tests.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GodwitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QDir::addSearchPath(
        QStringLiteral("icons"), QDir(godwit::test::sampleDir()).absoluteFilePath(QStringLiteral("../../icons")));
    QVERIFY(QFile::exists(QStringLiteral("icons:table.svg")));
    QVERIFY(!godwit::test::datasetDatabase(godwit::test::Dataset::Chinook).isEmpty());
    QVERIFY(!godwit::test::ordersV1Database().isEmpty());
}

void TestMainWindow::init() { QSettings().clear(); }

void TestMainWindow::welcomeState()
{
    TestWindow t;
    QCOMPARE(t.window.windowTitle(), QStringLiteral("Godwit"));
    QCOMPARE(t.window.centralStack()->currentWidget(), t.window.welcomePage());
    QVERIFY(!t.window.hasSchema());
    QCOMPARE(t.window.statusText(), QStringLiteral("Open a database or an SQL script to begin."));
    QCOMPARE(t.window.schemaBrowser()->model()->rowCount(), 0);
    QVERIFY(!t.window.schemaBrowser()->filterEdit()->isEnabled());
    saveScreenshot(&t.window, QStringLiteral("mainwindow-welcome.png"));
}

void TestMainWindow::openDatabase_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("tables");
    QTest::addColumn<QString>("tablesText");
    QTest::addColumn<QString>("screenshot");
    QTest::addRow("orders sample") << godwit::test::ordersV1Database() << 3 << QStringLiteral("3 tables")
                                   << QStringLiteral("mainwindow-orders.png");
    QTest::addRow("chinook") << godwit::test::datasetDatabase(godwit::test::Dataset::Chinook) << 11
                             << QStringLiteral("11 tables") << QStringLiteral("mainwindow-chinook.png");
    QTest::addRow("northwind") << godwit::test::datasetDatabase(godwit::test::Dataset::Northwind) << 13
                               << QStringLiteral("13 tables") << QStringLiteral("mainwindow-northwind.png");
}

void TestMainWindow::openDatabase()
{
    QFETCH(QString, path);
    QFETCH(int, tables);
    QFETCH(QString, tablesText);
    QFETCH(QString, screenshot);

    TestWindow t;
    QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
    QSignalSpy errors(&t.window, &MainWindow::errorReported);
    t.window.openFile(path);
    QVERIFY(t.window.isLoading());
    QVERIFY(t.window.statusText().startsWith(QStringLiteral("Opening ")));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(loaded.first().first().toString(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!t.window.isLoading());

    const QString name = QFileInfo(path).fileName();
    QCOMPARE(t.window.windowTitle(), QStringLiteral("%1 — Godwit").arg(name));
    // A loaded schema opens on its diagram; the overview is one click away.
    QCOMPARE(t.window.centralStack()->currentWidget(), t.window.diagramWidget());
    SchemaTreeModel* model = t.window.schemaBrowser()->model();
    QCOMPARE(model->rowCount(model->index(0, 0)), tables);
    QCOMPARE(t.window.schemaOverview()->model()->rowCount(), tables + int(t.window.schema().views.size()));

    const QString status = t.window.statusText();
    QVERIFY2(status.startsWith(name + QStringLiteral(" | ")), qPrintable(status));
    QVERIFY2(status.contains(tablesText), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Page size 4 kB")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Journal: delete")), qPrintable(status));
    QVERIFY2(
        status.contains(QStringLiteral(" kB | ")) || status.contains(QStringLiteral(" MB | ")), qPrintable(status));
    QCOMPARE(t.window.databaseInfo().pageSize, 4096);

    // Show one table's details so the screenshot has all three areas filled.
    const QString firstTable = t.window.schema().tables.last().name;
    QVERIFY(t.window.schemaBrowser()->selectTable(firstTable));
    QCOMPARE(t.window.detailsPane()->title(), firstTable);
    saveScreenshot(&t.window, screenshot);
}

void TestMainWindow::openExample()
{
    TestWindow t;
    QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
    t.window.welcomePage()->openExampleButton()->click();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(t.window.windowTitle(), QStringLiteral("Orders example — Godwit"));
    const QStringList tables { QStringLiteral("order_items"), QStringLiteral("orders"), QStringLiteral("payments") };
    QStringList names;
    for (const auto& table : t.window.schema().tables)
        names.append(table.name);
    QCOMPARE(names, tables);
    const QString status = t.window.statusText();
    QVERIFY2(status.contains(QStringLiteral("SQL script")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("3 tables")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("Journal")), qPrintable(status));
    // The example is not a file of the user's: it stays out of the recent list.
    QVERIFY(t.window.recentFiles()->files().isEmpty());
    QVERIFY(t.window.schemaOverview()->summaryText().contains(QStringLiteral("3 tables")));
    QVERIFY(t.window.schemaOverview()->summaryText().contains(QStringLiteral("2 foreign keys")));

    // The cards flow: with room for two, the second card sits beside the first.
    t.window.centralStack()->setCurrentWidget(t.window.schemaOverview());
    QListView* cards = t.window.schemaOverview()->cardView();
    QCoreApplication::processEvents();
    const QRect first = cards->visualRect(t.window.schemaOverview()->model()->index(0));
    const QRect second = cards->visualRect(t.window.schemaOverview()->model()->index(1));
    QVERIFY(cards->viewport()->width() >= 2 * first.width());
    QCOMPARE(second.top(), first.top());
    QVERIFY(second.left() >= first.right());
    saveScreenshot(&t.window, QStringLiteral("mainwindow-example.png"));
}

void TestMainWindow::selectionFlows()
{
    TestWindow t;
    QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
    t.window.openFile(godwit::test::datasetDatabase(godwit::test::Dataset::Chinook));
    QVERIFY(loaded.wait(20000));

    // Browser → details: a column shows its properties and the table's DDL.
    godwit::widgets::SchemaBrowser* browser = t.window.schemaBrowser();
    SchemaTreeModel::ObjectRef column { SchemaTreeModel::Kind::Column, QStringLiteral("Track"),
        QStringLiteral("Milliseconds"), 6 };
    QVERIFY(browser->selectObject(column));
    QCOMPARE(browser->currentObject(), column);
    godwit::widgets::DetailsPane* details = t.window.detailsPane();
    QCOMPARE(details->title(), QStringLiteral("Milliseconds"));
    const auto properties = details->properties();
    QVERIFY(properties.contains(qMakePair(QStringLiteral("Declared type"), QStringLiteral("INTEGER"))));
    QVERIFY(properties.contains(qMakePair(QStringLiteral("Not null"), QStringLiteral("Yes"))));
    QVERIFY(properties.contains(qMakePair(QStringLiteral("Affinity"), QStringLiteral("INTEGER"))));
    // The overview follows the browser.
    QListView* cards = t.window.schemaOverview()->cardView();
    QCOMPARE(cards->currentIndex().data().toString(), QStringLiteral("Track"));
    saveScreenshot(&t.window, QStringLiteral("mainwindow-column.png"));

    // Card → browser: clicking a card selects its table.
    const int row = t.window.schemaOverview()->model()->rowOf(u"Album");
    QVERIFY(row >= 0);
    const QRect rect = cards->visualRect(t.window.schemaOverview()->model()->index(row));
    QTest::mouseClick(cards->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(browser->currentObject().kind, SchemaTreeModel::Kind::Table);
    QCOMPARE(browser->currentObject().table, QStringLiteral("Album"));
    QCOMPARE(details->title(), QStringLiteral("Album"));

    // The filter hides what does not match but keeps the parents of what does.
    browser->setFilterText(QStringLiteral("MediaTypeId"));
    QSortFilterProxyModel* proxy = browser->proxyModel();
    const QModelIndex tablesGroup = proxy->index(0, 0);
    QCOMPARE(proxy->rowCount(tablesGroup), 2); // MediaType and Track
    // Selecting a filtered-out object clears the filter rather than failing.
    QVERIFY(browser->selectTable(QStringLiteral("Artist")));
    QVERIFY(browser->filterEdit()->text().isEmpty());
    QCOMPARE(browser->currentObject().table, QStringLiteral("Artist"));
}

void TestMainWindow::badInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // parts of the reported message

    QTest::addRow("text file") << writeFile(QStringLiteral("notes.txt"), "just some notes\nnot a database\n")
                               << QStringLiteral("Godwit could not open “notes.txt”. It is not a SQLite database.");
    QTest::addRow("empty file") << writeFile(QStringLiteral("empty.db"), {}) << QStringLiteral("file is empty");
    QTest::addRow("missing file") << godwit::test::scratchDir() + QStringLiteral("/missing.db")
                                  << QStringLiteral("The file does not exist.");
    QTest::addRow("broken script") << writeFile(
        QStringLiteral("broken.sql"), "CREATE TABLE a (x);\nCREATE TABLE b (;\n")
                                   << QStringLiteral("broken.sql:2:");
    // The dialog shows the same one line as the command line.
    QTest::addRow("NUL byte in a script")
        << writeFile(QStringLiteral("nul.sql"), QByteArray("CREATE TABLE a(x);\nCREATE TABLE b(\0y);\n", 39))
        << QStringLiteral("nul.sql:2:16: NUL byte");
    QTest::addRow("unterminated string") << writeFile(
        QStringLiteral("runaway.sql"), "CREATE TABLE a(x DEFAULT 'abc\n" + QByteArray("more\n").repeated(40))
                                         << QStringLiteral("runaway.sql:1:26: unrecognized token: \"'abc\\nmore\\n");
    const QString hot = godwit::test::scratchDir() + QStringLiteral("/hot.db");
    QTest::addRow("hot journal") << (godwit::test::makeHotJournalDatabase(godwit::test::ordersV1Database(), hot)
            ? hot
            : QString()) << QStringLiteral("the database has a hot journal from an interrupted write (hot.db-journal)");
}

void TestMainWindow::badInput()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QVERIFY(!path.isEmpty());

    TestWindow t;
    QSignalSpy errors(&t.window, &MainWindow::errorReported);
    QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
    t.window.openFile(path);
    QVERIFY(errors.wait(10000));
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!t.window.isLoading());
    QVERIFY(!t.window.hasSchema());
    QCOMPARE(t.window.windowTitle(), QStringLiteral("Godwit"));
    QCOMPARE(t.window.centralStack()->currentWidget(), t.window.welcomePage());
    QVERIFY(t.window.recentFiles()->files().isEmpty());
}

void TestMainWindow::badInputKeepsOpenSchema()
{
    TestWindow t;
    QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
    QSignalSpy errors(&t.window, &MainWindow::errorReported);
    t.window.openFile(godwit::test::ordersV1Database());
    QVERIFY(loaded.wait(10000));
    t.window.openFile(writeFile(QStringLiteral("bad.db"), QByteArray(8192, 'x')));
    QVERIFY(errors.wait(10000));
    // What was open stays open; a failed open changes nothing.
    QVERIFY(t.window.hasSchema());
    QCOMPARE(t.window.schema().tables.size(), 3);
    QCOMPARE(t.window.windowTitle(),
        QStringLiteral("%1 — Godwit").arg(QFileInfo(godwit::test::ordersV1Database()).fileName()));
    QVERIFY(t.window.statusText().contains(QStringLiteral("3 tables")));
}

void TestMainWindow::newerRequestWins()
{
    TestWindow t;
    QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
    t.window.openFile(godwit::test::datasetDatabase(godwit::test::Dataset::Northwind));
    t.window.openFile(godwit::test::ordersV1Database());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toString(), QFileInfo(godwit::test::ordersV1Database()).absoluteFilePath());
    QCOMPARE(t.window.schema().tables.size(), 3);
}

void TestMainWindow::dropOpensFile()
{
    TestWindow t;
    QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
    const QString path = godwit::test::ordersV1Database();
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&t.window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&t.window, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(t.window.currentFile(), QFileInfo(path).absoluteFilePath());

    // Text and folders are not offered as files.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent enterText(QPoint(100, 100), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    enterText.setAccepted(false);
    QCoreApplication::sendEvent(&t.window, &enterText);
    QVERIFY(!enterText.isAccepted());
}

void TestMainWindow::reloadKeepsSelection()
{
    TestWindow t;
    QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
    t.window.openFile(godwit::test::ordersV1Database());
    QVERIFY(loaded.wait(10000));
    const SchemaTreeModel::ObjectRef index { SchemaTreeModel::Kind::Index, QStringLiteral("payments"),
        QStringLiteral("payments_provider_ref"), 1 };
    QVERIFY(t.window.schemaBrowser()->selectObject(index));
    const SchemaTreeModel::ObjectRef selected = t.window.schemaBrowser()->currentObject();
    t.window.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(t.window.schemaBrowser()->currentObject(), selected);
    QCOMPARE(t.window.detailsPane()->title(), QStringLiteral("payments_provider_ref"));
}

void TestMainWindow::closeReturnsToWelcome()
{
    TestWindow t;
    QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
    t.window.openFile(godwit::test::ordersV1Database());
    QVERIFY(loaded.wait(10000));
    t.window.closeFile();
    QVERIFY(!t.window.hasSchema());
    QCOMPARE(t.window.windowTitle(), QStringLiteral("Godwit"));
    QCOMPARE(t.window.centralStack()->currentWidget(), t.window.welcomePage());
    QCOMPARE(t.window.schemaBrowser()->model()->rowCount(), 0);
    QCOMPARE(t.window.detailsPane()->title(), QString());
    QCOMPARE(t.window.statusText(), QStringLiteral("Open a database or an SQL script to begin."));
}

void TestMainWindow::recentFilesAreKept()
{
    const QString orders = QFileInfo(godwit::test::ordersV1Database()).absoluteFilePath();
    const QString chinook = QFileInfo(godwit::test::datasetDatabase(godwit::test::Dataset::Chinook)).absoluteFilePath();
    {
        TestWindow t;
        QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
        t.window.openFile(orders);
        QVERIFY(loaded.wait(10000));
        t.window.openFile(chinook);
        QVERIFY(loaded.wait(20000));
        t.window.openFile(orders);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(t.window.recentFiles()->files(), (QStringList { orders, chinook }));
        QCOMPARE(t.window.welcomePage()->recentFiles(), (QStringList { orders, chinook }));
    }
    // A new window (a new session) starts with the same list.
    TestWindow t;
    QCOMPARE(t.window.recentFiles()->files(), (QStringList { orders, chinook }));
    QCOMPARE(t.window.welcomePage()->recentFiles(), (QStringList { orders, chinook }));
    saveScreenshot(&t.window, QStringLiteral("mainwindow-welcome-recent.png"));
    t.window.recentFiles()->clear();
    QVERIFY(t.window.welcomePage()->recentFiles().isEmpty());
}

void TestMainWindow::originalIsNeverWritten()
{
    const QString original = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
    // Work on a private copy so parallel tests reading the shared fixture cannot interfere.
    const QString path = godwit::test::scratchDir() + QStringLiteral("/chinook.db");
    QVERIFY(QFile::copy(original, path));
    const QByteArray hash = godwit::test::sha256(path);
    QVERIFY(!hash.isEmpty());
    const auto before = godwit::test::databaseFingerprint(path);
    {
        TestWindow t;
        QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
        t.window.openFile(path);
        QVERIFY(loaded.wait(20000));
        QVERIFY(t.window.schemaBrowser()->selectTable(QStringLiteral("Invoice")));
        t.window.reload();
        QVERIFY(loaded.wait(20000));
        t.window.closeFile();
    }
    QCOMPARE(godwit::test::sha256(path), hash);
    QCOMPARE(godwit::test::databaseFingerprint(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestMainWindow::followsDarkPalette()
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xdf, 0xe1, 0xe5));
    dark.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    dark.setColor(QPalette::Link, QColor(0x6f, 0xa8, 0xff));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ToolTipText, QColor(0xdf, 0xe1, 0xe5));
    dark.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    dark.setColor(QPalette::Midlight, QColor(0x3b, 0x3d, 0x41));
    dark.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    dark.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    dark.setColor(QPalette::Shadow, Qt::black);
    QApplication::setPalette(dark);
    {
        TestWindow t;
        QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
        t.window.openFile(godwit::test::datasetDatabase(godwit::test::Dataset::Sakila));
        QVERIFY(loaded.wait(20000));
        QVERIFY(t.window.schemaBrowser()->selectObject(
            { SchemaTreeModel::Kind::Column, QStringLiteral("film"), QStringLiteral("rating"), 10 }));
        QCOMPARE(t.window.detailsPane()->title(), QStringLiteral("rating"));
        // The DDL view paints on the palette's base colour, not a hard-coded white.
        QCOMPARE(t.window.detailsPane()->sqlView()->paper(), dark.color(QPalette::Base));
        saveScreenshot(&t.window, QStringLiteral("mainwindow-dark.png"));
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
