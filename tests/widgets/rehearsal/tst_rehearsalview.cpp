// SPDX-License-Identifier: GPL-3.0-or-later
// The rehearsal dashboard driving real rehearsals of the orders sample: verdicts, fault toggles,
// the batch slider, live charts and the phase strip, and Migration ▸ Rehearsal… in the main window.
#include "datasets.h"
#include "rehearsal/rehearsaljob.h"
#include "rehearsalfixture.h"
#include "testpaths.h"
#include "widgets/common/emptystatehint.h"
#include "widgets/rehearsal/rehearsalcharts.h"
#include "widgets/rehearsal/rehearsaltimeline.h"
#include "widgets/rehearsal/rehearsalview.h"
#include "widgets/rehearsal/rehearsalworkbench.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/modecontroller.h"

#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTimer>

using namespace godwit;
using namespace godwit::rehearsal;
using godwit::widgets::RehearsalView;

namespace {

constexpr qint64 kOrders = 20000;

QString scratch(const QString& name)
{
    static const QString dir = test::scratchDir();
    return QDir(dir).filePath(name);
}

RehearsalOptions fastOptions(const QString& copyName)
{
    RehearsalOptions o;
    o.copyPath = scratch(copyName);
    o.observeMs = 120;
    o.rate = 300;
    o.longTransactionMs = 300;
    return o;
}

} // namespace

