// SPDX-License-Identifier: GPL-3.0-or-later
// The data views in the main window: Data ▸ Browse Table on a 1,000,000-row table, the rows
// behind a pre-check opened from their SQL, the Queries dock's "Show the Rows" and a rehearsal
// incident's rows on its working copy, with screenshots at 1,366×768 for people to look at.
#include "data/sqlsession.h"
#include "datasets.h"
#include "filehash.h"
#include "sqlite/database.h"
#include "sqlite/rowset.h"
#include "sqlite/workingcopy.h"
#include "widgets/data/dataworkbench.h"
#include "widgets/data/resultsview.h"
#include "widgets/data/sqlconsole.h"
#include "widgets/data/tablebrowser.h"
#include "widgets/data/tablemodel.h"
#include "widgets/queries/querypanel.h"
#include "widgets/queries/queryworkbench.h"
#include "widgets/rehearsal/rehearsalview.h"
#include "widgets/rehearsal/rehearsalworkbench.h"
#include "widgets/schema/schemabrowser.h"
#include "widgets/shell/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using godwit::widgets::MainWindow;

namespace {

void saveScreenshot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QString path = QDir::current().absoluteFilePath(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

struct TestWindow {
    TestWindow()
    {
        window.setDialogsEnabled(false);
        window.resize(1366, 768);
        window.show();
    }
    MainWindow window;
};

} // namespace

class TestDataInMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void browseAMillionRows()
    {
        const QString path = godwit::test::scratchDir() + QStringLiteral("/million.db");
        {
            auto db = godwit::sqlite::Database::openWritable(path, true);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral(
                "PRAGMA journal_mode = OFF;\n"
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, amount REAL, status TEXT,\n"
                "    note TEXT, placed_at TEXT NOT NULL);\n"
                "CREATE INDEX orders_customer ON orders (customer);\n"
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)\n"
                "INSERT INTO orders SELECT i, 'customer ' || (i * 7919 % 50000), (i * 37 % 100000) / 100.0,\n"
                "    CASE i % 4 WHEN 0 THEN 'new' WHEN 1 THEN 'paid' WHEN 2 THEN 'shipped' END,\n"
                "    CASE WHEN i % 3 = 0 THEN NULL ELSE printf('note %d', i) END,\n"
                "    datetime(1700000000 + i * 60, 'unixepoch') FROM n;")));
        }
        const auto before = godwit::test::databaseFingerprint(path);
        TestWindow t;
        QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
        t.window.openFile(path);
        QVERIFY(loaded.wait(20000));
        auto* data = t.window.findChild<godwit::widgets::DataWorkbench*>();
        QVERIFY(data);
        // Data ▸ Browse Table, with the table selected in the schema tree.
        QVERIFY(t.window.menuBar()->findChild<QMenu*>() != nullptr);
        QVERIFY(t.window.schemaBrowser()->selectTable(QStringLiteral("orders")));
        QVERIFY(data->browseAction()->isEnabled());
        data->browseAction()->trigger();
        auto* browser = qobject_cast<godwit::widgets::TableBrowser*>(data->tabs()->currentWidget());
        QVERIFY(browser);
        QTRY_COMPARE_WITH_TIMEOUT(browser->model()->rowCount(), 1000000, 10000);
        t.window.resizeDocks({ data->dock() }, { 520 }, Qt::Vertical);
        browser->view()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(
            browser->model()->index(999999, 0).data(godwit::widgets::TableModel::IsLoadedRole).toBool(), 10000);
        QCOMPARE(browser->model()->index(999999, 0).data().toString(), QStringLiteral("1000000"));
        QTRY_VERIFY(browser->model()
                        ->index(browser->view()->rowAt(0), 0)
                        .data(godwit::widgets::TableModel::IsLoadedRole)
                        .toBool());
        saveScreenshot(&t.window, QStringLiteral("data-browse-1m.png"));
        QCOMPARE(godwit::test::databaseFingerprint(path), before);
    }

    // "Show the rows" of a pre-check: the query that finds them, editable, run in a grid, and
    // its rows are those a hand-written query returns.
    void preCheckRows()
    {
        const QString chinook = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
        const auto before = godwit::test::databaseFingerprint(chinook);
        TestWindow t;
        QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
        t.window.openFile(chinook);
        QVERIFY(loaded.wait(20000));
        godwit::widgets::SqlConsole* console = t.window.findChild<godwit::widgets::DataWorkbench*>()->showRows(
            QStringLiteral("GW101 NULLs in Customer.Company"),
            QStringLiteral("SELECT * FROM Customer WHERE Company IS NULL"));
        QSignalSpy ran(console, &godwit::widgets::SqlConsole::ran);
        QVERIFY(ran.wait(10000));
        auto db = godwit::sqlite::Database::openOriginal(chinook);
        QVERIFY(db);
        auto expected = godwit::sqlite::RowSet::read(
            *db, QStringLiteral("SELECT * FROM Customer WHERE Company IS NULL ORDER BY CustomerId"), 1000);
        QVERIFY(expected);
        QCOMPARE(console->results()->results().size(), 1);
        QCOMPARE(console->results()->results().front().rows.rows, expected->rows);
        t.window.resizeDocks({ t.window.findChild<godwit::widgets::DataWorkbench*>()->dock() }, { 480 }, Qt::Vertical);
        saveScreenshot(&t.window, QStringLiteral("data-precheck-rows.png"));

        // The Queries dock hands a query's SQL to the same grid.
        QSignalSpy requested(t.window.queries()->panel(), &godwit::widgets::QueryPanel::rowsRequested);
        Q_EMIT t.window.queries()->panel()->rowsRequested(
            QStringLiteral("rock tracks"), QStringLiteral("SELECT Name FROM Track WHERE GenreId = 1"));
        QVERIFY(ran.wait(10000));
        QCOMPARE(console->results()->results().front().rowCount, 1297);
        QCOMPARE(godwit::test::databaseFingerprint(chinook), before);
    }

    // A rehearsal incident's rows open on the rehearsal's working copy, through the same guarded,
    // read-only connection as the original: a DELETE typed there is refused and the copy is unchanged.
    void rehearsalIncidentRows()
    {
        const QString chinook = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
        const QString copy = godwit::test::scratchDir() + QStringLiteral("/rehearsal-copy.db");
        QVERIFY(godwit::sqlite::WorkingCopy::create(chinook, copy));
        const auto original = godwit::test::databaseFingerprint(chinook);
        const auto copied = godwit::test::databaseFingerprint(copy);
        TestWindow t;
        QSignalSpy loaded(&t.window, &MainWindow::schemaLoaded);
        t.window.openFile(chinook);
        QVERIFY(loaded.wait(20000));
        const QString sql = QStringLiteral("SELECT 'Customer' AS \"table\", CustomerId AS key, Company AS old_value "
                                           "FROM Customer WHERE Company IS NOT NULL ORDER BY 1, 2");
        Q_EMIT t.window.rehearsal()->view()->rowsRequested(QStringLiteral("drift in backfill"), sql, copy);
        auto* console = t.window.findChild<godwit::widgets::SqlConsole*>();
        QVERIFY(console);
        QSignalSpy ran(console, &godwit::widgets::SqlConsole::ran);
        QVERIFY(ran.wait(10000));
        QCOMPARE(console->session()->path(), copy);
        QCOMPARE(console->session()->target(), godwit::data::SqlSession::Target::Original);
        QCOMPARE(console->results()->results().front().rowCount, 10); // Chinook's customers with a company
        console->setSql(QStringLiteral("DELETE FROM Customer"));
        console->run();
        QVERIFY(ran.wait(10000));
        QVERIFY(console->results()->results().front().error.has_value());
        QCOMPARE(godwit::test::databaseFingerprint(copy), copied);
        QCOMPARE(godwit::test::databaseFingerprint(chinook), original);
    }
};

QTEST_MAIN(TestDataInMainWindow)
#include "tst_datainmainwindow.moc"
