// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "queries/queryreport.h"
#include "queryfixture.h"
#include "resultmessage.h"
#include "sample/ordersgenerator.h"
#include "testpaths.h"
#include "widgets/canvas/diagramwidget.h"
#include "widgets/diff/diffview.h"
#include "widgets/plan/decisionwizard.h"
#include "widgets/queries/querydialog.h"
#include "widgets/queries/querylistmodel.h"
#include "widgets/queries/querypanel.h"
#include "widgets/queries/queryplanview.h"
#include "widgets/queries/queryworkbench.h"
#include "widgets/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using godwit::queries::QueryStatus;
using godwit::widgets::QueryListModel;
using godwit::widgets::QueryPanel;
using godwit::widgets::QueryPlanView;

using godwit::test::readSample;
using godwit::test::writeScratch;

namespace {

QStringList statuses(const QueryListModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, QueryListModel::Status).data().toString();
    return out;
}

QStringList topLevelTexts(const QTreeWidget* tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(0);
    return out;
}

QList<bool> topLevelDiffering(const QTreeWidget* tree)
{
    QList<bool> out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->data(0, QueryPlanView::DifferingRole).toBool();
    return out;
}

// Waits for the panel's next report; false after a timeout.
bool nextReport(QueryPanel* panel, const std::function<void()>& action)
{
    QSignalSpy spy(panel, &QueryPanel::reportUpdated);
    action();
    return spy.wait(60000);
}

} // namespace

class TestQueryPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_db = godwit::test::scratchDir() + QStringLiteral("/orders.db");
        godwit::sample::OrdersGenerator::Options options;
        options.orders = 5000;
        QVERIFY(godwit::sample::OrdersGenerator::generate(m_db, options));
        m_fingerprint = godwit::test::databaseFingerprint(m_db);
        const QString v1 = readSample(QStringLiteral("V1__orders.sql"));
        QString dropped = v1;
        dropped.replace(
            QLatin1String("CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC);"), QString());
        m_dropped = writeScratch(QStringLiteral("dropped.sql"), dropped);
        m_renamed = writeScratch(QStringLiteral("renamed.sql"),
            v1 + QStringLiteral("\nALTER TABLE orders RENAME COLUMN created_at TO placed_at;\n"));
    }

    void cleanupTestCase() { QCOMPARE(godwit::test::databaseFingerprint(m_db), m_fingerprint); }

    void modelContract()
    {
        QueryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto list = godwit::queries::QueryList::ordersSample();
        QVERIFY(list);
        model.setQueries(*list);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), int(QueryListModel::ColumnCount));
        QCOMPARE(model.index(0, QueryListModel::Name).data().toString(), QStringLiteral("fetch order by id"));
        QCOMPARE(model.index(0, QueryListModel::Weight).data().toString(), QStringLiteral("1200/min"));
        QCOMPARE(model.index(5, QueryListModel::Kind).data().toString(), QStringLiteral("write"));
        QCOMPARE(model.index(0, QueryListModel::Status).data(QueryListModel::StatusRole).toInt(), -1);
        QCOMPARE(model.index(1, QueryListModel::Name).data(Qt::ToolTipRole).toString(), list->at(1).sql);
        godwit::queries::QueryReport report;
        for (const auto& q : *list) {
            godwit::queries::QueryResult r;
            r.query = q;
            r.comparison.status
                = q.name == QLatin1String("create order") ? QueryStatus::Broken : QueryStatus::Unchanged;
            report.queries << r;
        }
        model.setReport(report);
        QCOMPARE(model.index(6, QueryListModel::Status).data().toString(), QStringLiteral("Broken"));
        QCOMPARE(
            model.index(6, QueryListModel::Status).data(QueryListModel::StatusRole).toInt(), int(QueryStatus::Broken));
        QVERIFY(!model.index(6, QueryListModel::Status).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(0, QueryListModel::Before).data().toString(), QString());
        model.clearReport();
        QCOMPARE(model.index(6, QueryListModel::Status).data(QueryListModel::StatusRole).toInt(), -1);
    }

    // The dropped-index regression, as the panel shows it.
    void regressionBeforeAndAfter()
    {
        QueryPanel panel;
        panel.resize(1200, 500);
        panel.show();
        QVERIFY(nextReport(&panel, [&] {
            panel.setDatabase(m_db);
            panel.loadSampleQueries();
        }));
        QCOMPARE(statuses(panel.model()), QStringList(7, QStringLiteral("Unchanged")));
        QVERIFY(!panel.planView()->afterTree()->isVisibleTo(&panel));

        QVERIFY(nextReport(&panel, [&] { panel.setAfterSource(m_dropped); }));
        QStringList expected(7, QStringLiteral("Unchanged"));
        expected[1] = QStringLiteral("Regressed");
        QCOMPARE(statuses(panel.model()), expected);
        QVERIFY(panel.statusLabel()->text().startsWith(QLatin1String("7 queries: 6 unchanged, 1 regressed")));

        panel.selectQuery(1);
        const QueryPlanView* plans = panel.planView();
        QVERIFY(plans->afterTree()->isVisibleTo(&panel));
        QCOMPARE(topLevelTexts(plans->beforeTree()),
            QStringList { "SEARCH orders USING INDEX orders_customer_created (customer_id=?)" });
        QCOMPARE(topLevelTexts(plans->afterTree()), (QStringList { "SCAN orders", "USE TEMP B-TREE FOR ORDER BY" }));
        QCOMPARE(topLevelDiffering(plans->beforeTree()), QList<bool> { true });
        QCOMPARE(topLevelDiffering(plans->afterTree()), (QList<bool> { true, true }));
        QVERIFY(plans->summaryLabel()->text().contains(QLatin1String("search-to-scan (orders)")));
        QVERIFY(plans->summaryLabel()->text().contains(QLatin1String("Index advice: orders_customer_id_created_at")));

        QCoreApplication::processEvents();
        const QString shot = godwit::test::screenshotPath(QStringLiteral("querypanel-regression.png"));
        QVERIFY2(
            panel.grab().save(shot), qPrintable(shot)); // for reviewing the look, like tst_mainwindow's screenshots

        // Unchanged queries highlight nothing.
        panel.selectQuery(2);
        QCOMPARE(topLevelDiffering(plans->beforeTree()), QList<bool> { false });
        QCOMPARE(topLevelDiffering(plans->afterTree()), QList<bool> { false });

        // The advice, and "Add to Plan".
        QTreeWidget* advice = panel.adviceTree();
        QCOMPARE(advice->topLevelItemCount(), 1);
        QCOMPARE(advice->topLevelItem(0)->text(0), QStringLiteral("orders_customer_id_created_at"));
        QCOMPARE(advice->topLevelItem(0)->text(2), QStringLiteral("scan"));
        QVERIFY(!panel.addToPlanButton()->isEnabled());
        advice->setCurrentItem(advice->topLevelItem(0));
        QVERIFY(panel.addToPlanButton()->isEnabled());
        QSignalSpy added(&panel, &QueryPanel::indexAdditionRequested);
        QTest::mouseClick(panel.addToPlanButton(), Qt::LeftButton);
        QCOMPARE(added.size(), 1);
        const auto requested = added.first().first().value<godwit::plan::RequestedIndex>();
        QCOMPARE(requested.sql,
            QStringLiteral("CREATE INDEX orders_customer_id_created_at ON orders (customer_id, created_at DESC)"));
        QCOMPARE(requested.queries, QStringList { QStringLiteral("list customer orders newest first") });
        QCOMPARE(requested.reason, QStringLiteral("scan"));
    }

    void brokenQueryNamesTheColumn()
    {
        QueryPanel panel;
        QVERIFY(nextReport(&panel, [&] {
            panel.setDatabase(m_db);
            panel.setAfterSource(m_renamed);
            panel.loadSampleQueries();
        }));
        QCOMPARE(panel.model()->index(1, QueryListModel::Status).data().toString(), QStringLiteral("Broken"));
        panel.selectQuery(1);
        QCOMPARE(topLevelTexts(panel.planView()->afterTree()),
            QStringList { "Does not prepare: no such column: created_at" });
        QCOMPARE(topLevelDiffering(panel.planView()->beforeTree()), QList<bool> { true });
    }

    void indexesInUseAreAnnounced()
    {
        QueryPanel panel;
        QVERIFY(nextReport(&panel, [&] {
            panel.setDatabase(m_db);
            panel.loadSampleQueries();
        }));
        QSignalSpy cleared(&panel, &QueryPanel::indexHighlightCleared);
        QSignalSpy requested(&panel, &QueryPanel::indexesHighlightRequested);
        panel.selectQuery(3); // payments of an order
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("payments"));
        QCOMPARE(requested.first().at(1).toStringList(), QStringList { QStringLiteral("payments_order") });
        panel.selectQuery(0); // by rowid: no index
        QCOMPARE(cleared.size(), 2);
        QCOMPARE(requested.size(), 1);
    }

    void measuredTimesAndIndexCosts()
    {
        QueryPanel panel;
        QVERIFY(nextReport(&panel, [&] {
            panel.setDatabase(m_db);
            panel.setMeasured(true);
            panel.loadSampleQueries();
        }));
        QVERIFY(panel.model()->index(1, QueryListModel::Before).data().toString().endsWith(QLatin1String(" ms")));
        QVERIFY(panel.model()->index(1, QueryListModel::After).data().toString().isEmpty());
        panel.selectQuery(1);
        QVERIFY(panel.planView()->summaryLabel()->text().contains(QLatin1String("Measured before: ")));
        QTreeWidget* indexes = panel.indexTree();
        QStringList names;
        for (int i = 0; i < indexes->topLevelItemCount(); ++i) {
            names << indexes->topLevelItem(i)->text(0);
            QVERIFY2(indexes->topLevelItem(i)->text(3).endsWith(QStringLiteral(" µs")),
                qPrintable(indexes->topLevelItem(i)->text(3)));
            QVERIFY(!indexes->topLevelItem(i)->text(5).isEmpty());
        }
        QCOMPARE(names, (QStringList { "orders_customer_created", "payments_order", "payments_provider_ref" }));
    }

    void schemaScriptHasPlansOnly()
    {
        QueryPanel panel;
        QVERIFY(nextReport(&panel, [&] {
            panel.setDatabase(godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql"));
            panel.setMeasured(true);
            panel.loadSampleQueries();
        }));
        QCOMPARE(statuses(panel.model()), QStringList(7, QStringLiteral("Unchanged")));
        QVERIFY(panel.report().costs.isEmpty());
        QVERIFY(panel.model()->index(1, QueryListModel::Before).data().toString().isEmpty());
    }

    void badQueryFileIsReported()
    {
        QueryPanel panel;
        panel.loadSampleQueries();
        QSignalSpy errors(&panel, &QueryPanel::errorOccurred);
        const QString bad = writeScratch(QStringLiteral("bad.sql"), QStringLiteral("-- weight: often\nSELECT 1"));
        QVERIFY(!panel.loadQueries(bad));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(1).toString(),
            bad
                + QStringLiteral(
                    ":1:12: invalid weight 'often' (expected calls per minute like 120, or a share like 12%)"));
        QCOMPARE(panel.model()->rowCount(), 7); // the list shown before stays
        QVERIFY(panel.statusLabel()->text().contains(QLatin1String("Open a database")));
    }

    void mainWindowDockAndCanvas()
    {
        godwit::widgets::MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1360, 840);
        window.show();
        godwit::widgets::QueryWorkbench* workbench = window.queries();
        QVERIFY(workbench);
        QMenu* file = window.menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
        QVERIFY(file && file->actions().contains(workbench->loadQueriesAction()));
        QVERIFY(!workbench->dock()->isVisible());

        QSignalSpy loaded(&window, &godwit::widgets::MainWindow::schemaLoaded);
        QSignalSpy laidOut(window.diagramWidget(), &godwit::widgets::DiagramWidget::layoutFinished);
        window.openFile(m_db);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(workbench->panel()->database(), m_db);
        QVERIFY(laidOut.size() > 0 || laidOut.wait(30000));

        QVERIFY(nextReport(workbench->panel(),
            [&] { QVERIFY(workbench->loadQueries(godwit::test::sampleDir() + QStringLiteral("/queries.sql"))); }));
        QVERIFY(workbench->dock()->isVisible());
        workbench->panel()->selectQuery(1); // the customer's newest orders: customer_id and created_at
        const auto rows = workbench->highlightedRows();
        QCOMPARE(rows.keys(), QStringList { QStringLiteral("orders") });
        QCOMPARE(rows.value(QStringLiteral("orders")).size(), 2);
        workbench->panel()->selectQuery(0);
        QVERIFY(workbench->highlightedRows().isEmpty());

        window.closeFile();
        QVERIFY(workbench->panel()->database().isEmpty());
    }

    // "Add Query…": the typed query joins the list, is explained, and the list's file is saved in
    // the query file format; the bundled sample is never written.
    void addQueryIsExplainedAndSaved()
    {
        godwit::widgets::QueryDialog dialog;
        QVERIFY(!dialog.isAcceptable());
        dialog.sqlEdit()->setPlainText(QStringLiteral("SELECT 1; SELECT 2;"));
        QVERIFY(!dialog.isAcceptable());
        QCOMPARE(
            dialog.problemLabel()->text(), QStringLiteral("One statement per query: this text has 2 statement(s)."));
        dialog.sqlEdit()->setPlainText(QStringLiteral("SELECT order_id FROM orders\n WHERE status = ?;\n"));
        QVERIFY(dialog.isAcceptable());
        dialog.nameEdit()->setText(QStringLiteral(" orders by status "));
        dialog.weightBox()->setValue(30);
        const godwit::queries::Query typed = dialog.query();
        QCOMPARE(typed.sql, QStringLiteral("SELECT order_id FROM orders\n WHERE status = ?"));
        QCOMPARE(typed.name, QStringLiteral("orders by status"));
        QCOMPARE(typed.weight, 30.0);

        const QString file = writeScratch(QStringLiteral("typed.sql"), readSample(QStringLiteral("queries.sql")));
        QueryPanel panel;
        QVERIFY(nextReport(&panel, [&] {
            panel.setDatabase(m_db);
            QVERIFY(panel.loadQueries(file));
        }));
        QCOMPARE(panel.queryFile(), file);
        QString name;
        QVERIFY(nextReport(&panel, [&] { name = panel.addQuery(typed); }));
        QCOMPARE(name, QStringLiteral("orders by status"));
        QCOMPARE(panel.model()->rowCount(), 8);
        QCOMPARE(panel.report().queries.at(7).before.steps.front().detail,
            QStringLiteral("SCAN orders")); // no index on status: the advisor has a reason to speak
        QVERIFY(topLevelTexts(panel.adviceTree()).contains(QStringLiteral("orders_status")));
        auto reread = godwit::queries::QueryList::readFile(file);
        QVERIFY2(reread, godwit::test::why(reread).constData());
        QCOMPARE(reread->size(), 8);
        QCOMPARE(reread->at(7).name, typed.name);
        QCOMPARE(reread->at(7).sql, typed.sql);
        QCOMPARE(reread->at(7).weight, 30.0);
        QCOMPARE(reread->at(1).sql, panel.queries().at(1).sql);
        // The same name again gets a suffix; both are kept.
        QVERIFY(nextReport(&panel, [&] { name = panel.addQuery(typed); }));
        QCOMPARE(name, QStringLiteral("orders by status (2)"));
        QCOMPARE(godwit::queries::QueryList::readFile(file)->size(), 9);

        const QByteArray sample = readSample(QStringLiteral("queries.sql")).toUtf8();
        QVERIFY(nextReport(&panel, [&] { panel.loadSampleQueries(); }));
        QVERIFY(panel.queryFile().isEmpty());
        QVERIFY(nextReport(&panel, [&] { panel.addQuery(typed); }));
        QCOMPARE(panel.model()->rowCount(), 8);
        QCOMPARE(readSample(QStringLiteral("queries.sql")).toUtf8(), sample);
    }

    // The rehearsal's workload as the list: the seed's rename, as today's clients send it.
    void rehearsalWorkloadAsQueries()
    {
        QueryPanel panel;
        QSignalSpy errors(&panel, &QueryPanel::errorOccurred);
        panel.setDatabase(m_db);
        QVERIFY(!panel.loadRehearsalWorkload()); // no after side yet
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().toString(),
            QStringLiteral("The rehearsal workload needs a database and a schema to compare with."));
        QString v1 = readSample(QStringLiteral("V1__orders.sql"));
        v1.replace(QStringLiteral("estimated_delivery TEXT"), QStringLiteral("shipping_eta TEXT"));
        const QString renamed = writeScratch(QStringLiteral("eta.sql"), v1);
        QVERIFY(nextReport(&panel, [&] {
            panel.loadSampleQueries();
            panel.setAfterSource(renamed);
        }));
        QVERIFY(nextReport(&panel, [&] { QVERIFY(panel.loadRehearsalWorkload()); }));
        QStringList names;
        for (const godwit::queries::Query& q : panel.queries())
            names << q.name;
        QCOMPARE(names,
            (QStringList { "fetch order by id", "list customer orders newest first", "order line items",
                "payments of an order", "payment by provider reference", "update order status", "create order",
                "update orders" })); // the sample's queries, then the writes of the migrated column
        // The sample's weights carried over as shares: "list customer orders" (600/min) is half of
        // "fetch order by id" (1,200/min).
        QCOMPARE(panel.queries().at(1).weight / panel.queries().at(0).weight, 0.5);
        // Old clients read estimated_delivery, which the after side no longer has.
        QCOMPARE(panel.model()->index(0, QueryListModel::Status).data().toString(), QStringLiteral("Broken"));
        QCOMPARE(panel.model()->index(2, QueryListModel::Status).data().toString(), QStringLiteral("Unchanged"));

        const QString same = writeScratch(QStringLiteral("same.sql"), readSample(QStringLiteral("V1__orders.sql")));
        QVERIFY(nextReport(&panel, [&] { panel.setAfterSource(same); }));
        QVERIFY(!panel.loadRehearsalWorkload());
        QCOMPARE(errors.last().first().toString(),
            QStringLiteral("The change moves no column, so the rehearsal simulates no application."));
        QCOMPARE(panel.model()->rowCount(), 8); // the list shown before stays
    }

    // The dropped-index regression end to end: the comparison drops the composite index, the
    // panel's advice puts one back, and Migration ▸ Plan Migration… plans it at the expand.
    void addToPlanReachesTheWizard()
    {
        godwit::widgets::MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1200, 800);
        window.show();
        QSignalSpy loaded(&window, &godwit::widgets::MainWindow::schemaLoaded);
        window.openFile(m_db);
        QVERIFY(loaded.wait(30000));
        godwit::widgets::QueryWorkbench* workbench = window.queries();
        QueryPanel* panel = workbench->panel();
        QVERIFY(nextReport(panel, [&] {
            panel->setAfterSource(m_dropped);
            QVERIFY(workbench->loadQueries(godwit::test::sampleDir() + QStringLiteral("/queries.sql")));
        }));
        QTreeWidget* advice = panel->adviceTree();
        QCOMPARE(advice->topLevelItem(0)->text(0), QStringLiteral("orders_customer_id_created_at"));
        advice->setCurrentItem(advice->topLevelItem(0));
        QSignalSpy requested(workbench, &godwit::widgets::QueryWorkbench::indexAdditionRequested);
        QTest::mouseClick(panel->addToPlanButton(), Qt::LeftButton);
        QTest::mouseClick(panel->addToPlanButton(), Qt::LeftButton); // a second click adds nothing
        QCOMPARE(requested.size(), 1);
        QCOMPARE(workbench->requestedIndexes().size(), 1);

        auto* diffView = window.findChild<godwit::widgets::DiffView*>();
        QVERIFY(diffView);
        QSignalSpy ready(diffView, &godwit::widgets::DiffView::comparisonReady);
        window.compareWith(m_dropped);
        QVERIFY(ready.wait(30000));
        auto* action = window.findChild<QAction*>(QStringLiteral("planMigrationAction"));
        QVERIFY(action);
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        auto* wizard = window.findChild<godwit::widgets::DecisionWizard*>();
        QVERIFY(wizard);
        QCOMPARE(wizard->answers().indexes, workbench->requestedIndexes());
        const godwit::plan::PlanStep* step = wizard->plan().step(u"expand:orders.orders_customer_id_created_at");
        QVERIFY(step);
        QCOMPARE(step->sql,
            QStringLiteral("CREATE INDEX orders_customer_id_created_at ON orders (customer_id, created_at DESC);\n"));
        QVERIFY2(step->explanation.startsWith(QStringLiteral(
                     "Requested from the query panel: “list customer orders newest first” scans orders.")),
            qPrintable(step->explanation));
        // The comparison's own change, the dropped index, is still planned beside it.
        QVERIFY(wizard->plan().step(u"contract:orders.orders_customer_created"));
        wizard->close();
    }

private:
    QString m_db;
    QMap<QString, QByteArray> m_fingerprint;
    QString m_dropped;
    QString m_renamed;
};

QTEST_MAIN(TestQueryPanel)
#include "tst_querypanel.moc"
