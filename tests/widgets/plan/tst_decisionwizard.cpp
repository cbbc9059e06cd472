// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "diff/schemadiff.h"
#include "plan/planbuilder.h"
#include "schema/schemareader.h"
#include "testpaths.h"
#include "widgets/diff/diffview.h"
#include "widgets/plan/decisiontreeview.h"
#include "widgets/plan/decisionwizard.h"
#include "widgets/plan/planview.h"
#include "widgets/shell/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace godwit;
using godwit::widgets::DecisionTreeView;
using godwit::widgets::DecisionWizard;
using godwit::widgets::MainWindow;

namespace {

const QStringList kV4 = { QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
    QStringLiteral("V3__backfill_shipping_eta.sql"), QStringLiteral("V4__contract_estimated_delivery.sql") };

diff::ChangeSet seedChanges()
{
    return diff::SchemaDiff::compare(
        *schema::SchemaReader::readScript(test::sampleScript({ QStringLiteral("V1__orders.sql") })),
        *schema::SchemaReader::readScript(test::sampleScript(kV4)));
}

// V1 -> V4 plus an index on the new column: a column walk and an index walk on the same table.
diff::ChangeSet seedChangesWithIndex()
{
    return diff::SchemaDiff::compare(
        *schema::SchemaReader::readScript(test::sampleScript({ QStringLiteral("V1__orders.sql") })),
        *schema::SchemaReader::readScript(
            test::sampleScript(kV4) + QStringLiteral("CREATE INDEX orders_eta ON orders (shipping_eta);\n")));
}

int steps(const plan::MigrationPlan& plan, plan::Phase phase) { return static_cast<int>(plan.stepsIn(phase).size()); }

} // namespace

class TestDecisionWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The seed example: the answers are pre-filled from the classification, node by node.
    void seedPrefilled()
    {
        DecisionWizard wizard(seedChanges());
        wizard.setDialogsEnabled(false);
        wizard.show();
        QCOMPARE(wizard.plan().walks.size(), 1);
        QCOMPARE(wizard.currentWalk(), 0);
        QCOMPARE(wizard.currentNode(), QStringLiteral("A"));
        auto* question = wizard.findChild<QLabel*>(QStringLiteral("nodeQuestion"));
        auto* answer = wizard.findChild<QLabel*>(QStringLiteral("nodeAnswer"));
        QCOMPARE(question->text(), QStringLiteral("A · Need schema change?"));
        QStringList visited;
        const QStringList expectedAnswers = { "Yes", "Yes: rename/remove", "Old and new columns side by side",
            "4 triggers", "Batches of 1000 rows", "Yes", "Gradual rollout", "12-step rebuild" };
        for (int i = 0; i < 8; ++i) {
            visited << wizard.currentNode();
            QVERIFY2(answer->text().contains(expectedAnswers[i]), qPrintable(answer->text()));
            QCOMPARE(wizard.treeView()->currentNode(), wizard.currentNode());
            wizard.next();
        }
        QCOMPARE(visited, QStringList({ "A", "B", "D", "E", "F", "G", "H", "I" }));
        // The plan view follows the node: F shows the backfill step.
        wizard.showNode(QStringLiteral("F"));
        QCOMPARE(wizard.planView()->currentStep(), QStringLiteral("backfill:orders.shipping_eta"));
        QCOMPARE(wizard.planView()->stepCount(plan::Phase::Contract), 3);
        // And the other way round: choosing a step shows its node.
        QVERIFY(wizard.planView()->selectStep(QStringLiteral("read-switch:orders")));
        QCOMPARE(wizard.currentNode(), QStringLiteral("H"));
    }

    void overrideSkipsDualWrite()
    {
        DecisionWizard wizard(seedChanges());
        QSignalSpy changed(&wizard, &DecisionWizard::planChanged);
        wizard.showNode(QStringLiteral("E"));
        auto* skip = wizard.findChild<QCheckBox*>(QStringLiteral("skipDualWrite"));
        QVERIFY(skip);
        QVERIFY(!skip->isChecked());
        QCOMPARE(steps(wizard.plan(), plan::Phase::DualWrite), 1);
        skip->setChecked(true);
        QVERIFY(changed.wait(2000));
        QCOMPARE(steps(wizard.plan(), plan::Phase::DualWrite), 0);
        QCOMPARE(wizard.planView()->stepCount(plan::Phase::DualWrite), 0);
        QCOMPARE(wizard.currentNode(), QStringLiteral("E"));
        QVERIFY(wizard.plan().walks.front().at(u"E")->overridden);
        QVERIFY(wizard.answers().changes.value(QStringLiteral("table:orders")).skipDualWrite.value_or(false));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("nodeAnswer"))->text().contains(QLatin1String("your answer")));
    }

    void overrideBatchSize()
    {
        DecisionWizard wizard(seedChanges());
        QSignalSpy changed(&wizard, &DecisionWizard::planChanged);
        wizard.showNode(QStringLiteral("F"));
        auto* spin = wizard.findChild<QSpinBox*>(QStringLiteral("backfillBatchSize"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 1000);
        spin->setValue(5000);
        Q_EMIT spin->editingFinished();
        QVERIFY(changed.wait(2000));
        const auto backfill = wizard.plan().stepsIn(plan::Phase::Backfill);
        QCOMPARE(backfill.front()->backfill->batchSize, 5000);
    }

    // An override rebuilds the plan and stays on the walk it was made in, even when another walk
    // is on the same table.
    void overrideKeepsItsWalk_data()
    {
        QTest::addColumn<QString>("walkId");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("control");
        QTest::addRow("column walk: skip the dual-write") << "orders"
                                                          << "E"
                                                          << "skipDualWrite";
        QTest::addRow("index walk: build before the backfill") << "index:orders.orders_eta"
                                                               << "C"
                                                               << "indexTiming";
    }
    void overrideKeepsItsWalk()
    {
        QFETCH(QString, walkId);
        QFETCH(QString, node);
        QFETCH(QString, control);
        DecisionWizard wizard(seedChangesWithIndex());
        QStringList onOrders;
        for (const plan::DecisionWalk& w : wizard.plan().walks) {
            if (w.table == QLatin1String("orders"))
                onOrders << w.id;
        }
        QCOMPARE(onOrders.size(), 2);
        QVERIFY2(onOrders.contains(walkId), qPrintable(onOrders.join(QLatin1String(", "))));
        const auto walkIndex = [&wizard](const QString& id) {
            const auto& walks = wizard.plan().walks;
            for (int i = 0; i < walks.size(); ++i) {
                if (walks[i].id == id)
                    return i;
            }
            return -1;
        };
        wizard.showWalk(walkIndex(walkId));
        wizard.showNode(node);
        QSignalSpy changed(&wizard, &DecisionWizard::planChanged);
        if (control == QLatin1String("skipDualWrite")) {
            auto* skip = wizard.findChild<QCheckBox*>(control);
            QVERIFY(skip);
            skip->setChecked(true);
        } else {
            auto* combo = wizard.findChild<QComboBox*>(control);
            QVERIFY(combo);
            combo->setCurrentIndex(1);
            Q_EMIT combo->activated(1);
        }
        QVERIFY(changed.wait(2000));
        QCOMPARE(wizard.plan().walks[wizard.currentWalk()].id, walkId);
        QCOMPARE(wizard.currentWalk(), walkIndex(walkId));
        QCOMPARE(wizard.currentNode(), node);
        QVERIFY(wizard.plan().walks[wizard.currentWalk()].at(node)->overridden);
    }

    void rejectTheRename()
    {
        DecisionWizard wizard(seedChanges());
        QSignalSpy changed(&wizard, &DecisionWizard::planChanged);
        wizard.showNode(QStringLiteral("B"));
        auto* rename = wizard.findChild<QCheckBox*>(QStringLiteral("renameConfirmed"));
        QVERIFY(rename);
        QVERIFY(rename->isChecked());
        rename->setChecked(false);
        QVERIFY(changed.wait(2000));
        QCOMPARE(wizard.plan().walks.front().changeIds,
            QStringList({ "column:orders.estimated_delivery", "column:orders.shipping_eta" }));
        QVERIFY(!wizard.plan().warnings.isEmpty());
        // Back to a rename.
        wizard.findChild<QCheckBox*>(QStringLiteral("renameConfirmed"))->setChecked(true);
        QVERIFY(changed.wait(2000));
        QCOMPARE(wizard.plan().walks.front().changeIds, QStringList { "column:orders.shipping_eta" });
    }

    void treeIsDrawn()
    {
        DecisionTreeView view;
        view.resize(420, 640);
        const plan::MigrationPlan plan = plan::PlanBuilder::build(seedChanges());
        view.setWalk(plan.walks.front());
        view.setCurrentNode(QStringLiteral("F"));
        view.show();
        QVERIFY(view.usesGraphviz());
        // Top to bottom, the branch side by side.
        QVERIFY(view.nodeRect(QStringLiteral("A")).top() < view.nodeRect(QStringLiteral("B")).top());
        QVERIFY(view.nodeRect(QStringLiteral("B")).top() < view.nodeRect(QStringLiteral("E")).top());
        QVERIFY(qAbs(view.nodeRect(QStringLiteral("C")).center().y() - view.nodeRect(QStringLiteral("D")).center().y())
            < 1.0);
        QVERIFY(view.nodeRect(QStringLiteral("H")).top() < view.nodeRect(QStringLiteral("I")).top());
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        // The current node is filled with the highlight colour.
        const QPoint f = view.nodeRect(QStringLiteral("F")).center().toPoint() + QPoint(0, 12);
        QCOMPARE(image.pixelColor(f * image.devicePixelRatio()), QColor(0xff, 0xe0, 0x8a));
        QSignalSpy clicked(&view, &DecisionTreeView::nodeClicked);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.nodeRect(QStringLiteral("G")).center().toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("G"));
        const QString out = godwit::test::screenshotPath(QStringLiteral("decision-tree.png"));
        QVERIFY(image.save(out));
    }

    void nothingToPlan()
    {
        const schema::Schema s
            = *schema::SchemaReader::readScript(test::sampleScript({ QStringLiteral("V1__orders.sql") }));
        DecisionWizard wizard(diff::SchemaDiff::compare(s, s));
        QVERIFY(wizard.plan().isEmpty());
        QCOMPARE(wizard.currentWalk(), -1);
        QCOMPARE(wizard.findChild<QLabel*>(QStringLiteral("nodeQuestion"))->text(),
            QStringLiteral("Nothing to plan: the schemas are the same."));
    }

    // Migration ▸ Plan Migration… is enabled once a comparison exists, and opens the wizard on it.
    void mainWindowAction()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1200, 800);
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("planMigrationAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
        const QString v1 = test::scratchDir() + QStringLiteral("/v1.sql");
        const QString v4 = test::scratchDir() + QStringLiteral("/v4.sql");
        for (const auto& [path, files] :
            { std::pair { v1, QStringList { QStringLiteral("V1__orders.sql") } }, std::pair { v4, kV4 } }) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::sampleScript(files).toUtf8());
        }
        window.openFile(v1);
        QVERIFY(loaded.wait(20000));
        auto* diffView = window.findChild<widgets::DiffView*>();
        QVERIFY(diffView);
        QSignalSpy ready(diffView, &widgets::DiffView::comparisonReady);
        window.compareWith(v4);
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        auto* wizard = window.findChild<DecisionWizard*>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->plan().steps.size(), 7);
        wizard->resize(1180, 820);
        wizard->showNode(QStringLiteral("E"));
        QCoreApplication::processEvents();
        QVERIFY(wizard->grab().save(godwit::test::screenshotPath(QStringLiteral("decision-wizard.png"))));
        wizard->close();
    }
};

QTEST_MAIN(TestDecisionWizard)
#include "tst_decisionwizard.moc"
