// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "testpaths.h"
#include "widgets/canvas/diagramactions.h"
#include "widgets/canvas/diagramscene.h"
#include "widgets/canvas/diagramview.h"
#include "widgets/canvas/diagramwidget.h"
#include "widgets/canvas/tableitem.h"
#include "widgets/diff/diffview.h"
#include "widgets/schema/schemabrowser.h"
#include "widgets/schema/schemaoverview.h"
#include "widgets/shell/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using godwit::widgets::DiagramWidget;
using godwit::widgets::DiffView;
using godwit::widgets::MainWindow;

namespace {

// The window as the diagram sees it: a file opened, laid out and shown.
struct DiagramWindow {
    DiagramWindow()
    {
        window.setDialogsEnabled(false);
        window.resize(1360, 840);
        window.show();
    }
    bool open(const QString& path)
    {
        QSignalSpy laidOut(window.diagramWidget(), &DiagramWidget::layoutFinished);
        window.openFile(path);
        return laidOut.wait(30000);
    }
    MainWindow window;
};

QString writeScript(const QString& name, const QByteArray& sql)
{
    const QString path = godwit::test::scratchDir() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sql) != sql.size())
        return {};
    return path;
}

} // namespace

// The diagram inside the main window: the default page, selection shared with the schema
// browser, the View menu's actions, and File ▸ Compare With….
class TestDiagramWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void diagramIsTheDefaultPage();
    void selectionGoesBothWays();
    void pageActions();
    void compareWith();
    void compareWithBrokenFile();
    void compareWithPendingMigrations();
};

void TestDiagramWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GodwitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_diagramwindow"));
    QDir::addSearchPath(
        QStringLiteral("icons"), QDir(godwit::test::sampleDir()).absoluteFilePath(QStringLiteral("../../icons")));
}

void TestDiagramWindow::diagramIsTheDefaultPage()
{
    DiagramWindow t;
    QVERIFY(t.open(godwit::test::datasetDatabase(godwit::test::Dataset::Chinook)));
    QCOMPARE(t.window.centralStack()->currentWidget(), t.window.diagramWidget());
    QCOMPARE(t.window.diagramWidget()->scene()->tableItems().size(), 11);
    QVERIFY(t.window.diagramActions()->showDiagram->isChecked());
    QVERIFY(t.window.grab().save(godwit::test::screenshotPath(QStringLiteral("diagramwindow-chinook.png"))));

    t.window.closeFile();
    QVERIFY(!t.window.diagramWidget()->hasDiagram());
    QVERIFY(!t.window.diagramActions()->showDiagram->isEnabled());
}

void TestDiagramWindow::selectionGoesBothWays()
{
    DiagramWindow t;
    QVERIFY(t.open(godwit::test::datasetDatabase(godwit::test::Dataset::Chinook)));
    auto* scene = t.window.diagramWidget()->scene();

    // Canvas -> browser (and so the details pane).
    scene->tableItem(QStringLiteral("Invoice"))->setSelected(true);
    QCOMPARE(t.window.schemaBrowser()->currentObject().table, QStringLiteral("Invoice"));

    // Browser -> canvas.
    QVERIFY(t.window.schemaBrowser()->selectTable(QStringLiteral("Genre")));
    QCOMPARE(scene->selectedTable(), QStringLiteral("Genre"));
    QCOMPARE(scene->selectedItems().size(), 1);
}

void TestDiagramWindow::pageActions()
{
    DiagramWindow t;
    const auto* actions = t.window.diagramActions();
    QVERIFY(!actions->compare->isEnabled()); // nothing open yet
    QVERIFY(t.open(godwit::test::ordersV1Database()));
    QVERIFY(actions->compare->isEnabled());
    QVERIFY(actions->relayout->isEnabled());
    QVERIFY(!actions->showComparison->isEnabled()); // no comparison yet

    actions->showOverview->trigger();
    QCOMPARE(t.window.centralStack()->currentWidget(), t.window.schemaOverview());
    QVERIFY(!actions->zoomIn->isEnabled()); // no canvas on the overview
    actions->showDiagram->trigger();
    QCOMPARE(t.window.centralStack()->currentWidget(), t.window.diagramWidget());

    const qreal zoom = t.window.diagramWidget()->view()->zoom();
    actions->zoomOut->trigger();
    QVERIFY(t.window.diagramWidget()->view()->zoom() < zoom);
    QSignalSpy laidOut(t.window.diagramWidget(), &DiagramWidget::layoutFinished);
    actions->relayout->trigger();
    QVERIFY(laidOut.wait(30000));
}

