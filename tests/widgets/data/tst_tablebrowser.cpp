// SPDX-License-Identifier: GPL-3.0-or-later
// The table browser and the SQL console: the lazy grid model under QAbstractItemModelTester,
// NULL / BLOB / long text as the grid shows them, sorting and filtering through the pager, the
// Browse action on the schema tree, and the console refusing writes on the original.
#include "data/tablepager.h"
#include "datasets.h"
#include "filehash.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"
#include "widgets/data/dataworkbench.h"
#include "widgets/data/resultsview.h"
#include "widgets/data/sqlconsole.h"
#include "widgets/data/tablebrowser.h"
#include "widgets/data/tablemodel.h"
#include "widgets/schema/schemabrowser.h"
#include "widgets/sql/sqleditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using godwit::data::TablePager;
using godwit::widgets::TableModel;

namespace {

const int kRows = 10000;

QString buildDatabase()
{
    const QString path = godwit::test::scratchDir() + QStringLiteral("/browse.db");
    auto db = godwit::sqlite::Database::openWritable(path, true);
    if (!db
        || !db->exec(QStringLiteral(
            "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, price REAL, photo BLOB, notes TEXT);\n"
            "CREATE INDEX item_name ON item(name);\n"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)\n"
            "INSERT INTO item SELECT i, CASE WHEN i % 10 = 0 THEN NULL ELSE 'item ' || i END, i / 4.0,\n"
            "    CASE WHEN i = 2 THEN x'89504E470D0A1A0A0000000D49484452' END,\n"
            "    CASE WHEN i = 3 THEN replace(hex(zeroblob(500)), '00', 'x') END FROM n;")
                         .arg(kRows)))
        return {};
    return path;
}

bool waitLoaded(const TableModel& model, int row)
{
    (void)model.index(row, 0).data(); // asks for the page
    return QTest::qWaitFor([&] { return model.index(row, 0).data(TableModel::IsLoadedRole).toBool(); }, 5000);
}

} // namespace