class TestRehearsalView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::generatedOrdersDatabase(kOrders).isEmpty());
        auto plan = RehearsalPlan::forTarget(test::generatedOrdersDatabase(kOrders), test::sampleDir());
        QVERIFY(plan);
        m_plan = *plan;
    }

    void runs_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("incident");
        QTest::addRow("the seed migration") << QString() << true << QString();
        QTest::addRow("skip dual-write") << QStringLiteral("skip-dual-write") << false << QStringLiteral("drift");
        QTest::addRow("switch reads early")
            << QStringLiteral("early-read-switch") << false << QStringLiteral("null-reads");
    }

    void runs()
    {
        QFETCH(QString, fault);
        QFETCH(bool, ok);
        QFETCH(QString, incident);
        RehearsalView view;
        view.resize(1200, 800);
        view.show();
        view.setOptions(
            fastOptions(QStringLiteral("view-%1.db").arg(fault.isEmpty() ? QStringLiteral("seed") : fault)));
        view.setPlan(m_plan, test::generatedOrdersDatabase(kOrders));
        if (!fault.isEmpty())
            view.faultBox(*faultFromName(fault))->setChecked(true);
        QSignalSpy finished(&view, &RehearsalView::finished);
        view.start();
        QVERIFY(view.isRunning());
        QVERIFY(view.sampler()->isActive());
        QVERIFY(finished.wait(60000));
        QCOMPARE(view.result()->ok, ok);
        QVERIFY(!view.sampler()->isActive());
        QVERIFY(view.verdictLabel()->text().contains(
            ok ? QStringLiteral("Verdict: ok") : QStringLiteral("Verdict: failed")));
        QVERIFY(view.statusLabel()->text().startsWith(QStringLiteral("Copy: ")));
        QVERIFY(view.charts()->sampleCount() > 0);
        QCOMPARE(view.timeline()->phases().size(), 6);
        const auto* hint = view.incidentList()->findChild<godwit::widgets::EmptyStateHint*>();
        if (ok) {
            for (const PhaseState& p : view.timeline()->phases())
                QCOMPARE(p.status, PhaseStatus::Done);
            QCOMPARE(view.incidentList()->count(), 0);
            QVERIFY(hint && hint->isShown()); // "No incidents yet." instead of a blank box
        } else {
            QVERIFY(hint && !hint->isShown());
            QVERIFY(!view.incidentList()->item(0)->icon().isNull()); // severity icon, not colour alone
            QVERIFY(view.timeline()->markerCount() > 0);
            bool listed = false;
            for (int i = 0; i < view.incidentList()->count(); ++i)
                listed = listed || view.incidentList()->item(i)->data(Qt::UserRole).toString() == incident;
            QVERIFY(listed);
        }
    }

    // Enter (or a double-click) on a drift or NULL-read incident asks for the rows behind it: a
    // SELECT that runs on the rehearsal's working copy, never on the original.
    void incidentRows_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("incident");
        QTest::addRow("skip dual-write") << QStringLiteral("skip-dual-write") << QStringLiteral("drift");
        QTest::addRow("switch reads early") << QStringLiteral("early-read-switch") << QStringLiteral("null-reads");
    }

    void incidentRows()
    {
        QFETCH(QString, fault);
        QFETCH(QString, incident);
        RehearsalView view;
        view.resize(1200, 800);
        view.show();
        view.setOptions(fastOptions(QStringLiteral("view-rows-%1.db").arg(fault)));
        view.setPlan(m_plan, test::generatedOrdersDatabase(kOrders));
        view.faultBox(*faultFromName(fault))->setChecked(true);
        QSignalSpy finished(&view, &RehearsalView::finished);
        QSignalSpy rows(&view, &RehearsalView::rowsRequested);
        view.start();
        QVERIFY(finished.wait(60000));
        QListWidget* list = view.incidentList();
        QListWidgetItem* item = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == incident) {
                item = list->item(i);
                break;
            }
            // Activating an incident with no rows behind it asks for nothing.
            list->setCurrentItem(list->item(i));
            QTest::keyClick(list, Qt::Key_Return);
        }
        QVERIFY(item);
        QCOMPARE(rows.count(), 0);
        QVERIFY(!item->toolTip().isEmpty());
        list->setFocus();
        list->setCurrentItem(item);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(rows.count(), 1);
        const QString sql = rows.front().at(1).toString();
        const QString database = rows.front().at(2).toString();
        QVERIFY2(sql.startsWith(QLatin1String("SELECT ")), qPrintable(sql));
        QVERIFY(rows.front().at(0).toString().contains(incident));
        QCOMPARE(database, view.result()->copyPath);
        QVERIFY(database != test::generatedOrdersDatabase(kOrders));
        // The recorded rows are the query's: it runs on the copy as it is.
        const qint64 listed = test::scalar(database, QStringLiteral("SELECT count(*) FROM (%1)").arg(sql));
        QVERIFY(listed >= 0);
        if (incident == QLatin1String("drift"))
            QVERIFY(listed > 0); // the refused contract left the drift there (the backfill fills the NULLs)
    }

    // The slider's batch size reaches the backfill: 20,007 rows in batches of 10,000 are 3 batches.
    void batchSlider()
    {
        RehearsalView view;
        view.setOptions(fastOptions(QStringLiteral("view-batch.db")));
        view.setPlan(m_plan, test::generatedOrdersDatabase(kOrders));
        view.batchSlider()->setValue(RehearsalView::positionOf(10000));
        QCOMPARE(RehearsalView::batchSizeAt(view.batchSlider()->value()), 10000);
        QSignalSpy finished(&view, &RehearsalView::finished);
        view.start();
        QVERIFY(finished.wait(60000));
        const PhaseRecord* backfill = view.result()->phase(RehearsalPhase::Backfill);
        QVERIFY(backfill);
        QCOMPARE(backfill->backfills.size(), 1);
        QCOMPARE(backfill->backfills.front().batches, 3);
    }

    // Step runs one phase and pauses; the phase strip follows.
    // Moved while the backfill runs, the slider reaches the running backfiller at its next batch:
    // the snapshot reports the new size and the rest of the table goes in far fewer batches.
    void batchSliderDuringTheRun()
    {
        RehearsalView view;
        view.setOptions(fastOptions(QStringLiteral("view-live-batch.db")));
        view.setPlan(m_plan, test::generatedOrdersDatabase(kOrders));
        view.batchSlider()->setValue(RehearsalView::positionOf(100));
        view.delaySlider()->setValue(20); // 100-row batches 20 ms apart: the backfill is still running below
        QSignalSpy finished(&view, &RehearsalView::finished);
        view.start();
        QTRY_VERIFY_WITH_TIMEOUT(view.job()->snapshot().backfill.batches >= 2, 30000);
        QCOMPARE(view.job()->snapshot().backfill.batchSize, 100);
        QCOMPARE(finished.count(), 0);
        view.batchSlider()->setValue(RehearsalView::positionOf(5000));
        const qint64 size = RehearsalView::batchSizeAt(view.batchSlider()->value());
        QVERIFY(size >= 4000);
        QTRY_COMPARE_WITH_TIMEOUT(view.job()->snapshot().backfill.batchSize, size, 10000);
        view.delaySlider()->setValue(0);
        QVERIFY(finished.wait(60000));
        QVERIFY2(view.result()->ok, qPrintable(view.result()->reasons.join(QLatin1Char('\n'))));
        const BackfillSummary& b = view.result()->phase(RehearsalPhase::Backfill)->backfills.front();
        // At 100 rows a batch the 20,000 orders would take 200 batches.
        QVERIFY2(b.batches < 100, qPrintable(QString::number(b.batches)));
    }

    void stepAndResume()
    {
        RehearsalView view;
        view.setOptions(fastOptions(QStringLiteral("view-step.db")));
        view.setPlan(m_plan, test::generatedOrdersDatabase(kOrders));
        QSignalSpy phases(view.job(), &RehearsalJob::phaseFinished);
        view.step();
        QVERIFY(phases.wait(30000));
        QTRY_VERIFY(view.job()->snapshot().paused);
        view.sample();
        QCOMPARE(view.timeline()->phases().at(0).status, PhaseStatus::Done);
        QCOMPARE(view.timeline()->phases().at(1).status, PhaseStatus::Pending);
        QCOMPARE(phases.count(), 1);
        QSignalSpy finished(&view, &RehearsalView::finished);
        view.resume();
        QVERIFY(finished.wait(60000));
        QVERIFY(view.result()->ok);
        QCOMPARE(phases.count(), 6);
    }

    void cancel()
    {
        RehearsalView view;
        RehearsalOptions options = fastOptions(QStringLiteral("view-cancel.db"));
        options.observeMs = 5000;
        view.setOptions(options);
        view.setPlan(m_plan, test::generatedOrdersDatabase(kOrders));
        QSignalSpy started(view.job(), &RehearsalJob::phaseStarted);
        QSignalSpy finished(&view, &RehearsalView::finished);
        view.start();
        QVERIFY(started.wait(30000));
        view.cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY(view.result()->cancelled);
        QVERIFY(!view.result()->ok);
        QVERIFY(view.result()->originalUnchanged());

        // Continue picks the same working copy up where the cancel left it and finishes the run.
        const QString copy = view.result()->copyPath;
        auto* continueButton = view.findChild<QPushButton*>(QStringLiteral("continueButton"));
        QVERIFY(continueButton && continueButton->isEnabled());
        finished.clear();
        continueButton->click();
        QVERIFY(!continueButton->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY2(view.result()->ok, qPrintable(view.result()->reasons.join(QLatin1Char('\n'))));
        QCOMPARE(view.result()->copyPath, copy);
        QVERIFY(std::ranges::any_of(
            view.result()->incidents, [](const rehearsal::Incident& i) { return i.kind == QLatin1String("resumed"); }));
        QVERIFY(view.result()->originalUnchanged());
        QVERIFY(!view.canContinue()); // nothing left to continue after a finished run
    }

    void mainWindowAction()
    {
        widgets::MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1360, 900);
        window.show();
        auto* workbench = window.rehearsal();
        QVERIFY(workbench);
        QVERIFY(!workbench->rehearseAction()->isEnabled());
        QSignalSpy loaded(&window, &widgets::MainWindow::schemaLoaded);
        window.openFile(test::generatedOrdersDatabase(kOrders));
        QVERIFY(loaded.wait(20000));
        QFile after(scratch(QStringLiteral("after.sql")));
        QVERIFY(after.open(QIODevice::WriteOnly));
        for (const char* name :
            { "V1__orders.sql", "V2__add_shipping_eta.sql", "V4__contract_estimated_delivery.sql" }) {
            QFile part(QDir(test::sampleDir()).filePath(QString::fromLatin1(name)));
            QVERIFY(part.open(QIODevice::ReadOnly));
            after.write(part.readAll() + "\n");
        }
        after.close();
        window.compareWith(after.fileName());
        QTRY_VERIFY_WITH_TIMEOUT(workbench->rehearseAction()->isEnabled(), 30000);
        workbench->rehearseAction()->trigger();
        QCOMPARE(window.modes()->mode(), widgets::Mode::Rehearse); // the dashboard owns the central area
        QVERIFY(workbench->view()->isVisible());
        QVERIFY(workbench->view()->hasPlan());
        RehearsalOptions options = fastOptions(QStringLiteral("window.db"));
        workbench->view()->setOptions(options);
        QSignalSpy finished(workbench->view(), &RehearsalView::finished);
        workbench->view()->start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(
            workbench->view()->result()->ok, qPrintable(workbench->view()->result()->reasons.join(QLatin1Char('\n'))));
        QCoreApplication::processEvents();
        QVERIFY(
            workbench->view()->grab().save(godwit::test::screenshotPath(QStringLiteral("rehearsal-dashboard.png"))));
    }

private:
    RehearsalPlan m_plan;
};

QTEST_MAIN(TestRehearsalView)
#include "tst_rehearsalview.moc"