void TestDiagramWindow::compareWith()
{
    DiagramWindow t;
    QVERIFY(t.open(godwit::test::ordersV1Database()));
    QFile v1(godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql"));
    QFile v2(godwit::test::sampleDir() + QStringLiteral("/V2__add_shipping_eta.sql"));
    QVERIFY(v1.open(QIODevice::ReadOnly) && v2.open(QIODevice::ReadOnly));
    const QString after = writeScript(QStringLiteral("orders-v2.sql"), v1.readAll() + "\n" + v2.readAll());

    DiffView* diff = t.window.diffView();
    QSignalSpy ready(diff, &DiffView::comparisonReady);
    QSignalSpy laidOut(diff, &DiffView::layoutFinished);
    t.window.compareWith(after);
    QVERIFY(!t.window.diagramActions()->compare->isEnabled()); // one comparison at a time
    QVERIFY(ready.wait(30000));
    QCOMPARE(t.window.centralStack()->currentWidget(), diff);
    QVERIFY(t.window.diagramActions()->showComparison->isEnabled());
    QVERIFY(t.window.diagramActions()->showComparison->isChecked());
    QVERIFY(laidOut.size() == 1 || laidOut.wait(30000));
    QCOMPARE(diff->changeList()->topLevelItemCount(), 1);
    diff->selectChange(QStringLiteral("column:orders.shipping_eta"));
    QCOMPARE(diff->afterScene()->selectedTable(), QStringLiteral("orders"));
    QVERIFY(t.window.grab().save(godwit::test::screenshotPath(QStringLiteral("diagramwindow-compare.png"))));

    // Opening another file drops the comparison that belonged to the old one.
    QVERIFY(t.open(godwit::test::datasetDatabase(godwit::test::Dataset::Chinook)));
    QVERIFY(!diff->hasComparison());
    QVERIFY(!t.window.diagramActions()->showComparison->isEnabled());
}

void TestDiagramWindow::compareWithBrokenFile()
{
    DiagramWindow t;
    QVERIFY(t.open(godwit::test::ordersV1Database()));
    const QString broken = writeScript(QStringLiteral("broken.sql"), "CREATE TABEL x (id);\n");
    QSignalSpy errors(&t.window, &MainWindow::errorReported);
    t.window.compareWith(broken);
    QVERIFY(errors.wait(30000));
    QVERIFY(errors.front().front().toString().startsWith(QStringLiteral("Godwit could not read “broken.sql”.")));
    QCOMPARE(t.window.centralStack()->currentWidget(), t.window.diagramWidget());
    QVERIFY(t.window.diagramActions()->compare->isEnabled());
}

void TestDiagramWindow::compareWithPendingMigrations()
{
    DiagramWindow t;
    const QString database = godwit::test::ordersV1Database();
    const auto hashBefore = godwit::test::databaseFingerprint(database);
    QVERIFY(t.open(database));
    QVERIFY(t.window.diagramActions()->compareMigrations->isEnabled());

    // V2..V4 are pending on the V1 database: the estimated_delivery → shipping_eta swap.
    const QString folder = godwit::test::scratchDir() + QStringLiteral("/pending-migrations");
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    for (const QString& name : QDir(godwit::test::sampleDir()).entryList({ QStringLiteral("V*.sql") }))
        QVERIFY(QFile::copy(godwit::test::sampleDir() + QLatin1Char('/') + name, folder + QLatin1Char('/') + name));

    DiffView* diff = t.window.diffView();
    QSignalSpy ready(diff, &DiffView::comparisonReady);
    t.window.compareWithMigrations(folder);
    QVERIFY(!t.window.diagramActions()->compareMigrations->isEnabled()); // one comparison at a time
    QVERIFY(ready.wait(30000));
    QCOMPARE(t.window.centralStack()->currentWidget(), diff);
    QVERIFY(diff->changeList()->topLevelItemCount() >= 1);
    QStringList ids;
    for (const auto& change : diff->changeSet().changes)
        ids.append(change.id());
    QVERIFY2(ids.join(QLatin1Char(' ')).contains(QStringLiteral("orders")), qPrintable(ids.join(QLatin1Char(' '))));
    QCOMPARE(godwit::test::databaseFingerprint(database), hashBefore);

    // A script has no data to migrate: the action is off.
    const QString script
        = writeScript(QStringLiteral("orders-only.sql"), "CREATE TABLE orders (order_id INTEGER PRIMARY KEY);\n");
    QVERIFY(t.open(script));
    QVERIFY(!t.window.diagramActions()->compareMigrations->isEnabled());
}

QTEST_MAIN(TestDiagramWindow)
#include "tst_diagramwindow.moc"