class TestTableBrowser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_path = buildDatabase();
        QVERIFY(!m_path.isEmpty());
    }

    void modelUnderTester()
    {
        TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy queried(&model, &TableModel::queried);
        model.open(m_path, QStringLiteral("item"));
        QVERIFY(queried.wait());
        QCOMPARE(model.rowCount(), kRows);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("name"));
        // Not there yet: a placeholder, then the page.
        QVERIFY(waitLoaded(model, 0));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("item 1"));
        QCOMPARE(model.index(9, 1).data().toString(), QStringLiteral("NULL"));
        QVERIFY(model.index(9, 1).data(TableModel::IsNullRole).toBool());
        QVERIFY(model.index(9, 1).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!model.index(0, 1).data(TableModel::IsNullRole).toBool());
        QVERIFY(model.index(1, 3).data().toString().startsWith(QStringLiteral("BLOB ")));
        QVERIFY2(model.index(1, 3).data().toString().endsWith(QStringLiteral("89 50 4E 47 0D 0A 1A 0A …")),
            qPrintable(model.index(1, 3).data().toString()));
        QCOMPARE(model.index(2, 4).data().toString().size(), 201); // 200 characters and an ellipsis
        QCOMPARE(model.index(2, 4).data(TableModel::ValueRole).toString().size(), 500);

        // The last row, straight away: the pager reads the last page backward, no walk.
        QVERIFY(waitLoaded(model, kRows - 1));
        QCOMPARE(model.index(kRows - 1, 0).data().toString(), QString::number(kRows));
        // A page in the middle.
        QVERIFY(waitLoaded(model, 5000));
        QCOMPARE(model.index(5000, 0).data().toString(), QStringLiteral("5001"));

        model.sort(1, Qt::DescendingOrder);
        QVERIFY(queried.wait());
        QVERIFY(model.orderUsesIndex());
        QVERIFY(waitLoaded(model, 0));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("item 9999")); // text order
        QVERIFY(waitLoaded(model, kRows - 1));
        QVERIFY(model.index(kRows - 1, 1).data(TableModel::IsNullRole).toBool()); // NULLs last, descending

        model.sort(2);
        QVERIFY(queried.wait());
        QVERIFY(!model.orderUsesIndex()); // price has no index: SQLite sorts

        model.setFilter(1, QStringLiteral("NULL"));
        QVERIFY(queried.wait());
        QCOMPARE(model.rowCount(), kRows / 10);
        model.setFilter(1, QString());
        model.setFilter(0, QStringLiteral("<=25"));
        QVERIFY(queried.wait());
        QCOMPARE(model.rowCount(), 25);
    }

    // The pages the model keeps stay bounded, however far it scrolls.
    void memoryStaysFlat()
    {
        TableModel model;
        QSignalSpy queried(&model, &TableModel::queried);
        model.open(m_path, QStringLiteral("item"));
        QVERIFY(queried.wait());
        for (int row = 0; row < kRows; row += int(TablePager::PageSize))
            QVERIFY(waitLoaded(model, row));
        int loaded = 0;
        for (int row = 0; row < kRows; row += int(TablePager::PageSize))
            loaded += model.index(row, 0).data(TableModel::IsLoadedRole).toBool() ? 1 : 0;
        QVERIFY(loaded <= TableModel::MaxPages);
        QVERIFY(loaded > 0);
    }

    void browserStatusFiltersAndViewer()
    {
        const auto before = godwit::test::databaseFingerprint(m_path);
        godwit::widgets::TableBrowser browser;
        browser.resize(900, 500);
        browser.show();
        QSignalSpy queried(browser.model(), &TableModel::queried);
        browser.open(m_path, QStringLiteral("item"));
        QVERIFY(queried.wait());
        QCOMPARE(browser.filterEdits().size(), 5);
        QVERIFY2(browser.statusLabel()->text().contains(QStringLiteral("10,000"))
                || browser.statusLabel()->text().contains(QStringLiteral("10000")),
            qPrintable(browser.statusLabel()->text()));
        // Sorting by price scans, and the status says so.
        browser.model()->sort(2);
        QVERIFY(queried.wait());
        QVERIFY2(browser.statusLabel()->text().contains(QStringLiteral("no index")),
            qPrintable(browser.statusLabel()->text()));
        // A filter typed in a column's box.
        browser.filterEdits().at(1)->setText(QStringLiteral("item 77"));
        QVERIFY(queried.wait());
        QCOMPARE(browser.model()->rowCount(), 100); // 77, 771-779, and 7701-7799 but for the NULL tens
        // The viewer shows the whole BLOB as a hex dump.
        browser.filterEdits().at(1)->clear();
        QVERIFY(queried.wait());
        browser.model()->sort(-1);
        QVERIFY(queried.wait());
        QVERIFY(waitLoaded(*browser.model(), 1));
        QWidget* viewer = browser.showCell(browser.model()->index(1, 3));
        auto* text = viewer->findChild<QPlainTextEdit*>();
        QVERIFY(text);
        QVERIFY2(
            text->toPlainText().startsWith(QStringLiteral("00000000  89 50 4e 47")), qPrintable(text->toPlainText()));
        viewer->close();
        QCOMPARE(godwit::test::databaseFingerprint(m_path), before);
    }

    void browseActionOnTheSchemaTree()
    {
        QMainWindow window;
        auto* menu = new QMenu(&window);
        auto* schemaBrowser = new godwit::widgets::SchemaBrowser(&window);
        auto schema = godwit::schema::SchemaReader::readFile(m_path);
        QVERIFY(schema);
        schemaBrowser->setSchema(*schema);
        godwit::widgets::DataWorkbench workbench(&window, menu, schemaBrowser, [this] { return m_path; });
        QVERIFY(menu->actions().contains(workbench.browseAction()));
        QVERIFY(schemaBrowser->treeView()->actions().contains(workbench.browseAction()));
        QVERIFY(schemaBrowser->selectTable(QStringLiteral("item")));
        QVERIFY(workbench.browseAction()->isEnabled());
        workbench.browseAction()->trigger();
        QCOMPARE(workbench.tabs()->count(), 1);
        QCOMPARE(workbench.tabs()->tabText(0), QStringLiteral("item"));
        auto* browser = qobject_cast<godwit::widgets::TableBrowser*>(workbench.tabs()->widget(0));
        QVERIFY(browser);
        QTRY_COMPARE(browser->model()->rowCount(), kRows);
        // Browsing it again brings the same tab forward.
        workbench.browseAction()->trigger();
        QCOMPARE(workbench.tabs()->count(), 1);
        // "Open in SQL Editor" hands the browse's SELECT to the console, which runs it.
        QSignalSpy requested(browser, &godwit::widgets::TableBrowser::sqlRequested);
        browser->findChild<QPushButton*>(QStringLiteral("openSqlButton"))->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(workbench.tabs()->count(), 2);
        godwit::widgets::SqlConsole* console = workbench.console();
        QCOMPARE(console->editor()->text(), QStringLiteral("SELECT * FROM \"item\" ORDER BY rowid"));
        QTRY_COMPARE(console->results()->results().size(), 1);
        QCOMPARE(console->results()->results().front().rowCount, kRows);
    }

    void consoleRefusesWritesOnTheOriginal_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::addRow("DELETE") << "DELETE FROM item;"
                                << "DELETE would change the database";
        QTest::addRow("ATTACH") << "ATTACH 'other.db' AS o;"
                                << "ATTACH is not allowed";
        QTest::addRow("VACUUM INTO") << "VACUUM INTO 'copy.db';"
                                     << "VACUUM INTO is not allowed";
    }

    void consoleRefusesWritesOnTheOriginal()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const auto before = godwit::test::databaseFingerprint(m_path);
        godwit::widgets::SqlConsole console;
        QSignalSpy ran(&console, &godwit::widgets::SqlConsole::ran);
        console.setDatabase(m_path);
        console.setSql(QStringLiteral("SELECT count(*) FROM item;\n") + sql);
        console.run();
        QVERIFY(ran.wait());
        const auto& results = console.results()->results();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.front().rows.rows.front().front().toLongLong(), kRows);
        QVERIFY(results.back().error);
        QVERIFY2(results.back().error->message.contains(message), qPrintable(results.back().error->message));
        QCOMPARE(results.back().error->line, 2);
        // The error's tab is the one in front, with its line and column.
        QCOMPARE(console.results()->tabs()->currentIndex(), 1);
        QCOMPARE(godwit::test::databaseFingerprint(m_path), before);
    }

    void copyFormats()
    {
        godwit::widgets::SqlConsole console;
        QSignalSpy ran(&console, &godwit::widgets::SqlConsole::ran);
        console.setDatabase(m_path);
        console.setSql(QStringLiteral("SELECT id, name FROM item WHERE id IN (9, 10) ORDER BY id;"));
        console.run();
        QVERIFY(ran.wait());
        QCOMPARE(console.results()->copyText(0), QStringLiteral("id\tname\n9\titem 9\n10\t\n"));
        QCOMPARE(console.results()->copyText(1), QStringLiteral("id,name\n9,item 9\n10,\n"));
        QCOMPARE(console.results()->copyText(2),
            QStringLiteral("| id | name |\n|---|---|\n| 9 | item 9 |\n| 10 | NULL |\n"));
    }

private:
    QString m_path;
};

QTEST_MAIN(TestTableBrowser)
#include "tst_tablebrowser.moc"
